/// The words the lexicon knows, each given a dense id so that rules and word classes can be
/// indexed by plain arrays. Words outside the lexicon get no id (-1): they can only fill gaps.
struct Vocabulary: Sendable {
    private var table = WordTable(minimumCapacity: 2048)
    private(set) var words: [String] = []

    /// The id of a normalised word, or -1.
    @inline(__always)
    func id(forHash hash: UInt64) -> Int32 { table.value(for: hash) }

    func id(of word: String) -> Int32 { table.value(for: WordHash.of(word)) }

    /// The id of `word`, adding it when new.
    mutating func intern(_ word: String) -> Int32 {
        let hash = WordHash.of(word)
        let existing = table.value(for: hash)
        if existing >= 0 { return existing }
        let id = Int32(words.count)
        words.append(word)
        table.insert(id, for: hash)
        return id
    }

    func word(_ id: Int32) -> String { id >= 0 && Int(id) < words.count ? words[Int(id)] : "…" }
}
