import MarkdownSyntax
import ThinkingTraps

/// A catastrophizing claim found in an entry's prose.
public struct Claim: Sendable, Hashable {
    public let kind: ClaimKind
    /// The lexicon cue that fired (shown to explain the finding).
    public let cue: String
    /// The exact words of the claim.
    public let range: SourceRange
    /// The paragraph (or heading or list item) the claim is in.
    public let blockRange: SourceRange
    /// Which of the entry's prose spans holds the claim, and its bytes there: where the summary
    /// finds the sentence to show when the writer asks for their words (`--include-text`).
    let proseIndex: Int
    let proseUTF8Range: Range<Int>
}
