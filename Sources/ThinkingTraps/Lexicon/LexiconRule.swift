/// A compiled pattern line of the lexicon.
struct LexiconRule: Sendable {
    /// What a match of this rule means.
    enum Meaning: Sendable, Hashable {
        case claim(ClaimKind)
        case reassurance
        case crisis
        /// Phrases that look like cues but are not ("die of embarrassment"); a cue match that
        /// overlaps one is dropped.
        case exception
        /// Look-alikes of crisis wording only ("hurt myself at the gym", "end things with him"):
        /// kept apart so that they never change what the catastrophizing rules find.
        case crisisException
    }

    let meaning: Meaning
    /// For claims: tier 1 (`fortune-telling` …) or tier 2 (`possible-fortune-telling` …).
    var tier: ClaimTier = .worstCase
    let steps: [PatternStep]
    /// Line in the lexicon (or position among user cues), for error messages and ordering.
    let line: Int
}
