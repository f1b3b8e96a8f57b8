/// Rules of one meaning group, indexed by the words they can start with, so a token that starts
/// no rule costs a single array read. Steps of all rules live in one flat array so matching
/// touches no per-rule heap objects.
struct RuleSet: Sendable {
    let rules: [LexiconRule]
    /// All rules' steps; rule i's are `stepBounds[i] ..< stepBounds[i + 1]`.
    let steps: [PatternStep]
    let stepBounds: [Int]
    /// For each rule, the mask of classes its steps need (`ClassTable.maskWords` words each).
    let requiredClasses: [UInt64]
    let maskWords: Int
    /// This set's bit in `TokenizedText.anchors`: set when some token may start one of its rules.
    let anchorBit: UInt8
    /// The rules that may start at vocabulary id `w` are `firstRules[firstRuleBounds[w] ..<
    /// firstRuleBounds[w + 1]]`, in rule order. One flat array instead of an array per word, so
    /// looking up a word retains nothing.
    private let firstRuleBounds: [Int32]
    private let firstRules: [Int32]

    init(rules: [LexiconRule], classes: [WordClass], vocabularySize: Int, anchorBit: UInt8) {
        self.rules = rules
        self.anchorBit = anchorBit
        var index = Array(repeating: [Int32](), count: vocabularySize)
        var steps: [PatternStep] = [], bounds = [0]
        let maskWords = (classes.count + 63) / 64
        var required = Array(repeating: UInt64(0), count: maskWords * rules.count)
        for (ruleIndex, rule) in rules.enumerated() {
            for case .wordClass(let classIndex) in rule.steps {
                required[ruleIndex * maskWords + Int(classIndex) >> 6] |= 1 << (UInt64(classIndex) & 63)
            }
            for id in Self.firstWords(of: rule.steps, classes: classes) where id >= 0 && Int(id) < vocabularySize {
                index[Int(id)].append(Int32(ruleIndex))
            }
            steps += rule.steps
            bounds.append(steps.count)
        }
        self.steps = steps
        requiredClasses = required
        self.maskWords = maskWords
        stepBounds = bounds
        var firstBounds: [Int32] = [0]
        firstBounds.reserveCapacity(vocabularySize + 1)
        var first: [Int32] = []
        for list in index {
            first += list
            firstBounds.append(Int32(first.count))
        }
        firstRuleBounds = firstBounds
        firstRules = first
    }

    static func firstWords(of steps: [PatternStep], classes: [WordClass]) -> Set<Int32> {
        switch steps.first {
        case .word(let id)?: return [id]
        case .wordClass(let index)?: return classes[Int(index)].firstWords
        case .gap?, nil: return []
        }
    }

    /// Whether every class rule `index` needs has a phrase start in the clause (`mask`).
    @inline(__always)
    func canMatch(_ index: Int, given mask: [UInt64]) -> Bool {
        for word in 0..<maskWords where requiredClasses[index * maskWords + word] & ~mask[word] != 0 { return false }
        return true
    }

    /// Positions in `firstRules` of the rules that may start with word `id` (empty when none).
    @inline(__always)
    func candidates(startingWith id: Int32) -> Range<Int> {
        guard id >= 0, Int(id) + 1 < firstRuleBounds.count else { return 0..<0 }
        return Int(firstRuleBounds[Int(id)])..<Int(firstRuleBounds[Int(id) + 1])
    }

    /// The rule index at position `candidate` of a `candidates(startingWith:)` range.
    @inline(__always)
    func rule(atCandidate candidate: Int) -> Int { Int(firstRules[candidate]) }

    /// Whether any rule may start with word `id`.
    func hasRules(startingWith id: Int) -> Bool { firstRuleBounds[id] < firstRuleBounds[id + 1] }
}
