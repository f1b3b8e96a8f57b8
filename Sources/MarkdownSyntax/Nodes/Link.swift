/// `[text](destination "title")` or an autolink.
public struct Link: Sendable, Hashable {
    public let destination: String
    public let title: String
    public let children: InlineList
    public let range: SourceRange?
    public init(destination: String, title: String, children: [Inline], range: SourceRange?) {
        self.init(destination: destination, title: title, children: InlineList(children), range: range)
    }
    public init(destination: String, title: String, children: InlineList, range: SourceRange?) {
        self.destination = destination
        self.title = title
        self.children = children
        self.range = range
    }
}
