import MarkdownSyntax

/// A `trigger:` field: a trigger described in words, besides `#tags`.
public struct TriggerNote: Sendable, Hashable {
    public let text: String
    public let range: SourceRange
}
