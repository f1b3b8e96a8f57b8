/// `![alt](source "title")`.
public struct Image: Sendable, Hashable {
    public let source: String
    public let title: String
    public let children: InlineList
    public let range: SourceRange?
    public init(source: String, title: String, children: [Inline], range: SourceRange?) {
        self.init(source: source, title: title, children: InlineList(children), range: range)
    }
    public init(source: String, title: String, children: InlineList, range: SourceRange?) {
        self.source = source
        self.title = title
        self.children = children
        self.range = range
    }
}
