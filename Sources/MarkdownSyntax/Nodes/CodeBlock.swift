/// A fenced or indented code block. Nothing inside it is journal syntax.
public struct CodeBlock: Sendable, Hashable {
    /// The info string after the opening fence (empty for indented code).
    public let info: String
    public let literal: String
    public let range: SourceRange?
    public init(info: String, literal: String, range: SourceRange?) {
        self.info = info
        self.literal = literal
        self.range = range
    }
}
