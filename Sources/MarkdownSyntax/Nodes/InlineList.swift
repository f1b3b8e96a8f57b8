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

    /// Equal when the elements are, as for arrays. Compared with a worklist, container by
    /// container: comparing element by element called `==` once per level of nesting, and
    /// 100,000 nested emphases overflowed the stack.
    public static func == (lhs: InlineList, rhs: InlineList) -> Bool {
        var pending: [(InlineList, InlineList)] = [(lhs, rhs)]
        while let (left, right) = pending.popLast() {
            guard left.count == right.count else { return false }
            if left.storage === right.storage, left.start == right.start { continue }
            for (l, r) in zip(left, right) {
                switch (l, r) {
                case (.emphasis(let a), .emphasis(let b)):
                    guard a.range == b.range else { return false }
                    pending.append((a.children, b.children))
                case (.strong(let a), .strong(let b)):
                    guard a.range == b.range else { return false }
                    pending.append((a.children, b.children))
                case (.link(let a), .link(let b)):
                    guard a.destination == b.destination, a.title == b.title, a.range == b.range else { return false }
                    pending.append((a.children, b.children))
                case (.image(let a), .image(let b)):
                    guard a.source == b.source, a.title == b.title, a.range == b.range else { return false }
                    pending.append((a.children, b.children))
                case (.customInline(let a), .customInline(let b)):
                    guard a.onEnter == b.onEnter, a.onExit == b.onExit, a.range == b.range else { return false }
                    pending.append((a.children, b.children))
                default:
                    // Leaves, or nodes of different kinds: `==` does not descend.
                    guard l == r else { return false }
                }
            }
        }
        return true
    }

    /// Hashes what `==` compares, container by container (with a worklist, as `==`).
    public func hash(into hasher: inout Hasher) {
        var pending: [InlineList] = [self]
        while let list = pending.popLast() {
            hasher.combine(list.count)
            for inline in list {
                switch inline {
                case .emphasis(let node):
                    hasher.combine(0)
                    hasher.combine(node.range)
                case .strong(let node):
                    hasher.combine(1)
                    hasher.combine(node.range)
                case .link(let node):
                    hasher.combine(2)
                    hasher.combine(node.destination)
                    hasher.combine(node.title)
                    hasher.combine(node.range)
                case .image(let node):
                    hasher.combine(3)
                    hasher.combine(node.source)
                    hasher.combine(node.title)
                    hasher.combine(node.range)
                case .customInline(let node):
                    hasher.combine(4)
                    hasher.combine(node.onEnter)
                    hasher.combine(node.onExit)
                    hasher.combine(node.range)
                case .text, .softBreak, .lineBreak, .code, .html:
                    hasher.combine(5)
                    hasher.combine(inline)
                    continue
                }
                pending.append(inline.children)
            }
        }
    }
}

extension InlineList: CustomStringConvertible, CustomDebugStringConvertible {
    /// Printed as the array of its elements, down to a few levels of nesting; deeper lists as
    /// their count (printing recursed once per level).
    public var description: String { describe(debug: false) }
    public var debugDescription: String { describe(debug: true) }

    /// How many levels of nested lists `description` prints.
    private static let describedDepth = 8

    private func describe(debug: Bool) -> String {
        let depth = Self.describingDepth
        guard depth < Self.describedDepth else { return "[\(count) inline(s)]" }
        return Self.$describingDepth.withValue(depth + 1) { debug ? Array(self).debugDescription : Array(self).description }
    }

    /// How many `description`s of lists are being made further up this task's (or thread's) stack.
    @TaskLocal private static var describingDepth = 0
}
