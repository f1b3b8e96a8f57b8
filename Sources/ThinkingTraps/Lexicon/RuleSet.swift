/// Rules of one meaning group, indexed by the words they can start with, so a token that starts
/// no rule costs a single array read. Steps of all rules live in one flat array so matching
/// touches no per-rule heap objects.
struct RuleSet: Sendable {
    let rules: [LexiconRule]
    /// All rules' steps; rule i's are `stepBounds[i] ..< stepBounds[i + 1]`.
    let steps: [PatternStep]
    let stepBounds: [Int]
    /// For each rule, the mask of classes its steps after the first need (`classMaskWords` words
    /// each). The first step's class needs no check: the rule is a candidate only where a phrase
    /// of it starts. Masks number only the classes some rule of this set needs so (a few hundred
    /// of the lexicon's ~1,000, most of them the alternatives of single rules): the matcher ORs
    /// a mask per word of a stretch, and 15 words a mask was a fair share of matching.
    let requiredClasses: [UInt64]
    let classMaskWords: Int
    /// For each vocabulary id, the mask (as in `requiredClasses`) of the needed classes that
    /// have a phrase starting with it.
    let classStartMasks: [UInt64]
    /// The vocabulary these tables are indexed by has this many words.
    let vocabularySize: Int
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
        // The classes needed after a first step, numbered in order of first use.
        var slotOfClass = Array(repeating: -1, count: classes.names.count)
        var neededClasses: [Int] = []
        for rule in rules {
            for case .wordClass(let classIndex) in rule.steps.dropFirst() where slotOfClass[Int(classIndex)] < 0 {
                slotOfClass[Int(classIndex)] = neededClasses.count
                neededClasses.append(Int(classIndex))
            }
        }
        let maskWords = (neededClasses.count + 63) / 64
        var startMasks = Array(repeating: UInt64(0), count: maskWords * vocabularySize)
        for (slot, classIndex) in neededClasses.enumerated() {
            classes.forEachFirstWord(ofClass: classIndex) { id in
                guard Int(id) < vocabularySize else { return }
                startMasks[Int(id) * maskWords + slot >> 6] |= 1 << (UInt64(slot) & 63)
            }
        }
        var required = Array(repeating: UInt64(0), count: maskWords * rules.count)
        var requiredWords = Array(repeating: UInt64(0), count: rules.count)
        var startsRule = Array(repeating: false, count: vocabularySize)
        for (ruleIndex, rule) in rules.enumerated() {
            for step in rule.steps.dropFirst() {
                switch step {
                case .wordClass(let classIndex):
                    let slot = slotOfClass[Int(classIndex)]
                    required[ruleIndex * maskWords + slot >> 6] |= 1 << (UInt64(slot) & 63)
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
        classStartMasks = startMasks
        self.vocabularySize = vocabularySize
        let needsClause = (0..<rules.count).map { rule in
            requiredWords[rule] != 0 || (0..<maskWords).contains { required[rule * maskWords + $0] != 0 }
        }
        classMaskWords = maskWords
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
    /// rule), `requiredClasses`, `startsRule` and `classStartMasks`.
    @inline(__always)
    func withMatcherTables<Result>(_ body: (UnsafeBufferPointer<PatternStep>, UnsafeBufferPointer<RuleCheck>,
                                              UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<Bool>,
                                              UnsafeBufferPointer<UInt64>) -> Result) -> Result {
        steps.withUnsafeBufferPointer { steps in
            ruleChecks.withUnsafeBufferPointer { checks in
                requiredClasses.withUnsafeBufferPointer { required in
                    startsRule.withUnsafeBufferPointer { starts in
                        classStartMasks.withUnsafeBufferPointer { startMasks in body(steps, checks, required, starts, startMasks) }
                    }
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
