/// Words the rules of one rule set cannot match without, so the matcher tries a rule only in a
/// stretch of text (between two breaks: no rule crosses one) that holds all of them.
///
/// Every word or class step of a rule consumes tokens (optional elements were expanded into
/// separate rules, so no step is optional): a word step its word, a class step all the words of
/// one of the class's phrases. So a rule can match in a stretch only if, for each of its steps,
/// every word of one of the step's phrases occurs there (a word step is a one-word phrase).
///
/// One step of each rule is its *key*: the step whose phrases are rarest (`CommonWords`). Each
/// phrase of a key has a *key word* (its rarest word, then its longest), which every match of
/// the rule holds. A stretch with no key word of a set is skipped without another look, and
/// `keys` (their union) lets `CuePrefilter` skip a whole text from its bytes.
struct RequiredWords: Sendable {
    /// The key words of all rules, sorted, each once.
    let keys: [Int32]
    /// The rules one of whose key words is vocabulary id `w` are
    /// `keyRules[keyRuleBounds[w] ..< keyRuleBounds[w + 1]]`, each once, in rule order.
    private let keyRuleBounds: [Int32]
    private let keyRules: [Int32]
    /// The steps rule i needs, as a set of step indices: `stepWords` words from
    /// `ruleStepMasks[i * stepWords]`. Steps are shared between rules ("asked" keys a dozen
    /// reassurance rules that need `{ask}`, `{okay}` …), so that each is tested at most once per
    /// stretch, and a rule whose steps are all known costs a couple of bit tests.
    private let ruleStepMasks: [UInt64]
    /// Rule i's steps other than its key as `WordSignature`s:
    /// `ruleSignatures[ruleSignatureBounds[i] ..< ruleSignatureBounds[i + 1]]`. A first, cheap
    /// test that needs nothing but the stretch's signature; most keyed rules fail it.
    private let ruleSignatures: [UInt64]
    private let ruleSignatureBounds: [Int32]
    private let stepWords: Int
    private let steps: [Step]
    /// Phrase p's words are `words[wordBounds[p] ..< wordBounds[p + 1]]`.
    private let wordBounds: [Int32]
    private let words: [Int32]
    /// `UInt64`s in a set of vocabulary ids, and in a set of rules.
    let presenceWords: Int
    let ruleWords: Int

    /// One distinct step of the set's rules.
    private struct Step {
        /// The step's key words as a `WordSignature`: a stretch whose signature shares no bit
        /// with it lacks the step.
        var signature: UInt64
        /// The step's phrases: `phraseStart ..< phraseEnd` in `wordBounds`; empty for a step with
        /// more than `phraseTestLimit` phrases, which is tested by its signature only (going
        /// through a class of a hundred phrases costs more than it saves).
        var phraseStart: Int32
        var phraseEnd: Int32
    }

    private static let phraseTestLimit = 16

    /// What a word costs when a key holds it: a common word makes the key occur nearly everywhere.
    static let commonCost = 1000

    /// The distinct steps of a set's rules as they are found, each word's and class's once.
    /// A struct with mutating methods, where a closure capturing these arrays boxed each of them
    /// and checked exclusivity on every access (start-up cost).
    private struct StepTable {
        var steps: [Step] = []
        var wordBounds: [Int32] = [0]
        var words: [Int32] = []
        /// The shared step of each word and of each class, or -1.
        var wordStep: [Int32]
        var classStep: [Int32] = []
        let size: Int

        init(vocabularySize size: Int) {
            self.size = size
            wordStep = Array(repeating: -1, count: size)
        }

        /// The shared step for a pattern step, its key words, and what it costs as a key.
        mutating func shared(_ pattern: PatternStep, classKeys: inout ClassKeyWords) -> (index: Int32, keyWords: [Int32], cost: Int)? {
            switch pattern {
            case .gap, .end: return nil
            case .word(let id):
                let known = id >= 0 && Int(id) < size ? wordStep[Int(id)] : -1
                if known >= 0 { return (known, [id], classKeys.cost(id)) }
                let phrase = Int32(wordBounds.count - 1)
                words.append(id)
                wordBounds.append(Int32(words.count))
                steps.append(Step(signature: WordSignature.bit(id), phraseStart: phrase, phraseEnd: phrase + 1))
                if id >= 0 && Int(id) < size { wordStep[Int(id)] = Int32(steps.count - 1) }
                return (Int32(steps.count - 1), [id], classKeys.cost(id))
            case .wordClass(let classIndex):
                let entry = classKeys.entry(Int(classIndex))
                if classStep.count <= Int(classIndex) { classStep += Array(repeating: -1, count: Int(classIndex) + 1 - classStep.count) }
                if classStep[Int(classIndex)] >= 0 { return (classStep[Int(classIndex)], entry.keyWords, entry.cost) }
                let phrase = Int32(wordBounds.count - 1)
                var end = phrase
                if entry.bounds.count - 1 <= RequiredWords.phraseTestLimit {
                    let base = Int32(words.count)
                    words += entry.words
                    for bound in entry.bounds.dropFirst() { wordBounds.append(base + bound) }
                    end = Int32(wordBounds.count - 1)
                }
                let signature = entry.keyWords.reduce(UInt64(0)) { $0 | WordSignature.bit($1) }
                steps.append(Step(signature: signature, phraseStart: phrase, phraseEnd: end))
                classStep[Int(classIndex)] = Int32(steps.count - 1)
                return (Int32(steps.count - 1), entry.keyWords, entry.cost)
            }
        }
    }

    init(rules: [LexiconRule], classKeys: inout ClassKeyWords, vocabularySize size: Int) {
        presenceWords = (size + 63) / 64
        ruleWords = (rules.count + 63) / 64
        var ruleKeys: [[Int32]] = []
        var ruleSteps: [[Int32]] = []
        var ruleSignatures: [UInt64] = [], ruleSignatureBounds: [Int32] = [0]
        ruleKeys.reserveCapacity(rules.count)
        ruleSteps.reserveCapacity(rules.count)
        ruleSignatureBounds.reserveCapacity(rules.count + 1)
        var table = StepTable(vocabularySize: size)
        var found: [(index: Int32, keyWords: [Int32], cost: Int)] = []
        var others: [Int] = []
        for rule in rules {
            found.removeAll(keepingCapacity: true)
            for step in rule.steps {
                if let shared = table.shared(step, classKeys: &classKeys) { found.append(shared) }
            }
            // The first of the cheapest steps is the key.
            let key = found.indices.min { (found[$0].cost, $0) < (found[$1].cost, $1) }
            ruleKeys.append(key.map { found[$0].keyWords } ?? [])
            ruleSteps.append(found.map(\.index))
            // Signatures of the steps besides the key (whose key word is present where the rule is
            // looked at), those of few words first: they are the likeliest to be missing.
            others.removeAll(keepingCapacity: true)
            for index in found.indices where index != key { others.append(index) }
            others.sort { found[$0].keyWords.count < found[$1].keyWords.count }
            for index in others { ruleSignatures.append(table.steps[Int(found[index].index)].signature) }
            ruleSignatureBounds.append(Int32(ruleSignatures.count))
        }
        let steps = table.steps, wordBounds = table.wordBounds, words = table.words
        let stepWords = (steps.count + 63) / 64
        var ruleStepMasks = Array(repeating: UInt64(0), count: rules.count * stepWords)
        for (rule, indices) in ruleSteps.enumerated() {
            for index in indices { ruleStepMasks[rule * stepWords + Int(index) >> 6] |= 1 << (UInt64(index) & 63) }
        }
        var bounds = Array(repeating: Int32(0), count: size + 1)
        for key in ruleKeys { for id in key where id >= 0 && Int(id) < size { bounds[Int(id) + 1] += 1 } }
        for id in 0..<size { bounds[id + 1] += bounds[id] }
        var next = bounds
        var keyRules = Array(repeating: Int32(0), count: Int(bounds[size]))
        for (rule, key) in ruleKeys.enumerated() {
            for id in key where id >= 0 && Int(id) < size {
                keyRules[Int(next[Int(id)])] = Int32(rule)
                next[Int(id)] += 1
            }
        }
        keys = (0..<size).filter { bounds[$0] < bounds[$0 + 1] }.map { Int32($0) }
        keyRuleBounds = bounds
        self.keyRules = keyRules
        self.ruleStepMasks = ruleStepMasks
        self.ruleSignatures = ruleSignatures
        self.ruleSignatureBounds = ruleSignatureBounds
        self.stepWords = stepWords
        self.steps = steps
        self.wordBounds = wordBounds
        self.words = words
    }

    /// Adds to `candidates` (a set of rules, `ruleWords` words) every rule keyed by a token of
    /// `tokens[range]` that finds all the words it needs there. Returns whether it added any.
    /// `keyBit`: the set's bit in `Token.keySets`, which says which tokens are its key words.
    /// `maybe`: `ruleWords` words of scratch, all zero, and left all zero: the caller clears it
    /// once per text instead of once per stretch, since most stretches set none of it.
    /// `firstKey`: the stretch's first key word (the caller found it; none comes before it).
    /// `signature`: the `WordSignature` of the stretch's words (gathered as the caller found
    /// the stretch's ends).
    func addRules(keyedIn range: Range<Int>, firstKey: Int, signature: UInt64, of tokens: UnsafeBufferPointer<Token>, keyBit: UInt8,
                  to candidates: UnsafeMutableBufferPointer<UInt64>, maybe: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        // First the rules whose steps all meet the stretch's signature (`maybe`); only for those
        // is the set of words built and each step's phrases looked at.
        var anyMaybe = false
        // The key words met so far in this stretch (the last four): a key word met again keys
        // the same rules against the same signature, so it adds nothing ("i" twice in a sentence).
        var recent: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)
        keyRuleBounds.withUnsafeBufferPointer { keyRuleBounds in
            keyRules.withUnsafeBufferPointer { keyRules in
                ruleSignatureBounds.withUnsafeBufferPointer { signatureBounds in
                    ruleSignatures.withUnsafeBufferPointer { ruleSignatures in
                        for position in firstKey..<range.upperBound where tokens[position].keySets & keyBit != 0 {
                            let keyID = tokens[position].id
                            if keyID == recent.0 || keyID == recent.1 || keyID == recent.2 || keyID == recent.3 { continue }
                            recent = (keyID, recent.0, recent.1, recent.2)
                            let id = Int(keyID)
                            guard id >= 0, id + 1 < keyRuleBounds.count else { continue }
                            rules: for index in Int(keyRuleBounds[id])..<Int(keyRuleBounds[id + 1]) {
                                let rule = Int(keyRules[index])
                                let bit: UInt64 = 1 << (UInt64(rule) & 63)
                                if (maybe[rule >> 6] | candidates[rule >> 6]) & bit != 0 { continue }
                                for step in Int(signatureBounds[rule])..<Int(signatureBounds[rule + 1]) where ruleSignatures[step] & signature == 0 {
                                    continue rules
                                }
                                maybe[rule >> 6] |= bit
                                anyMaybe = true
                            }
                        }
                    }
                }
            }
        }
        guard anyMaybe else { return false }
        let added = addRules(among: maybe, in: range, of: tokens, signature: signature, to: candidates)
        for word in 0..<ruleWords { maybe[word] = 0 }
        return added
    }

    /// `addRules(keyedIn:firstKey:signature:of:keyBit:to:maybe:)` for the rules in `maybe`, by their steps' phrases.
    private func addRules(among maybe: UnsafeMutableBufferPointer<UInt64>, in range: Range<Int>, of tokens: UnsafeBufferPointer<Token>,
                          signature: UInt64, to candidates: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        // The words present (a bit per vocabulary id), and per step whether it was tested
        // (`tested`) and found (`found`).
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: presenceWords + 2 * stepWords) { scratch in
            let present = UnsafeMutableBufferPointer(rebasing: scratch[0..<presenceWords])
            let tested = UnsafeMutableBufferPointer(rebasing: scratch[presenceWords..<presenceWords + stepWords])
            let found = UnsafeMutableBufferPointer(rebasing: scratch[presenceWords + stepWords..<presenceWords + 2 * stepWords])
            for word in 0..<presenceWords { present[word] = 0 }
            for position in range {
                let id = tokens[position].id
                guard id >= 0 && Int(id) >> 6 < presenceWords else { continue }
                present[Int(id) >> 6] |= 1 << (UInt64(id) & 63)
            }
            for word in 0..<stepWords { tested[word] = 0; found[word] = 0 }
            var added = false
            withPhraseTables { ruleStepMasks, steps, phrases in
                for ruleWord in 0..<ruleWords {
                    var bits = maybe[ruleWord]
                    rules: while bits != 0 {
                        let rule = ruleWord << 6 | bits.trailingZeroBitCount
                        bits &= bits &- 1
                        for word in 0..<stepWords {
                            let needed = ruleStepMasks[rule * stepWords + word]
                            var untested = needed & ~tested[word]
                            while untested != 0 {
                                let step = word << 6 | untested.trailingZeroBitCount
                                let stepBit: UInt64 = 1 << (UInt64(step) & 63)
                                tested[word] |= stepBit
                                if phrases.stepOccurs(steps[step], present: present, signature: signature) { found[word] |= stepBit }
                                else { continue rules }
                                untested &= untested &- 1
                            }
                            if needed & ~found[word] != 0 { continue rules }
                        }
                        candidates[ruleWord] |= 1 << (UInt64(rule) & 63)
                        added = true
                    }
                }
            }
            return added
        }
    }

    /// The tables `addRules(among:in:of:signature:to:)` reads, as buffers (no bounds checks in
    /// the loops over rules, steps and phrases).
    @inline(__always)
    private func withPhraseTables<Result>(_ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<Step>, StepPhrases) -> Result) -> Result {
        ruleStepMasks.withUnsafeBufferPointer { ruleStepMasks in
            steps.withUnsafeBufferPointer { steps in
                wordBounds.withUnsafeBufferPointer { wordBounds in
                    words.withUnsafeBufferPointer { words in
                        body(ruleStepMasks, steps, StepPhrases(wordBounds: wordBounds, words: words))
                    }
                }
            }
        }
    }

    /// The steps' phrases (`wordBounds`, `words`) as buffers.
    private struct StepPhrases {
        let wordBounds: UnsafeBufferPointer<Int32>
        let words: UnsafeBufferPointer<Int32>

        /// Whether all the words of one of the step's phrases are in `present` (for a step of
        /// many phrases: whether its signature meets the stretch's).
        @inline(__always)
        func stepOccurs(_ step: Step, present: UnsafeMutableBufferPointer<UInt64>, signature: UInt64) -> Bool {
            if step.signature & signature == 0 { return false }
            if step.phraseStart == step.phraseEnd { return true }
            phrases: for phrase in Int(step.phraseStart)..<Int(step.phraseEnd) {
                for index in Int(wordBounds[phrase])..<Int(wordBounds[phrase + 1]) {
                    let id = Int(words[index])
                    guard signature & (1 << (UInt64(id) & 63)) != 0,
                          present[id >> 6] & (1 << (UInt64(id) & 63)) != 0 else { continue phrases }
                }
                return true
            }
            return false
        }
    }
}
