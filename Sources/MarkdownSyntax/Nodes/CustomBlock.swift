/// cmark's custom block (never produced by the parser itself; kept for completeness).
public struct CustomBlock: Sendable, Hashable {
    public let onEnter: String
    public let onExit: String
    /// The children, boxed so that a deep tree is freed iteratively (`BlockChildren`).
    var storage: BlockChildren
    public var children: [Block] { storage.blocks }
    public let range: SourceRange?
    public init(onEnter: String, onExit: String, children: [Block], range: SourceRange?) {
        self.onEnter = onEnter
        self.onExit = onExit
        self.storage = BlockChildren(children)
        self.range = range
    }

    public static func == (lhs: CustomBlock, rhs: CustomBlock) -> Bool {
        BlockTreeEquality.equal(.customBlock(lhs), .customBlock(rhs))
    }

    public func hash(into hasher: inout Hasher) { BlockTreeEquality.hash(.customBlock(self), into: &hasher) }
}
