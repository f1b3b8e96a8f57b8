/// One element of a compiled lexicon pattern. Optional elements are expanded away at compile
/// time (a pattern with `again?` becomes two patterns), so matching needs no backtracking over
/// optionality.
enum PatternStep: Sendable, Hashable {
    /// Any one of these words.
    case words([Int32])
    /// Any phrase of a word class.
    case wordClass(Int)
    /// Zero to `n` words of any kind, within one clause.
    case gap(Int)
}
