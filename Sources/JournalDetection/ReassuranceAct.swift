import MarkdownSyntax

/// An act of reassurance-seeking: a `reassurance:` field, or prose that describes asking.
public struct ReassuranceAct: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable { case field, prose }
    public let source: Source
    public let range: SourceRange
    /// The cue that fired, for prose acts.
    public let cue: String?
}
