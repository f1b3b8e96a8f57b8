/// A byte-level test that a text cannot hold any of a set of words once tokenised, so the
/// detector can skip tokenising it: given a rule set's key words (`RequiredWords.keys`: every
/// match holds one), a text without them cannot match. The crisis detector reads every field
/// and quote of an entry again, and most are a few words with no crisis wording at all.
///
/// Exact by construction: a token with vocabulary id `w` comes from one of
/// - a run of text bytes spelling `w` (ASCII letters in either case), starting at a word start
///   (no ASCII letter or digit before it) and ending where the word ends or before a contraction's
///   apostrophe (`'s`, or the `n` of `n't`);
/// - a whole word rewritten by an `expand` line whose words include `w`;
/// - a contraction suffix: `n't` gives "not" (and "will", "can", "shall", "is" for the bases
///   "wo", "ca", "sha", "ai"); `'ll`, `'s`, `'re`, `'m`, `'ve`, `'d` give "will" … "would".
/// So `mayMatch` is true for every text in which any of those can give one of the words (and
/// for some others). Only a 64-bit `WordHash` collision between a journal word and a lexicon
/// word could make the tokenizer see a word the bytes do not spell.
struct CuePrefilter: Sendable {
    /// The `WordHash`es of the words (or words that rewrite to one), lower-case ASCII letters and
    /// digits: a run of letters and digits is hashed as it is read and looked up once, instead
    /// of being compared with every word that starts with its first letter.
    private let wordHashes: WordTable
    /// Per byte value: `alphanumeric` (ASCII letter or digit), `apostropheLead` (`'`, or the
    /// first byte of `’`).
    private let byteFlags: [UInt8]
    private static let alphanumeric: UInt8 = 1, apostropheLead: UInt8 = 4
    private let apostrophes: Apostrophes
    /// A word that is not plain ASCII letters and digits: no shortcut, every text may match.
    private let always: Bool

    enum Apostrophes {
        /// No contraction gives one of the words.
        case ignored
        /// Only `n't` does: an apostrophe after `n` may match.
        case afterN
        /// Some other suffix does: any apostrophe may match.
        case any
    }

    /// `words`: the vocabulary ids to look for.
    init(words anchors: [Int32], vocabulary: Vocabulary, expansions: PhraseWords, contractions: ContractionWords) {
        let anchorSet = Set(anchors)
        var found = anchors.map { Array(vocabulary.word($0).utf8) }
        for (index, targets) in expansions.targets.enumerated() where targets.contains(where: anchorSet.contains) {
            found.append(expansions.sourceWords[index])
        }
        always = found.contains { word in word.isEmpty || word.contains { !Self.isPlain($0) } }
        if [contractions.will, contractions.is, contractions.are, contractions.am, contractions.have, contractions.would]
            .contains(where: { anchorSet.contains($0.id) }) {
            apostrophes = .any
        } else if [contractions.not, contractions.can, contractions.shall].contains(where: { anchorSet.contains($0.id) }) {
            apostrophes = .afterN
        } else {
            apostrophes = .ignored
        }
        var hashes = WordTable(minimumCapacity: max(16, 2 * found.count))
        for word in found where !word.isEmpty { hashes.insert(1, for: WordHash.of(word)) }
        wordHashes = hashes
        var flags = Array(repeating: UInt8(0), count: 256)
        for byte in 0..<256 where Self.isASCIIAlphanumeric(UInt8(byte)) { flags[byte] |= Self.alphanumeric }
        flags[0x27] |= Self.apostropheLead
        flags[0xE2] |= Self.apostropheLead
        byteFlags = flags
    }

    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 || byte &- 0x30 < 10 }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// Whether an apostrophe (`'` or `’`) starts at `index`.
    @inline(__always)
    private static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0x27
            || (bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99)
    }

    /// False only when no token of `text` can be one of the words.
    func mayMatch(_ text: String) -> Bool {
        if always { return true }
        return text.utf8.withContiguousStorageIfAvailable { mayMatch(bytes: $0) } ?? true
    }

    /// `mayMatch(_:)` over the text's bytes (`always` already checked there).
    private func mayMatch(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        byteFlags.withUnsafeBufferPointer { flags in
            let count = bytes.count
            var index = 0
            while index < count {
                let flag = flags[Int(bytes[index])]
                if flag & Self.alphanumeric != 0 {
                    // A run of letters and digits: a word spelled exactly by it, or (before "n't")
                    // by all of it but its last `n` ("don't" gives "do").
                    // Letters eight bytes at a time (`AsciiLetterRun`), digits and the last few
                    // bytes one by one.
                    let start = index
                    var hasher = WordHasher()
                    let base = bytes.baseAddress!
                    repeat {
                        _ = AsciiLetterRun.hashLetters(base, count: count, index: &index, hasher: &hasher)
                        guard index < count && flags[Int(bytes[index])] & Self.alphanumeric != 0 else { break }
                        hasher.append(Self.lowered(bytes[index]))
                        index += 1
                    } while true
                    if wordHashes.value(for: hasher.value) >= 0 { return true }
                    // Most words end at a space: the apostrophe is tested first.
                    if index < count, Self.isApostrophe(bytes, at: index), index &- start > 1, bytes[index &- 1] | 0x20 == 0x6E {
                        let stem = UnsafeBufferPointer(rebasing: bytes[start..<index - 1])
                        if wordHashes.value(for: WordHash.of(stem.lazy.map(Self.lowered))) >= 0 { return true }
                    }
                    continue
                }
                if flag & Self.apostropheLead != 0, apostrophes != .ignored, Self.isApostrophe(bytes, at: index) {
                    if apostrophes == .any || (index > 0 && bytes[index - 1] | 0x20 == 0x6E) { return true }
                }
                index += 1
            }
            return false
        }
    }
}
