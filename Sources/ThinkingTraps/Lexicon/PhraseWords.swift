/// The normal form the tokenizer gives a lexicon phrase: lower case, split at spaces, hyphens
/// and tabs, whole words rewritten by `expand` lines, contractions split ("he'll" → "he will").
///
/// Plain phrases (tab and printable ASCII: all of `lexicon.tsv`) are read as bytes and their
/// words handed on as byte slices, so compiling the lexicon builds no `String` per word; any
/// other phrase takes the `Character` path, which reads it exactly as it always did.
struct PhraseWords: Sendable {
    /// `expand` lines: the hash of a rewritten word → its index in `targets`.
    private var sources = WordTable(minimumCapacity: 32)
    /// Each rewrite's words as vocabulary ids, in line order.
    private(set) var targets: [[Int32]] = []
    /// The hash of each rewritten word, in line order (a word given twice keeps its last line).
    private(set) var sourceHashes: [UInt64] = []
    /// The rewritten words themselves (normalised UTF-8), in line order.
    private(set) var sourceWords: [[UInt8]] = []

    /// Adds an `expand` line: `source` (already normalised) becomes the words `ids`.
    mutating func addExpansion(of source: String, to ids: [Int32]) {
        let hash = WordHash.of(source)
        sources.insert(Int32(targets.count), for: hash)
        sourceHashes.append(hash)
        sourceWords.append(Array(source.utf8))
        targets.append(ids)
    }

    /// The words a normalised word is rewritten to, if an `expand` line names it.
    func expansion(ofHash hash: UInt64) -> [Int32]? {
        let index = sources.value(for: hash)
        return index >= 0 ? targets[Int(index)] : nil
    }

    /// Calls `word` with each normal word of `phrase` spelled out (lower-case UTF-8), or
    /// `expansion` with the vocabulary ids of a rewrite, in order.
    func forEachWord(of phrase: String, word: (ArraySlice<UInt8>) -> Void, expansion: ([Int32]) -> Void) {
        if LexiconText.isPlain(phrase) {
            forEachWord(ofPlain: ArraySlice(phrase.utf8), word: word, expansion: expansion)
        } else {
            forEachUnicodeWord(of: phrase, word: word, expansion: expansion)
        }
    }

    /// Appends the vocabulary ids of `phrase`'s normal words to `ids`, interning new words.
    func internWords(of phrase: String, into vocabulary: inout Vocabulary, ids: inout [Int32]) {
        forEachWord(of: phrase, word: { ids.append(vocabulary.intern($0)) }, expansion: { ids += $0 })
    }

    /// `internWords(of:into:ids:)` for a plain phrase's bytes.
    func internWords(ofPlain phrase: ArraySlice<UInt8>, into vocabulary: inout Vocabulary, ids: inout [Int32]) {
        forEachWord(ofPlain: phrase, word: { ids.append(vocabulary.intern($0)) }, expansion: { ids += $0 })
    }

    /// `forEachWord(of:…)` over plain bytes. A word already in lower case (nearly all of the
    /// lexicon) is handed on as a slice of `phrase`, without copying.
    func forEachWord(ofPlain phrase: ArraySlice<UInt8>, word: (ArraySlice<UInt8>) -> Void, expansion: ([Int32]) -> Void) {
        var lowered: [UInt8] = []
        var index = phrase.startIndex
        while index < phrase.endIndex {
            if Self.isSeparator(phrase[index]) { index += 1; continue }
            let start = index
            var hasUpper = false
            while index < phrase.endIndex, !Self.isSeparator(phrase[index]) {
                hasUpper = hasUpper || (phrase[index] >= 0x41 && phrase[index] <= 0x5A)
                index += 1
            }
            var normal = phrase[start..<index]
            if hasUpper {
                lowered.removeAll(keepingCapacity: true)
                for byte in normal { lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
                normal = lowered[...]
            }
            if let ids = self.expansion(ofHash: WordHash.of(normal)) { expansion(ids); continue }
            Self.splitContraction(normal, word)
        }
    }

    /// Space, hyphen and tab separate the words of a plain phrase.
    @inline(__always)
    private static func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x2D || byte == 0x09 }

    /// `forEachWord(of:…)` by `Character`, for phrases that are not plain ASCII.
    func forEachUnicodeWord(of phrase: String, word: (ArraySlice<UInt8>) -> Void, expansion: ([Int32]) -> Void) {
        let cleaned = phrase.lowercased().replacingAll("\u{2019}", with: "'")
        for piece in cleaned.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\t" }) {
            let text = String(piece)
            if let ids = self.expansion(ofHash: WordHash.of(text)) { expansion(ids); continue }
            for part in Self.splitContraction(text) { word(ArraySlice(part.utf8)) }
        }
    }

    private static let will = Array("will".utf8), is_ = Array("is".utf8), are = Array("are".utf8)
    private static let am = Array("am".utf8), have = Array("have".utf8), would = Array("would".utf8)
    private static let not = Array("not".utf8), can = Array("can".utf8), shall = Array("shall".utf8)

    /// `splitContraction(_:)` on the bytes of a plain word.
    static func splitContraction(_ word: ArraySlice<UInt8>, _ body: (ArraySlice<UInt8>) -> Void) {
        guard let apostrophe = word.lastIndex(of: 0x27) else { return body(word) }
        let base = word[..<apostrophe]
        let suffix = word[(apostrophe + 1)...]
        let attached: [UInt8]
        if suffix.elementsEqual("ll".utf8) { attached = will }
        else if suffix.elementsEqual("s".utf8) { attached = is_ }
        else if suffix.elementsEqual("re".utf8) { attached = are }
        else if suffix.elementsEqual("m".utf8) { attached = am }
        else if suffix.elementsEqual("ve".utf8) { attached = have }
        else if suffix.elementsEqual("d".utf8) { attached = would }
        else if suffix.elementsEqual("t".utf8), base.last == UInt8(ascii: "n") {
            let stem = base.dropLast()
            if stem.elementsEqual("wo".utf8) { body(will[...]) }
            else if stem.elementsEqual("ca".utf8) { body(can[...]) }
            else if stem.elementsEqual("sha".utf8) { body(shall[...]) }
            else if stem.elementsEqual("ai".utf8) { body(is_[...]) }
            else if !stem.isEmpty { body(stem) }
            return body(not[...])
        } else {
            return body(word)
        }
        body(base)
        body(attached[...])
    }

    /// A word's contraction split by `Character`: "he'll" → ["he", "will"], "won't" → ["will", "not"].
    static func splitContraction(_ word: String) -> [String] {
        guard word.utf8.contains(0x27), let apostrophe = word.lastIndex(of: "'") else { return [word] }
        let base = String(word[..<apostrophe])
        let suffix = String(word[word.index(after: apostrophe)...])
        switch suffix {
        case "ll": return [base, "will"]
        case "s": return [base, "is"]
        case "re": return [base, "are"]
        case "m": return [base, "am"]
        case "ve": return [base, "have"]
        case "d": return [base, "would"]
        case "t" where base.hasSuffix("n"):
            let stem = String(base.dropLast())
            let fixed = ["wo": "will", "ca": "can", "sha": "shall", "ai": "is"][stem] ?? stem
            return (fixed.isEmpty ? [] : [fixed]) + ["not"]
        default: return [word]
        }
    }
}
