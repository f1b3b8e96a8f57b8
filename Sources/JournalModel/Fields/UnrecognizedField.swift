import MarkdownSyntax

/// A line that starts like a field (`word: value`) with a key Steady does not know. It is still
/// prose; the linter decides whether the key is a typo of a known one (`evidnce:`).
public struct UnrecognizedField: Sendable, Hashable {
    /// The key as written.
    public let key: String
    public let keyRange: SourceRange
}
