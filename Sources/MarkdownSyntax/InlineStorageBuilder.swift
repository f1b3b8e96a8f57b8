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
    /// returns the index of the first. For lists built by hand, not parsed documents. With a
    /// worklist: a container's record is written first and its children's place filled in
    /// when they are copied (nesting can be deep).
    mutating func appendCopies(of inlines: some Collection<Inline>) -> Int {
        let first = records.count
        var pending: [(record: Int, children: InlineList)] = []
        for inline in inlines { records.append(copy(inline, at: records.count, pending: &pending)) }
        while let (index, children) = pending.popLast() {
            let record = records[index]
            records[index] = InlineRecord(kind: record.kind, range: record.range, first: records.count, count: children.count, string: record.string)
            for inline in children { records.append(copy(inline, at: records.count, pending: &pending)) }
        }
        return first
    }

    /// The record of `inline`, to be stored at `index`; a container's children are added to
    /// `pending`, to be copied later.
    private mutating func copy(_ inline: Inline, at index: Int, pending: inout [(record: Int, children: InlineList)]) -> InlineRecord {
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
            pending.append((index, node.children))
            return InlineRecord(kind: .emphasis, range: node.range)
        case .strong(let node):
            pending.append((index, node.children))
            return InlineRecord(kind: .strong, range: node.range)
        case .link(let node):
            let string = appendString(node.destination)
            _ = appendString(node.title)
            pending.append((index, node.children))
            return InlineRecord(kind: .link, range: node.range, string: string)
        case .image(let node):
            let string = appendString(node.source)
            _ = appendString(node.title)
            pending.append((index, node.children))
            return InlineRecord(kind: .image, range: node.range, string: string)
        case .customInline(let node):
            let string = appendString(node.onEnter)
            _ = appendString(node.onExit)
            pending.append((index, node.children))
            return InlineRecord(kind: .customInline, range: node.range, string: string)
        }
    }

    /// Hands the records, strings and literals to the storage and returns it.
    mutating func finish() -> InlineStorage {
        storage.finish(records: records, strings: strings, literals: &literals)
        return storage
    }
}
