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

    init(rules: [LexiconRule], classes: ClassTable, vocabularySize: Int, anchorBit: UInt8) {
        self.rules = rules
        self.anchorBit = anchorBit
        var steps: [PatternStep] = [], bounds = [0]
        let maskWords = classes.maskWords
        var required = Array(repeating: UInt64(0), count: maskWords * rules.count)
        // A counting sort by first word: count each word's rules, then fill in rule order.
        var firstBounds = Array(repeating: Int32(0), count: vocabularySize + 1)
        for (ruleIndex, rule) in rules.enumerated() {
            for case .wordClass(let classIndex) in rule.steps {
                required[ruleIndex * maskWords + Int(classIndex) >> 6] |= 1 << (UInt64(classIndex) & 63)
            }
            Self.forEachFirstWord(of: rule.steps, classes: classes, vocabularySize: vocabularySize) { firstBounds[Int($0) + 1] += 1 }
            steps += rule.steps
            bounds.append(steps.count)
        }
        for id in 0..<vocabularySize { firstBounds[id + 1] += firstBounds[id] }
        var next = firstBounds
        var first = Array(repeating: Int32(0), count: Int(firstBounds[vocabularySize]))
        for (ruleIndex, rule) in rules.enumerated() {
            Self.forEachFirstWord(of: rule.steps, classes: classes, vocabularySize: vocabularySize) { id in
                first[Int(next[Int(id)])] = Int32(ruleIndex)
                next[Int(id)] += 1
            }
        }
        self.steps = steps
        requiredClasses = required
        self.maskWords = maskWords
        stepBounds = bounds
        firstRuleBounds = firstBounds
        firstRules = first
    }

    /// Calls `body` once with each word a rule with these steps can start with.
    private static func forEachFirstWord(of steps: [PatternStep], classes: ClassTable, vocabularySize: Int, _ body: (Int32) -> Void) {
        switch steps.first {
        case .word(let id)?: if id >= 0 && Int(id) < vocabularySize { body(id) }
        case .wordClass(let index)?: classes.forEachFirstWord(ofClass: Int(index)) { if Int($0) < vocabularySize { body($0) } }
        case .gap?, nil: break
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
