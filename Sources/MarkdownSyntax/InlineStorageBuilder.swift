/// Builds an `InlineStorage`: the copier appends the nodes of a document, `InlineList.init(_:)`
/// copies of given inlines.
struct InlineStorageBuilder: ~Copyable {
    /// The storage being built: lists made while building refer to it already, and are read
    /// only once `finish` has handed it its contents.
    let storage = InlineStorage()
    var records: [InlineRecord] = []
    private var strings: [String] = []
    private var literals: LiteralBuffer

    init(expectedLiteralBytes: Int) {
        literals = LiteralBuffer(capacity: expectedLiteralBytes)
    }

    /// A list of `count` records from `start`, in the storage being built.
    func list(start: Int, count: Int) -> InlineList {
        InlineList(storage: storage, start: start, count: count)
    }

    /// Copies a text literal's bytes in and returns their offset in the literal bytes.
    mutating func appendLiteral(_ bytes: UnsafeRawBufferPointer) -> Int {
        literals.append(bytes)
    }

    /// Stores `string` and returns its index.
    mutating func appendString(_ string: String) -> Int {
        strings.append(string)
        return strings.count - 1
    }

    /// Copies `inlines` and everything under them into the storage, siblings consecutive, and
    /// returns the index of the first. Recursive: for lists built by hand, not parsed documents.
    mutating func appendCopies(of inlines: some Collection<Inline>) -> Int {
        var siblings: [InlineRecord] = []
        siblings.reserveCapacity(inlines.count)
        for inline in inlines {
            siblings.append(copy(inline))
        }
        let first = records.count
        records += siblings
        return first
    }

    private mutating func copy(_ inline: Inline) -> InlineRecord {
        switch inline {
        case .text(let node):
            let offset = withExtendedLifetime(node.storage) { appendLiteral(UnsafeRawBufferPointer(node.literalBuffer)) }
            return InlineRecord(kind: .text, range: node.range, first: offset, count: node.literalUTF8Count)
        case .softBreak:
            return InlineRecord(kind: .softBreak, range: nil)
        case .lineBreak:
            return InlineRecord(kind: .lineBreak, range: nil)
        case .code(let node):
            return InlineRecord(kind: .code, range: node.range, string: appendString(node.literal))
        case .html(let node):
            return InlineRecord(kind: .html, range: node.range, string: appendString(node.literal))
        case .emphasis(let node):
            return container(.emphasis, node.children, node.range)
        case .strong(let node):
            return container(.strong, node.children, node.range)
        case .link(let node):
            let string = appendString(node.destination)
            _ = appendString(node.title)
            return container(.link, node.children, node.range, string: string)
        case .image(let node):
            let string = appendString(node.source)
            _ = appendString(node.title)
            return container(.image, node.children, node.range, string: string)
        case .customInline(let node):
            let string = appendString(node.onEnter)
            _ = appendString(node.onExit)
            return container(.customInline, node.children, node.range, string: string)
        }
    }

    private mutating func container(_ kind: InlineRecord.Kind, _ children: InlineList, _ range: SourceRange?, string: Int = 0) -> InlineRecord {
        let first = appendCopies(of: children)
        return InlineRecord(kind: kind, range: range, first: first, count: children.count, string: string)
    }

    /// Hands the records, strings and literals to the storage and returns it.
    mutating func finish() -> InlineStorage {
        storage.finish(records: records, strings: strings, literals: &literals)
        return storage
    }
}
