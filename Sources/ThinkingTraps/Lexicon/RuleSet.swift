/// Rules of one meaning group, indexed by the words they can start with, so a token that starts
/// no rule costs a single array read.
struct RuleSet: Sendable {
    let rules: [LexiconRule]
    /// For each vocabulary id, the indices of rules that may start at that word.
    private let rulesByFirstWord: [[Int32]]

    init(rules: [LexiconRule], classes: [WordClass], vocabularySize: Int) {
        self.rules = rules
        var index = Array(repeating: [Int32](), count: vocabularySize)
        for (ruleIndex, rule) in rules.enumerated() {
            for id in Self.firstWords(of: rule.steps, classes: classes) where id >= 0 && Int(id) < vocabularySize {
                index[Int(id)].append(Int32(ruleIndex))
            }
        }
        rulesByFirstWord = index
    }

    static func firstWords(of steps: [PatternStep], classes: [WordClass]) -> Set<Int32> {
        switch steps.first {
        case .words(let ids)?: return Set(ids)
        case .wordClass(let index)?: return classes[index].firstWords
        case .gap?, nil: return []
        }
    }

    @inline(__always)
    func candidates(startingWith id: Int32) -> [Int32]? {
        guard id >= 0, Int(id) < rulesByFirstWord.count else { return nil }
        let list = rulesByFirstWord[Int(id)]
        return list.isEmpty ? nil : list
    }
}
