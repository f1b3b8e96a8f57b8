import MarkdownSyntax

/// Words of self-harm or suicide.
public struct CrisisMention: Sendable, Hashable {
    public let cue: String
    public let range: SourceRange
}
