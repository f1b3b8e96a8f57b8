/// One element of a compiled lexicon pattern. Trivial (no reference-counted payload) so the
/// matcher's inner loop does no retain/release; alternatives (`a|b`) and groups compile to
/// anonymous word classes, and optional elements are expanded away at compile time.
enum PatternStep: Sendable, Hashable {
    /// Exactly this word.
    case word(Int32)
    /// Any phrase of a word class.
    case wordClass(Int32)
    /// Zero to `n` words of any kind, within one clause.
    case gap(Int32)
    /// No word: the stretch the rule reads (a clause, for crisis rules) ends here — "I wish I
    /// could just not be" but not "… not be so clingy".
    case end
}
