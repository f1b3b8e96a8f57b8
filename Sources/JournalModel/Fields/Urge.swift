import MarkdownSyntax

/// An `urge:` field: an urge noticed, and whether it was acted on.
public struct Urge: Sendable, Hashable {
    /// The urge, without its `(acted)` / `(resisted)` suffix.
    public let text: String
    public let outcome: UrgeOutcome
    public let range: SourceRange
}

/// What happened with an urge.
public enum UrgeOutcome: String, Sendable, Hashable, CaseIterable {
    case resisted, acted
    /// No `(acted)` or `(resisted)` was written.
    case unspecified
}
