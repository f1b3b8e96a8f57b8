/// A cue a user adds through configuration, in the lexicon's pattern syntax
/// (plain words work: `"never be loved"`; so do `{classes}`, `word?`, `a|b` and `~3`).
public struct CuePhrase: Sendable, Hashable {
    /// The pattern, as it would appear in `lexicon.tsv`.
    public let phrase: String
    /// The kind of claim reported when the pattern matches.
    public let kind: ClaimKind

    public init(_ phrase: String, kind: ClaimKind) {
        self.phrase = phrase
        self.kind = kind
    }
}
