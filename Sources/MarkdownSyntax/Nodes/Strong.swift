/// `**strong**`.
public struct Strong: Sendable, Hashable {
    public let children: InlineList
    public let range: SourceRange?
    public init(children: InlineList, range: SourceRange?) { self.children = children; self.range = range }
    public init(children: [Inline], range: SourceRange?) { self.init(children: InlineList(children), range: range) }
}
