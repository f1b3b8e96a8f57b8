/// Rules of one meaning group, indexed by the words they can start with, so a token that starts
/// no rule costs a single array read. Steps of all rules live in one flat array so matching
/// touches no per-rule heap objects.
struct RuleSet: Sendable {
    let rules: [LexiconRule]
    /// All rules' steps; rule i's are `stepBounds[i] ..< stepBounds[i + 1]`.
    let steps: [PatternStep]
    let stepBounds: [Int]
    /// For each rule, the mask of classes its steps after the first need (`ClassTable.maskWords`
    /// words each). The first step's class needs no check: the rule is a candidate only where
    /// a phrase of it starts.
    let requiredClasses: [UInt64]
    let maskWords: Int
    /// This set's bit in `TokenizedText.anchors`: set when some token may start one of its rules.
    let anchorBit: UInt8
    /// The words a text must hold for some rule to match.
    let required: RequiredWords
    /// The break a match never crosses: claims read a whole sentence ("the shelf will fall on me
    /// while I sleep, and crush me"), the other sets one clause.
    let stretchBreak: Token.Break
    /// The word class a `~N` gap never crosses (`gap-stop` for claims, `conjunction` otherwise).
    let gapStop: Int
    /// Whether some rule may start with vocabulary id `w`: `startsRule[w]`. The matcher reads
    /// only this and tries the keyed rules itself.
    private let startsRule: [Bool]
    /// What the matcher needs of each rule, packed in one struct so that trying a rule reads
    /// one array element instead of five arrays.
    private let ruleChecks: [RuleCheck]

    struct RuleCheck {
        /// `requiredWords` of the rule.
        var requiredWords: UInt64
        /// The rule's steps: `steps[stepStart ..< stepEnd]`.
        var stepStart: Int32
        var stepEnd: Int32
        /// The first step, read here rather than from `steps` (the matcher asks it at every
        /// word that starts some rule): `.word` and its id, `.wordClass` and its class, or
        /// `.none` (a rule that starts with no word).
        var firstValue: Int32
        var firstKind: FirstStep
        /// `needsClause` of the rule.
        var needsClause: Bool
    }

    enum FirstStep: UInt8 { case none, word, wordClass }

    init(rules: [LexiconRule], classes: ClassTable, classKeys: inout ClassKeyWords, vocabularySize: Int, anchorBit: UInt8,
         stretchBreak: Token.Break = .clause, gapStop: Int) {
        self.rules = rules
        self.anchorBit = anchorBit
        self.stretchBreak = stretchBreak
        self.gapStop = gapStop
        required = RequiredWords(rules: rules, classKeys: &classKeys, vocabularySize: vocabularySize)
        var steps: [PatternStep] = [], bounds = [0]
        let maskWords = classes.maskWords
        var required = Array(repeating: UInt64(0), count: maskWords * rules.count)
        var requiredWords = Array(repeating: UInt64(0), count: rules.count)
        var startsRule = Array(repeating: false, count: vocabularySize)
        for (ruleIndex, rule) in rules.enumerated() {
            for step in rule.steps.dropFirst() {
                switch step {
                case .wordClass(let classIndex): required[ruleIndex * maskWords + Int(classIndex) >> 6] |= 1 << (UInt64(classIndex) & 63)
                case .word(let id): requiredWords[ruleIndex] |= WordSignature.bit(id)
                case .gap, .end: break
                }
            }
            Self.forEachFirstWord(of: rule.steps, classes: classes, vocabularySize: vocabularySize) { startsRule[Int($0)] = true }
            steps += rule.steps
            bounds.append(steps.count)
        }
        self.steps = steps
        requiredClasses = required
        let needsClause = (0..<rules.count).map { rule in
            requiredWords[rule] != 0 || (0..<maskWords).contains { required[rule * maskWords + $0] != 0 }
        }
        self.maskWords = maskWords
        stepBounds = bounds
        self.startsRule = startsRule
        ruleChecks = (0..<rules.count).map { rule in
            var first: (FirstStep, Int32) = (.none, 0)
            switch rules[rule].steps.first {
            case .word(let id)?: first = (.word, id)
            case .wordClass(let index)?: first = (.wordClass, index)
            case .gap?, .end?, nil: break
            }
            return RuleCheck(requiredWords: requiredWords[rule], stepStart: Int32(bounds[rule]), stepEnd: Int32(bounds[rule + 1]),
                             firstValue: first.1, firstKind: first.0, needsClause: needsClause[rule])
        }
    }

    /// The arrays the matcher's loop reads, as buffers: all rules' steps, `ruleChecks` (by
    /// rule), `requiredClasses` and `startsRule`.
    @inline(__always)
    func withMatcherTables<Result>(_ body: (UnsafeBufferPointer<PatternStep>, UnsafeBufferPointer<RuleCheck>,
                                              UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<Bool>) -> Result) -> Result {
        steps.withUnsafeBufferPointer { steps in
            ruleChecks.withUnsafeBufferPointer { checks in
                requiredClasses.withUnsafeBufferPointer { required in
                    startsRule.withUnsafeBufferPointer { starts in body(steps, checks, required, starts) }
                }
            }
        }
    }

    /// Calls `body` once with each word a rule with these steps can start with.
    static func forEachFirstWord(of steps: [PatternStep], classes: ClassTable, vocabularySize: Int, _ body: (Int32) -> Void) {
        switch steps.first {
        case .word(let id)?: if id >= 0 && Int(id) < vocabularySize { body(id) }
        case .wordClass(let index)?: classes.forEachFirstWord(ofClass: Int(index)) { if Int($0) < vocabularySize { body($0) } }
        case .gap?, .end?, nil: break
        }
    }
}
