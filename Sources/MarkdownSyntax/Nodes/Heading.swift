/// An ATX (`## Title`) or setext heading.
public struct Heading: Sendable, Hashable {
    /// 1 to 6.
    public let level: Int
    public let children: [Inline]
    public let range: SourceRange?
    public init(level: Int, children: [Inline], range: SourceRange?) {
        self.level = level
        self.children = children
        self.range = range
    }
}
