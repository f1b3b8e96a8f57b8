import MarkdownSyntax

/// An HTML comment (`<!-- … -->`) in a journal; suppressions are written this way.
public struct HTMLComment: Sendable, Hashable {
    /// The text between `<!--` and `-->`, trimmed.
    public let text: String
    public let range: SourceRange
}
