/// A named set of phrases (`{person}`, `{worst}` …). Phrases are indexed by their first word so
/// that testing a token costs one dictionary probe.
struct WordClass: Sendable {
    let name: String
    /// Remaining words of each phrase, keyed by its first word; longest phrase first.
    private(set) var phrasesByFirstWord: [Int32: [[Int32]]] = [:]

    init(name: String) { self.name = name }

    mutating func add(_ phrase: [Int32]) {
        guard let first = phrase.first else { return }
        var list = phrasesByFirstWord[first, default: []]
        let rest = Array(phrase.dropFirst())
        guard !list.contains(rest) else { return }
        list.append(rest)
        list.sort { $0.count > $1.count }
        phrasesByFirstWord[first] = list
    }

    var firstWords: Set<Int32> { Set(phrasesByFirstWord.keys) }

    /// The end (exclusive) of every phrase of this class that starts at `position`, longest
    /// first, not running past `limit`.
    func matchEnds(in tokens: [Token], at position: Int, limit: Int) -> [Int] {
        guard position < limit, let rests = phrasesByFirstWord[tokens[position].id] else { return [] }
        var ends: [Int] = []
        for rest in rests where position + 1 + rest.count <= limit {
            var matches = true
            for (offset, id) in rest.enumerated() where tokens[position + 1 + offset].id != id {
                matches = false
                break
            }
            if matches { ends.append(position + 1 + rest.count) }
        }
        return ends
    }

    /// The longest phrase of this class starting at `position`, if any.
    func longestMatch(in tokens: [Token], at position: Int, limit: Int) -> Int? {
        matchEnds(in: tokens, at: position, limit: limit).first
    }

    /// Whether a single token is, by itself, a phrase of this class.
    func containsWord(_ id: Int32) -> Bool {
        phrasesByFirstWord[id]?.contains(where: \.isEmpty) ?? false
    }
}
