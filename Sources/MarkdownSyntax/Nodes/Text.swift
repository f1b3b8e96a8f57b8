/// Literal text. The literal has escapes and entities resolved, so it is not always the source.
public struct Text: Sendable, Hashable {
    public let literal: String
    public let range: SourceRange?
    public init(literal: String, range: SourceRange?) { self.literal = literal; self.range = range }
}
