/// The words the lexicon knows, each given a dense id so that rules and word classes can be
/// indexed by plain arrays. Words outside the lexicon get no id (-1): they can only fill gaps.
///
/// Words are kept as bytes in one flat array: compiling the lexicon interns a few thousand
/// words, and a `String` per word was a large part of start-up. Only a cue's text (`word(_:)`)
/// needs a `String`, and only for a match.
struct Vocabulary: Sendable {
    private var table = WordTable(minimumCapacity: 2048)
    private var bytes: [UInt8] = []
    /// Word i is `bytes[ends[i - 1] ..< ends[i]]` (from 0 for the first).
    private var ends: [Int] = []
    /// Each word's `WordHash`, by id.
    private(set) var hashes: [UInt64] = []

    var count: Int { hashes.count }

    /// The id of a normalised word, or -1.
    @inline(__always)
    func id(forHash hash: UInt64) -> Int32 { table.value(for: hash) }

    func id(of word: String) -> Int32 { table.value(for: WordHash.of(word)) }

    /// The id of the word spelled by `word` (normalised UTF-8), adding it when new.
    mutating func intern<Bytes: Collection<UInt8>>(_ word: Bytes) -> Int32 {
        let hash = WordHash.of(word)
        let existing = table.value(for: hash)
        if existing >= 0 { return existing }
        let id = Int32(hashes.count)
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
        hashes.append(hash)
        table.insert(id, for: hash)
        return id
    }

    mutating func intern(_ word: String) -> Int32 { intern(word.utf8) }

    /// The number of bytes of word `id`.
    func length(of id: Int32) -> Int {
        guard id >= 0 && Int(id) < ends.count else { return 0 }
        return ends[Int(id)] - (id == 0 ? 0 : ends[Int(id) - 1])
    }

    /// Copies the bytes of `word(id)` to `output`, which has room for `length(of:)` bytes (or
    /// three, for "…"), and returns how many it wrote.
    func copyWord(_ id: Int32, to output: UnsafeMutablePointer<UInt8>) -> Int {
        guard id >= 0 && Int(id) < ends.count else {
            output[0] = 0xE2; output[1] = 0x80; output[2] = 0xA6  // "…"
            return 3
        }
        let start = id == 0 ? 0 : ends[Int(id) - 1], end = ends[Int(id)]
        bytes.withUnsafeBufferPointer { output.update(from: $0.baseAddress! + start, count: end - start) }
        return end - start
    }

    func word(_ id: Int32) -> String {
        guard id >= 0 && Int(id) < ends.count else { return "…" }
        let start = id == 0 ? 0 : ends[Int(id) - 1]
        return String(decoding: bytes[start..<ends[Int(id)]], as: UTF8.self)
    }
}
