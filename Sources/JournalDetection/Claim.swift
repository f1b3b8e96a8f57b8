import MarkdownSyntax
import ThinkingTraps

/// A catastrophizing claim found in an entry's prose.
public struct Claim: Sendable, Hashable {
    public let kind: ClaimKind
    /// Why it fired (shown to explain the finding): the lexicon cue, or the word model's
    /// heaviest words in the sentence.
    public let cue: String
    /// Tier 1 ("worst-case thought") or tier 2 ("possibly a worst-case thought").
    public let tier: ClaimTier
    /// Whether `cue` is a lexicon phrase or the word model's words.
    public let cueSource: ClaimMatch.CueSource
    /// The exact words of the claim.
    public let range: SourceRange
    /// The paragraph (or heading or list item) the claim is in.
    public let blockRange: SourceRange
    /// Which of the entry's prose spans holds the claim, and its bytes there: where the summary
    /// finds the sentence to show when the writer asks for their words (`--include-text`).
    let proseIndex: Int
    let proseUTF8Range: Range<Int>
}
