/// Each word class's phrases, flattened, with the key word of each phrase (see `RequiredWords`),
/// worked out once per lexicon and shared by its rule sets, only for the classes rules use.
struct ClassKeyWords {
    /// One class: phrase i's words are `words[bounds[i] ..< bounds[i + 1]]`.
    struct Entry {
        var words: [Int32] = []
        var bounds: [Int32] = [0]
        /// The phrases' key words, sorted, each once.
        var keyWords: [Int32] = []
        /// What the class costs as a rule's key: the sum of its key words' costs.
        var cost = 0
    }

    private let classes: ClassTable
    private let vocabulary: Vocabulary
    /// `RequiredWords.commonCost` for a common word, 1 for any other, by vocabulary id.
    let costs: [Int]
    private var entries: [Entry?]

    init(classes: ClassTable, vocabulary: Vocabulary, commonWords: [Int32], commonCost: Int) {
        self.classes = classes
        self.vocabulary = vocabulary
        var costs = Array(repeating: 1, count: vocabulary.count)
        for id in commonWords where id >= 0 && Int(id) < costs.count { costs[Int(id)] = commonCost }
        self.costs = costs
        entries = Array(repeating: nil, count: classes.names.count)
    }

    @inline(__always)
    func cost(_ id: Int32) -> Int { id >= 0 && Int(id) < costs.count ? costs[Int(id)] : 1 }

    /// The key word of a phrase: its least common word, then its longest, then its first.
    func keyWord(of phrase: ArraySlice<Int32>) -> Int32 {
        var best = phrase[phrase.startIndex], bestCost = cost(best), bestLength = vocabulary.length(of: best)
        for id in phrase.dropFirst() {
            let idCost = cost(id), length = vocabulary.length(of: id)
            if idCost < bestCost || (idCost == bestCost && length > bestLength) { (best, bestCost, bestLength) = (id, idCost, length) }
        }
        return best
    }

    mutating func entry(_ classIndex: Int) -> Entry {
        if let known = entries[classIndex] { return known }
        var entry = Entry()
        classes.appendPhrases(ofClass: classIndex, to: &entry.words, ends: &entry.bounds)
        entry.keyWords.reserveCapacity(entry.bounds.count - 1)
        for phrase in 0..<entry.bounds.count - 1 {
            entry.keyWords.append(keyWord(of: entry.words[Int(entry.bounds[phrase])..<Int(entry.bounds[phrase + 1])]))
        }
        entry.keyWords.sort()
        var unique = 0
        for index in entry.keyWords.indices where index == 0 || entry.keyWords[index] != entry.keyWords[index - 1] {
            entry.keyWords[unique] = entry.keyWords[index]
            unique += 1
        }
        entry.keyWords.removeLast(entry.keyWords.count - unique)
        entry.cost = entry.keyWords.reduce(0) { $0 + cost($1) }
        entries[classIndex] = entry
        return entry
    }
}
