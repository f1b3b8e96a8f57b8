/// One item of a `List`; holds blocks (usually a paragraph).
public struct ListItem: Sendable, Hashable {
    public let children: [Block]
    public let range: SourceRange?
    public init(children: [Block], range: SourceRange?) { self.children = children; self.range = range }
}
