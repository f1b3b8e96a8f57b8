/// cmark's custom block (never produced by the parser itself; kept for completeness).
public struct CustomBlock: Sendable, Hashable {
    public let onEnter: String
    public let onExit: String
    public let children: [Block]
    public let range: SourceRange?
    public init(onEnter: String, onExit: String, children: [Block], range: SourceRange?) {
        self.onEnter = onEnter
        self.onExit = onExit
        self.children = children
        self.range = range
    }
}
