/// `> quoted` — in a journal, usually someone else's words.
public struct BlockQuote: Sendable, Hashable {
    /// The children, boxed so that a deep tree is freed iteratively (`BlockChildren`).
    var storage: BlockChildren
    public var children: [Block] { storage.blocks }
    public let range: SourceRange?
    public init(children: [Block], range: SourceRange?) { self.storage = BlockChildren(children); self.range = range }

    public static func == (lhs: BlockQuote, rhs: BlockQuote) -> Bool {
        BlockTreeEquality.equal(.blockQuote(lhs), .blockQuote(rhs))
    }

    public func hash(into hasher: inout Hasher) { BlockTreeEquality.hash(.blockQuote(self), into: &hasher) }
}
