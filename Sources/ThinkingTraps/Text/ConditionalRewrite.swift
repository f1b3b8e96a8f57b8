/// Whole-word rewrites that apply only before certain words (`expand-before` lines): texting
/// without apostrophes turns "I'll" into "ill", which is also a word ("was ill all weekend"), so
/// "ill" is read as "i will" only where a verb follows ("ill be alone", "ill never find anyone").
///
/// The tokenizer pays nothing for it per word: a source word's `keySets` carries `sourceBit`,
/// which `emit` already ORs into `TokenizedText.anchors`, and only a paragraph with that bit set
/// is rewritten, once, after it is tokenised.
struct ConditionalRewrite: Sendable {
    /// The bit of `Token.keySets` and `TokenizedText.anchors` that marks a source word (no rule
    /// set uses it: their bits are 1 to 16).
    static let sourceBit: UInt8 = 128

    struct Rule: Sendable {
        /// The words the source becomes ("i will").
        let targets: [NormalWord]
        /// The vocabulary ids of the words it must be followed by, sorted.
        let following: [Int32]
    }

    /// Source vocabulary id → its rule.
    private let rules: [Int32: Rule]

    init(rules: [Int32: Rule]) { self.rules = rules }

    static let none = ConditionalRewrite(rules: [:])

    /// Rewrites every source token followed, with no break between, by one of its words. Each
    /// target token covers the source word's bytes, as an `expand` line's do; sentences are
    /// re-indexed and `anchors` recomputed.
    func apply(to text: inout TokenizedText, keySets: [UInt8]) {
        let tokens = text.tokens
        var rewritten: [Token] = []
        rewritten.reserveCapacity(tokens.count + 8)
        // Old token index → new one (and one past the end), to re-index the sentences.
        var newIndex: [Int] = []
        newIndex.reserveCapacity(tokens.count + 1)
        var anchors: UInt8 = 0
        for (index, token) in tokens.enumerated() {
            newIndex.append(rewritten.count)
            if token.keySets & Self.sourceBit != 0, let rule = rules[token.id], index + 1 < tokens.count,
               tokens[index + 1].breakBefore == .none, !rule.following.isEmpty,
               Self.contains(rule.following, tokens[index + 1].id) {
                for (offset, target) in rule.targets.enumerated() {
                    var piece = token
                    piece.id = target.id
                    piece.hash = target.hash
                    piece.keySets = target.id >= 0 ? keySets[Int(target.id)] : 0
                    if offset > 0 { piece.breakBefore = .none; piece.isClockTime = false }
                    anchors |= piece.keySets
                    rewritten.append(piece)
                }
            } else {
                anchors |= token.keySets
                rewritten.append(token)
            }
        }
        newIndex.append(rewritten.count)
        for index in text.sentences.indices {
            let range = text.sentences[index].tokens
            text.sentences[index].tokens = newIndex[range.lowerBound]..<newIndex[range.upperBound]
        }
        text.tokens = rewritten
        text.anchors = anchors & ~Self.sourceBit
    }

    private static func contains(_ sorted: [Int32], _ id: Int32) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == id
    }
}
