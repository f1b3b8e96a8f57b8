import MarkdownSyntax

/// A `regulate:` field: what was done to calm the body.
public struct Regulation: Sendable, Hashable {
    /// Comma-separated techniques, trimmed, as written.
    public let techniques: [String]
    public let range: SourceRange
}
