import MarkdownSyntax

/// A `reassurance:` field: one act of reassurance-seeking (what was asked, of whom).
public struct ReassuranceRequest: Sendable, Hashable {
    public let text: String
    public let range: SourceRange
}
