import MarkdownSyntax

/// A `fact:` or `reframe:` field: what is true, as opposed to what if.
public struct Fact: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case fact, reframe }
    public let kind: Kind
    public let text: String
    public let range: SourceRange
}
