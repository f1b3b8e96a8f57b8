/// `` `code` ``. cmark's range excludes the backticks.
public struct InlineCode: Sendable, Hashable {
    public let literal: String
    public let range: SourceRange?
    public init(literal: String, range: SourceRange?) { self.literal = literal; self.range = range }
}
