/// A named set of phrases (`{person}`, `{worst}` …) as the parser collects it. Compiled into
/// `ClassTable` for matching.
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
}
