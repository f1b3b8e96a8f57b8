public struct Hover: Codable, Sendable {
    public var contents: MarkupContent
    public var range: TextRange?
    public init(contents: MarkupContent, range: TextRange?) {
        self.contents = contents
        self.range = range
    }
}

public struct MarkupContent: Codable, Sendable, Hashable {
    /// `markdown` or `plaintext`.
    public var kind: String
    public var value: String
    public init(kind: String = "markdown", value: String) {
        self.kind = kind
        self.value = value
    }
}
