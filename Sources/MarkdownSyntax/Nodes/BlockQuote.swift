/// `> quoted` — in a journal, usually someone else's words.
public struct BlockQuote: Sendable, Hashable {
    public let children: [Block]
    public let range: SourceRange?
    public init(children: [Block], range: SourceRange?) { self.children = children; self.range = range }
}
