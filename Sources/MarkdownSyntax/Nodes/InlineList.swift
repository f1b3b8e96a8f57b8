/// The children of a paragraph, heading or inline container: a range of the document's
/// `InlineStorage`, read as `Inline` values.
///
/// A list rather than an `[Inline]` so that a document's inline nodes share one storage (see
/// `InlineStorage`) instead of an array per container. Reading an element makes the `Inline`
/// value from its record (retaining the storage for a text node, as copying one out of an
/// array retained its literal's storage).
public struct InlineList: RandomAccessCollection, Sendable, Hashable {
    @usableFromInline let storage: InlineStorage
    @usableFromInline let start: Int
    public let count: Int

    init(storage: InlineStorage, start: Int, count: Int) {
        self.storage = storage
        self.start = start
        self.count = count
    }

    /// An empty list.
    public init() {
        self.init(storage: InlineStorage.empty, start: 0, count: 0)
    }

    /// A list of copies of `inlines` (their literals and children copied into a storage of the
    /// list's own).
    public init(_ inlines: some Collection<Inline>) {
        guard !inlines.isEmpty else {
            self.init()
            return
        }
        var builder = InlineStorageBuilder(expectedLiteralBytes: 64)
        let first = builder.appendCopies(of: inlines)
        let storage = builder.finish()
        self.init(storage: storage, start: first, count: inlines.count)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Inline {
        precondition(position >= 0 && position < count, "InlineList index out of range")
        return storage.inline(at: start + position)
    }

    /// Equal when the elements are, as for arrays.
    public static func == (lhs: InlineList, rhs: InlineList) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    /// Hashes as an `[Inline]` with the same elements would.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for inline in self { hasher.combine(inline) }
    }
}

extension InlineList: CustomStringConvertible, CustomDebugStringConvertible {
    /// Printed as the array of its elements.
    public var description: String { Array(self).description }
    public var debugDescription: String { Array(self).debugDescription }
}
