/// How sure the detector is that a clause is a worst-case thought. Tier 1 comes from the
/// lexicon's strong cue families; tier 2 from its weak families (a hedged doom, a generic
/// "I'll never …", "ruined everything") and from the word model (`WorstCaseModel`), which reads
/// what the lexicon does not list. The linter reports them under separate rules, so a writer can
/// quiet the second without losing the first.
public enum ClaimTier: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// "worst-case thought": a strong lexicon cue.
    case worstCase = 1
    /// "possibly a worst-case thought": a weak lexicon cue or the word model.
    case possible = 2

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
