/// The paragraphs of one document in which the detectors found nothing, remembered from one
/// analysis of it to the next. An editor's buffer is linted again after every edit, and an edit
/// changes a paragraph or two: the rest (nearly all of a large file's prose, where no thought,
/// ask or crisis wording is found) need not be tokenised and matched again. Only a paragraph's
/// text decides what the detectors find in it, so the same text is known quiet for as long as
/// the analyzer is the same; another analyzer (a new configuration) starts afresh. Positions are
/// never remembered: a paragraph that finds something is always scanned again.
///
/// Paragraphs are looked up by a hash of their bytes and then compared byte for byte, so two
/// texts that share a hash are told apart. (A `Set<String>` hashed and compared each paragraph
/// as Unicode text, which cost more than the scans it saved.)
public struct QuietProseMemory: Sendable {
    struct Remembered: Sendable {
        let text: String
        /// The last analysis the paragraph was in (and quiet).
        var analysis: Int
    }

    /// The analyzer that found these paragraphs quiet.
    private var analyzer: ObjectIdentifier?
    private var known: [UInt64: Remembered] = [:]
    private var analysis = 0
    /// What this analysis found: quiet paragraphs already known (their keys), and new ones.
    /// Read-only `known` while entries are analysed lets threads share it without copying it.
    private var hits: [UInt64] = []
    private var added: [(key: UInt64, text: String)] = []

    public init() {}

    /// How many paragraphs of the last analysis are known quiet (each text once).
    public var count: Int { known.values.count { $0.analysis == analysis } }

    /// Starts an analysis by `analyzer`.
    mutating func begin(with analyzer: ObjectIdentifier) {
        if self.analyzer != analyzer {
            self.analyzer = analyzer
            known = [:]
        }
        analysis += 1
        hits = []
        added = []
    }

    /// A copy for one thread's share of an analysis: the same paragraphs known, nothing found yet.
    func forRun() -> QuietProseMemory {
        var run = self
        run.hits = []
        run.added = []
        return run
    }

    /// Takes what a thread's share found (`forRun()`).
    mutating func merge(_ run: QuietProseMemory) {
        hits.append(contentsOf: run.hits)
        added.append(contentsOf: run.added)
    }

    /// Ends the analysis: what it found quiet is known, and text no longer in the document is
    /// forgotten once it outnumbers what is (so the memory stays near the document's size).
    mutating func end() {
        for key in hits { known[key]?.analysis = analysis }
        for (key, text) in added { known[key] = Remembered(text: text, analysis: analysis) }
        if known.count > 2 * (hits.count + added.count) + 64 {
            known = known.filter { $0.value.analysis == analysis }
        }
        hits = []
        added = []
    }

    /// Whether `text` is known quiet; if it is, the analysis notes it was seen again.
    mutating func isKnownQuiet(_ text: String, key: UInt64) -> Bool {
        guard let remembered = known[key], Self.sameBytes(remembered.text, text) else { return false }
        hits.append(key)
        return true
    }

    /// Notes `text`, just scanned, as quiet.
    mutating func noteQuiet(_ text: String, key: UInt64) {
        // One text per key: a second text with the same hash is simply scanned each time.
        if known[key] == nil { added.append((key, text)) }
    }

    /// A hash of the text's UTF-8, eight bytes at a time.
    static func key(of text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var index = 0
            let raw = UnsafeRawBufferPointer(bytes)
            while index + 8 <= bytes.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                index += 8
            }
            while index < bytes.count {
                hash = (hash ^ UInt64(bytes[index])) &* 0x1000_0000_01B3
                index += 1
            }
            return hash ^ (hash >> 29)
        }
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { first in b.withUTF8 { second in first.elementsEqual(second) } }
    }
}
