/// One item of a `List`; holds blocks (usually a paragraph).
public struct ListItem: Sendable, Hashable {
    /// The children, boxed so that a deep tree is freed iteratively (`BlockChildren`).
    var storage: BlockChildren
    public var children: [Block] { storage.blocks }
    public let range: SourceRange?
    public init(children: [Block], range: SourceRange?) { self.storage = BlockChildren(children); self.range = range }

    public static func == (lhs: ListItem, rhs: ListItem) -> Bool {
        lhs.range == rhs.range && BlockTreeEquality.equal(lhs.children, rhs.children)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        BlockTreeEquality.hash(children, into: &hasher)
    }
}
