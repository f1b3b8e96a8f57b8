/// The lexicon (`Resources/lexicon.tsv`) parsed and indexed once. Compiling takes a few
/// milliseconds, so the detectors share one `static let` instance and `init()` stays cheap; only
/// a detector with user cues compiles its own copy.
final class CompiledLexicon: Sendable {
    let vocabulary: Vocabulary
    let tokenizer: Tokenizer
    let classes: ClassTable
    let claims: RuleSet
    let reassurance: RuleSet
    let crisis: RuleSet
    let exceptions: RuleSet
    /// `not-crisis` look-alikes, read only by the crisis detector (with `exceptions`).
    let crisisExceptions: RuleSet
    /// False for a text that holds no key word of a crisis rule: it need not be tokenised.
    let crisisPrefilter: CuePrefilter
    let context: ContextClasses
    /// Per vocabulary id: whether a phrase of some `times-N` class ("third time", "4 times")
    /// starts with it. Nearly no word does, so counting an ask's sentence tests one flag a word.
    let startsCount: [Bool]
    /// Whole-word rewrites, to normalise user phrases the way text is normalised.
    let phraseWords: PhraseWords

    /// The lexicon embedded in the binary.
    static let embeddedSource = String(decoding: PackageResources.lexicon_tsv, as: UTF8.self)

    static let shared: CompiledLexicon = {
        do { return try CompiledLexicon(source: embeddedSource) }
        catch { fatalError("The embedded lexicon does not compile: \(error)") }
    }()

    /// Compiles `source` plus user cues, which are appended after the lexicon's own rules. A
    /// user cue that does not compile is skipped: configuration must not break the linter.
    init(source: String, extraPhrases: [CuePhrase] = []) throws {
        var parser = LexiconParser()
        try parser.parse(source)
        for (offset, extra) in extraPhrases.enumerated() {
            try? parser.addRule(.claim(extra.kind), pattern: extra.phrase, line: -(offset + 1))
        }
        for word in ContractionWords.allWords { _ = parser.vocabulary.intern(word) }
        let context = try ContextClasses(classIndex: parser.classIndex)
        let vocabulary = parser.vocabulary
        let size = vocabulary.count
        let classes = ClassTable(parser.classes, vocabularySize: size)
        var classKeys = ClassKeyWords(classes: classes, vocabulary: vocabulary,
                                      commonWords: CommonWords.all.map { vocabulary.id(of: $0) }, commonCost: RequiredWords.commonCost)
        func ruleSet(bit: UInt8, stretchBreak: Token.Break = .clause, gapStop: Int? = nil, _ keep: (LexiconRule.Meaning) -> Bool) -> RuleSet {
            RuleSet(rules: parser.rules.filter { keep($0.meaning) }, classes: classes, classKeys: &classKeys,
                    vocabularySize: size, anchorBit: bit, stretchBreak: stretchBreak, gapStop: gapStop ?? context.conjunction)
        }
        // A prediction and its outcome may sit in one sentence on either side of a comma or a
        // "while"; only a contrast or a cause ("but", "because") ends a claim's gap.
        claims = ruleSet(bit: 1, stretchBreak: .sentence, gapStop: context.gapStop) { if case .claim = $0 { true } else { false } }
        reassurance = ruleSet(bit: 2) { $0 == .reassurance }
        crisis = ruleSet(bit: 4) { $0 == .crisis }
        exceptions = ruleSet(bit: 8) { $0 == .exception }
        crisisExceptions = ruleSet(bit: 16) { $0 == .crisisException }
        var keySets = Array(repeating: UInt8(0), count: size)
        for set in [claims, reassurance, crisis, exceptions, crisisExceptions] {
            for id in set.required.keys { keySets[Int(id)] |= set.anchorBit }
        }
        var conditionalRules: [Int32: ConditionalRewrite.Rule] = [:]
        for line in parser.conditionalRewrites {
            keySets[Int(line.source)] |= ConditionalRewrite.sourceBit
            conditionalRules[line.source] = ConditionalRewrite.Rule(
                targets: line.targets.map { NormalWord(id: $0, hash: vocabulary.hashes[Int($0)]) },
                following: Array(Set(line.following)).sorted())
        }
        self.classes = classes
        self.context = context
        startsCount = (0..<size).map { id in context.times.contains { classes.mayStart($0.classIndex, with: Int32(id)) } }
        let phraseWords = parser.phraseWords
        self.phraseWords = phraseWords
        self.vocabulary = vocabulary
        // Twice the usual room: most journal words are not in the table, and a miss probes
        // until an empty slot.
        var lookup = WordTable(minimumCapacity: 2 * (size + phraseWords.sourceHashes.count))
        for (id, hash) in vocabulary.hashes.enumerated() { lookup.insert(Int32(id), for: hash) }
        for (index, hash) in phraseWords.sourceHashes.enumerated() {
            lookup.insert(Tokenizer.expansionFlag | Int32(index), for: hash)
        }
        let suffixWords = ContractionWords(vocabulary: vocabulary)
        tokenizer = Tokenizer(
            wordLookup: lookup,
            expansionTargets: phraseWords.targets.map { $0.map { NormalWord(id: $0, hash: vocabulary.hashes[Int($0)]) } },
            suffixWords: suffixWords,
            keySets: keySets,
            conditionalRewrite: ConditionalRewrite(rules: conditionalRules))
        crisisPrefilter = CuePrefilter(
            words: crisis.required.keys,
            vocabulary: vocabulary, expansions: phraseWords, contractions: suffixWords)
    }

    /// Hashes of a phrase's words in the tokenizer's normal form (for ignored phrases).
    func wordHashes(of phrase: String) -> [UInt64] {
        var hashes: [UInt64] = []
        phraseWords.forEachWord(of: phrase, word: { hashes.append(WordHash.of($0)) },
                                expansion: { hashes += $0.map { vocabulary.hashes[Int($0)] } })
        return hashes
    }

    func matcher(for tokens: [Token]) -> PatternMatcher {
        PatternMatcher(tokens: tokens, classes: classes, gapStop: context.conjunction)
    }
}
