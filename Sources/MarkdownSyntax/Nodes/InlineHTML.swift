/// Raw inline HTML, including inline comments.
public struct InlineHTML: Sendable, Hashable {
    public let literal: String
    public let range: SourceRange?
    public init(literal: String, range: SourceRange?) { self.literal = literal; self.range = range }
}
