/// cmark's custom inline (never produced by the parser itself; kept for completeness).
public struct CustomInline: Sendable, Hashable {
    public let onEnter: String
    public let onExit: String
    public let children: InlineList
    public let range: SourceRange?
    public init(onEnter: String, onExit: String, children: [Inline], range: SourceRange?) {
        self.init(onEnter: onEnter, onExit: onExit, children: InlineList(children), range: range)
    }
    public init(onEnter: String, onExit: String, children: InlineList, range: SourceRange?) {
        self.onEnter = onEnter
        self.onExit = onExit
        self.children = children
        self.range = range
    }
}
