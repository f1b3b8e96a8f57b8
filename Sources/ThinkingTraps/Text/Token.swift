/// One normalised word of the text being read. Contractions become two tokens ("he'll" →
/// "he" "will") so the lexicon can say `will` once instead of listing every contraction.
struct Token: Sendable {
    /// Byte offsets of the word in the original text.
    var start: Int32
    var end: Int32
    /// Vocabulary id, or -1 for a word the lexicon does not know.
    var id: Int32
    /// Index of the sentence the token is in (stored here, in what would be padding, instead of
    /// in a parallel array that needed its own allocation and pass).
    var sentence: Int32
    /// Hash of the normalised word; used for user-supplied phrases, which may hold any word.
    var hash: UInt64
    /// What separates this token from the previous one.
    var breakBefore: Break
    /// Inside quotation marks: someone else's words.
    var quoted: Bool
    /// The rule sets this word is a key word of (`RuleSet.anchorBit`s, see `RequiredWords`):
    /// the matcher looks only at stretches of text that hold one.
    var keySets: UInt8
    /// A clock time ("9:30"): a claim's span does not start with one ("3:15: 9:30 he is going
    /// to leave me" is reported from "he"). Kept in what would be padding.
    var isClockTime: Bool

    enum Break: UInt8, Sendable {
        case none = 0
        /// A comma, semicolon, colon, dash or bracket.
        case clause = 1
        /// A full stop, question mark or exclamation mark.
        case sentence = 2
    }
}

/// A sentence as a range of token indices.
struct Sentence: Sendable {
    var tokens: Range<Int>
    /// Ends with a question mark: a what-if that is asked may be answered by the next sentence.
    var isQuestion: Bool
}

/// A text after tokenising: words plus the sentences they form.
struct TokenizedText: Sendable {
    var tokens: [Token] = []
    var sentences: [Sentence] = []
    /// Which rule sets have a key word among the tokens (the `keySets` of all tokens): a rule
    /// set whose bit is clear cannot match, so the detectors skip it without looking at a token.
    var anchors: UInt8 = 0
}
