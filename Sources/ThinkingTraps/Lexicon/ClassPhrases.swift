/// The phrases of all word classes (`{person}`, `{worst}` …) as the parser collects them, in one
/// flat list: adding a phrase appends to three arrays, where a dictionary of arrays per class
/// copied and re-sorted a list for every phrase. `ClassTable` groups, orders and deduplicates
/// them once, for matching.
struct ClassPhrases {
    private(set) var names: [String] = []
    /// Phrase i belongs to class `classOf[i]`; its words are `words[starts[i] ..< starts[i + 1]]`.
    private(set) var classOf: [Int32] = []
    private(set) var starts: [Int] = [0]
    private(set) var words: [Int32] = []
    private var phraseCounts: [Int] = []

    var classCount: Int { names.count }
    var phraseCount: Int { classOf.count }

    /// Adds an empty class and returns its index.
    mutating func addClass(named name: String) -> Int {
        names.append(name)
        phraseCounts.append(0)
        return names.count - 1
    }

    /// Adds a phrase (vocabulary ids) to class `classIndex`; an empty phrase is ignored.
    mutating func add(_ phrase: [Int32], to classIndex: Int) {
        guard !phrase.isEmpty else { return }
        classOf.append(Int32(classIndex))
        words.append(contentsOf: phrase)
        starts.append(words.count)
        phraseCounts[classIndex] += 1
    }

    /// Whether class `classIndex` has no phrase.
    func isEmpty(_ classIndex: Int) -> Bool { phraseCounts[classIndex] == 0 }

    /// The number of words of phrase `index`.
    @inline(__always)
    func length(_ index: Int) -> Int { starts[index + 1] - starts[index] }
}
