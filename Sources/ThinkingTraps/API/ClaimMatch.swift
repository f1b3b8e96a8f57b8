/// One catastrophizing claim found in prose.
public struct ClaimMatch: Sendable, Hashable {
    /// UTF-8 byte offsets into the text that was passed in: the clause that makes the claim
    /// (the sentence, for the word model), so an editor can underline exactly that and not the
    /// whole paragraph.
    public let utf8Range: Range<Int>
    /// Which shape of catastrophizing the clause has.
    public let kind: ClaimKind
    /// Why it fired, in plain words: the lexicon cue (e.g. "going to leave me"), or for the
    /// word model its most heavily weighted words in the sentence (e.g. "never, run again").
    public let cue: String
    /// Tier 1 (a strong lexicon cue) or tier 2 (a weak cue, or the word model).
    public let tier: ClaimTier
    /// Whether `cue` is a lexicon phrase or the word model's words.
    public let cueSource: CueSource

    /// Where a claim's cue comes from.
    public enum CueSource: String, Sendable, Hashable, Codable {
        case lexicon
        case model
    }

    public init(utf8Range: Range<Int>, kind: ClaimKind, cue: String, tier: ClaimTier = .worstCase, cueSource: CueSource = .lexicon) {
        self.utf8Range = utf8Range
        self.kind = kind
        self.cue = cue
        self.tier = tier
        self.cueSource = cueSource
    }
}
