import MarkdownSyntax

/// One `#tag` in an entry: a trigger, normalised to lower case.
public struct Tag: Sendable, Hashable {
    /// Lower-cased, without the `#`.
    public let name: String
    public let range: SourceRange
}
