/// The features the word model reads in a sentence: each word and each pair of adjacent words
/// (after the tokenizer's lower-casing, contraction splitting and rewrites, so "he'll" and
/// "he will" are the same words), identified by the tokenizer's word hash. Training
/// (`WorstCaseModel.trainingSentences(of:)`) and scoring use this one definition.
enum SentenceFeatures {
    /// The key of a word pair. Mixed so that pairs do not collide with single words, whose hashes
    /// are little more than their bytes for short words.
    @inline(__always)
    static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        let mixed = first &* 0xFF51_AFD7_ED55_8CCD
        return (mixed &<< 23 | mixed &>> 41) ^ (second &* 0xC4CE_B9FE_1A85_EC53) ^ 0x5851_F42D_4C95_7F2D
    }

    /// Each occurrence of a feature adds its weight times this: one over the square root of the
    /// number of feature occurrences (words plus pairs), so that a long sentence does not score
    /// high for its length alone.
    @inline(__always)
    static func scale(words: Int) -> Double {
        words == 0 ? 0 : 1 / Double(2 * words - 1).squareRoot()
    }
}
