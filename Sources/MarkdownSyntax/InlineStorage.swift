/// The inline nodes of one document, flattened into one array of plain records, with the bytes
/// of their text literals and the few strings (code, HTML, link targets) they hold.
///
/// Why: a journal paragraph is usually a single text node, and giving every paragraph, heading,
/// emphasis and link an `[Inline]` of its own cost an allocation per container, then a free that destroyed its elements one by one through their value
/// witness, and every text node retained the chunk holding its literal. Here the copier appends
/// each inline node as a record with no references in it, the children of a container side by
/// side, and an `InlineList` is this storage and a range of it: a document's inlines cost a
/// handful of allocations whatever their number, and freeing them frees those buffers whole.
/// `Inline` values are made from the records when they are read.
///
/// `@unchecked Sendable`: written only while the copier (or `InlineList.init(_:)`) builds it,
/// before any list, text or document referring to it is handed out; only read from then on.
@usableFromInline
final class InlineStorage: @unchecked Sendable {
    /// What the storage holds, behind a constant pointer: the contents are set once, by
    /// `finish`, after lists referring to the storage exist, so they cannot be `let`s; and
    /// reading a class's `var` costs a dynamic exclusivity check (`swift_beginAccess`) on every
    /// read of every node, where reading through a pointer costs none.
    @usableFromInline let contents: UnsafeMutablePointer<Contents>

    @usableFromInline
    struct Contents {
        /// Every inline node; a container's children are consecutive records.
        @usableFromInline var records: [InlineRecord] = []
        /// The strings of code spans, inline HTML, links, images and custom inlines.
        var strings: [String] = []
        /// The text literals, back to back; `nil` until `finish`, and when there are none.
        /// Allocated once the literals are all known, so that the address never changes while
        /// a `Text` can read it.
        @usableFromInline var literalBase: UnsafeMutablePointer<UInt8>?
        /// How many literal bytes there are at `literalBase`.
        @usableFromInline var literalCount = 0
    }

    /// An empty storage, to be filled by `finish`.
    init() {
        contents = .allocate(capacity: 1)
        contents.initialize(to: Contents())
    }

    @usableFromInline var literalBase: UnsafeMutablePointer<UInt8>? { contents.pointee.literalBase }

    /// All literal bytes of the storage. Internal: valid only while the storage is alive, which
    /// the public readers (`Text.withLiteralUTF8`, `InlineList.withLiteralBytes`) guarantee by
    /// holding it for the call and handing out a `Span`, which cannot escape it.
    @usableFromInline var literalBytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: contents.pointee.literalBase, count: contents.pointee.literalCount)
    }

    /// A storage holding only `literal` (for a `Text` made outside a document).
    convenience init(literal: UnsafeRawBufferPointer) {
        self.init()
        var literals = LiteralBuffer(capacity: literal.count)
        _ = literals.append(literal)
        finish(records: [], strings: [], literals: &literals)
    }

    /// Takes over the nodes and literals built for this storage; called once, before anything
    /// reads the storage.
    func finish(records: [InlineRecord], strings: [String], literals: inout LiteralBuffer) {
        contents.pointee.records = records
        contents.pointee.strings = strings
        contents.pointee.literalCount = literals.count
        contents.pointee.literalBase = literals.takeBase()
    }

    deinit {
        contents.pointee.literalBase?.deallocate()
        contents.deinitialize(count: 1)
        contents.deallocate()
    }

    /// The inline node at `index` of `records`, as a value.
    func inline(at index: Int) -> Inline {
        let record = contents.pointee.records[index]
        switch record.kind {
        case .text:
            return .text(Text(storage: self, offset: record.first, count: record.count, range: record.range))
        case .softBreak:
            return .softBreak(SoftBreak())
        case .lineBreak:
            return .lineBreak(LineBreak())
        case .code:
            return .code(InlineCode(literal: contents.pointee.strings[record.string], range: record.range))
        case .html:
            return .html(InlineHTML(literal: contents.pointee.strings[record.string], range: record.range))
        case .emphasis:
            return .emphasis(Emphasis(children: children(of: record), range: record.range))
        case .strong:
            return .strong(Strong(children: children(of: record), range: record.range))
        case .link:
            return .link(Link(destination: contents.pointee.strings[record.string], title: contents.pointee.strings[record.string + 1], children: children(of: record), range: record.range))
        case .image:
            return .image(Image(source: contents.pointee.strings[record.string], title: contents.pointee.strings[record.string + 1], children: children(of: record), range: record.range))
        case .customInline:
            return .customInline(CustomInline(onEnter: contents.pointee.strings[record.string], onExit: contents.pointee.strings[record.string + 1], children: children(of: record), range: record.range))
        }
    }

    private func children(of record: InlineRecord) -> InlineList {
        InlineList(storage: self, start: record.first, count: record.count)
    }

    /// The storage of every empty list made outside a document.
    static let empty: InlineStorage = {
        let storage = InlineStorage()
        var literals = LiteralBuffer(capacity: 0)
        storage.finish(records: [], strings: [], literals: &literals)
        return storage
    }()
}

/// One inline node in an `InlineStorage`: plain values only, so that an array of them is freed
/// without visiting its elements.
/// `@usableFromInline` so that the inlinable leaf walk (`InlineList.forEachLeaf`) can read it.
@usableFromInline
struct InlineRecord {
    @usableFromInline
    enum Kind: UInt8 { case text, softBreak, lineBreak, code, html, customInline, emphasis, strong, link, image }

    @usableFromInline let kind: Kind
    @usableFromInline let range: SourceRange?
    /// Text: the literal's offset in the storage's literal bytes (with `count`, always within
    /// them: readers make buffers of them unchecked). Containers: the index of the first child
    /// record.
    @usableFromInline let first: Int
    /// Text: the literal's UTF-8 length. Containers: the number of children.
    @usableFromInline let count: Int
    /// Code and HTML: the index of the literal in the storage's strings. Links, images and
    /// custom inlines: the index of the first of their two strings.
    @usableFromInline let string: Int

    init(kind: Kind, range: SourceRange?, first: Int = 0, count: Int = 0, string: Int = 0) {
        self.kind = kind
        self.range = range
        self.first = first
        self.count = count
        self.string = string
    }
}
