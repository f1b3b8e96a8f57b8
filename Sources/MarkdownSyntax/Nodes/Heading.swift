/// An ATX (`## Title`) or setext heading.
public struct Heading: Sendable, Hashable {
    /// 1 to 6.
    public let level: Int
    public let children: InlineList
    public let range: SourceRange?
    public init(level: Int, children: [Inline], range: SourceRange?) {
        self.init(level: level, children: InlineList(children), range: range)
    }
    public init(level: Int, children: InlineList, range: SourceRange?) {
        self.level = level
        self.children = children
        self.range = range
    }
}
