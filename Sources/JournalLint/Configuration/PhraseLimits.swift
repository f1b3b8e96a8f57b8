/// How long an `extra-phrases` entry may be. The cue matcher searches a pattern step by step
/// (one level per word) and tries every width of every gap, so a 40,000-word phrase overflowed
/// the stack and many wide gaps multiply the search; real cues are a few words (the lexicon's
/// longest has fewer than 15, with at most 2 gaps of at most ~8).
enum PhraseLimits {
    static let words = 32
    static let gaps = 4
    static let gapWidth = 10

    /// Words (including the alternatives of `a|b` and groups), gaps (`~N`) and the widest gap.
    static func measure(_ phrase: String) -> (words: Int, gaps: Int, widestGap: Int) {
        var words = 0, gaps = 0, widest = 0
        let separators: Set<Character> = [" ", "\t", "\n", "|", "(", ")"]
        for piece in phrase.split(whereSeparator: { separators.contains($0) }) {
            if piece.first == "~", let width = Int(piece.dropFirst()) {
                gaps += 1
                widest = max(widest, width)
            } else {
                words += 1
            }
        }
        return (words, gaps, widest)
    }
}
