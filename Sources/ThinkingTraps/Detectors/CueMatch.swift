/// A rule that matched, before context rules decide whether it stands.
struct CueMatch {
    let rule: LexiconRule
    let match: PatternMatcher.Match
    let sentence: Int
    /// Tokens of the clause holding the match, the reported span.
    let clause: Range<Int>
}
