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
    /// The rules one of whose key words is vocabulary id `w`, each once, grouped by the first
    /// step they test (`ruleSteps`): groups `keyGroupBounds[w] ..< keyGroupBounds[w + 1]`; group
    /// g's rules are `keyRules[groupRuleBounds[g] ..< groupRuleBounds[g + 1]]` and its step
    /// `groupSteps[g]`. A step missing from a stretch rules out its whole group with one test
    /// ("asked" keys 28 reassurance rules, and is in one stretch of eight of the corpus).
    private let keyGroupBounds: [Int32]
    private let groupSteps: [Int32]
    private let groupRuleBounds: [Int32]
    private let keyRules: [Int32]
    /// The distinct steps rule i needs: `ruleSteps[ruleStepBounds[i] ..< ruleStepBounds[i + 1]]`,
    /// those of few key words first (the likeliest to be missing) and its key last (its key word
    /// is present wherever the rule is looked at). Steps are shared between rules ("asked" keys a
    /// dozen reassurance rules that need `{ask}`, `{okay}` …), so each is tested at most once
    /// per stretch, and a rule whose steps are all known costs a bit test a step.
    private let ruleStepBounds: [Int32]
    private let ruleSteps: [Int32]
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
        var ruleSteps: [Int32] = [], ruleStepBounds: [Int32] = [0]
        ruleKeys.reserveCapacity(rules.count)
        ruleStepBounds.reserveCapacity(rules.count + 1)
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
            // The steps besides the key, those of few words first: they are the likeliest to be
            // missing. Then the key (a class key's key word does not make all of a phrase present).
            others.removeAll(keepingCapacity: true)
            for index in found.indices where index != key { others.append(index) }
            others.sort { found[$0].keyWords.count < found[$1].keyWords.count }
            if let key { others.append(key) }
            for index in others where !ruleSteps[Int(ruleStepBounds.last!)...].contains(found[index].index) {
                ruleSteps.append(found[index].index)
            }
            ruleStepBounds.append(Int32(ruleSteps.count))
        }
        let steps = table.steps, wordBounds = table.wordBounds, words = table.words
        let stepWords = (steps.count + 63) / 64
        // `StepTests` notes which words of its step sets it wrote in one `UInt64`.
        precondition(stepWords <= 64, "more than 4,096 distinct steps in one rule set")
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
        var keyGroupBounds: [Int32] = [0], groupSteps: [Int32] = [], groupRuleBounds: [Int32] = [0]
        keyGroupBounds.reserveCapacity(size + 1)
        let firstSteps = (0..<rules.count).map { ruleStepBounds[$0] < ruleStepBounds[$0 + 1] ? ruleSteps[Int(ruleStepBounds[$0])] : -1 }
        for id in 0..<size {
            let slice = Int(bounds[id])..<Int(bounds[id + 1])
            if slice.count > 1 { keyRules[slice].sort { (firstSteps[Int($0)], $0) < (firstSteps[Int($1)], $1) } }
            for index in slice {
                let first = firstSteps[Int(keyRules[index])]
                if index == slice.lowerBound || groupSteps.last != first {
                    if index != slice.lowerBound { groupRuleBounds.append(Int32(index)) }
                    groupSteps.append(first)
                }
            }
            if !slice.isEmpty { groupRuleBounds.append(Int32(slice.upperBound)) }
            keyGroupBounds.append(Int32(groupSteps.count))
        }
        self.keyGroupBounds = keyGroupBounds
        self.groupSteps = groupSteps
        self.groupRuleBounds = groupRuleBounds
        self.keyRules = keyRules
        self.ruleSteps = ruleSteps
        self.ruleStepBounds = ruleStepBounds
        self.stepWords = stepWords
        self.steps = steps
        self.wordBounds = wordBounds
        self.words = words
    }

    /// `UInt64`s of scratch `addRules` needs: which steps were tested and found (the first
    /// `zeroedScratchWords`, which must be zero before its first call), and the stretch's words.
    var scratchWords: Int { 2 * stepWords + presenceWords }
    var zeroedScratchWords: Int { 2 * stepWords }

    /// Adds to `candidates` (a set of rules, `ruleWords` words) every rule keyed by a token of
    /// `tokens[range]` that finds all the words it needs there. Returns whether it added any.
    /// `keyBit`: the set's bit in `Token.keySets`, which says which tokens are its key words.
    /// `firstKey`: the stretch's first key word (the caller found it; none comes before it).
    /// `signature`: the `WordSignature` of the stretch's words (gathered as the caller found
    /// the stretch's ends). `scratch`: `scratchWords` words, the first `zeroedScratchWords` zero
    /// before the first call and left so by each (only the words a stretch wrote are cleared).
    func addRules(keyedIn range: Range<Int>, firstKey: Int, signature: UInt64, of tokens: UnsafeBufferPointer<Token>, keyBit: UInt8,
                  to candidates: UnsafeMutableBufferPointer<UInt64>, scratch: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        // A key word's rules come grouped by their first step, which may rule out the whole group
        // at once; then a rule's other steps, in order. Each step is tested at most once per
        // stretch (`StepTests`), first by its signature, by its words only if that passes. One
        // pass, where a pass by signatures and a second by words went through every surviving
        // rule's steps twice.
        // (A rule ruled out by one key word is tried again if another keys it: its steps'
        // answers are known by then, and remembering costs a set to clear per stretch.)
        let stepWords = stepWords
        var tests = StepTests(tested: UnsafeMutableBufferPointer(rebasing: scratch[0..<stepWords]),
                              found: UnsafeMutableBufferPointer(rebasing: scratch[stepWords..<2 * stepWords]),
                              present: UnsafeMutableBufferPointer(rebasing: scratch[(2 * stepWords)...]),
                              range: range, tokens: tokens, signature: signature)
        var added = false
        // The key words met so far in this stretch (the last four): a key word met again keys
        // the same rules, so it adds nothing ("i" twice in a sentence).
        var recent: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)
        withPhraseTables { tables in
            for position in firstKey..<range.upperBound where tokens[position].keySets & keyBit != 0 {
                let keyID = tokens[position].id
                if keyID == recent.0 || keyID == recent.1 || keyID == recent.2 || keyID == recent.3 { continue }
                recent = (keyID, recent.0, recent.1, recent.2)
                let id = Int(keyID)
                guard id >= 0, id + 1 < tables.keyGroupBounds.count else { continue }
                for group in Int(tables.keyGroupBounds[id])..<Int(tables.keyGroupBounds[id + 1]) {
                    guard tests.occurs(Int(tables.groupSteps[group]), tables) else { continue }
                    rules: for index in Int(tables.groupRuleBounds[group])..<Int(tables.groupRuleBounds[group + 1]) {
                        let rule = Int(tables.keyRules[index])
                        let bit: UInt64 = 1 << (UInt64(rule) & 63)
                        if candidates[rule >> 6] & bit != 0 { continue }
                        // (The first step is the group's.)
                        for stepIndex in Int(tables.ruleStepBounds[rule]) + 1..<Int(tables.ruleStepBounds[rule + 1])
                        where !tests.occurs(Int(tables.ruleSteps[stepIndex]), tables) {
                            continue rules
                        }
                        candidates[rule >> 6] |= bit
                        added = true
                    }
                }
            }
        }
        tests.clear()
        return added
    }

    /// Which steps a stretch holds, each tested once: `tested` and `found` (`stepWords` words,
    /// zero at first, left zero by `clear()`), and the set of the stretch's words (`present`),
    /// made only when a step's phrases are looked at.
    private struct StepTests {
        let tested: UnsafeMutableBufferPointer<UInt64>
        let found: UnsafeMutableBufferPointer<UInt64>
        let present: UnsafeMutableBufferPointer<UInt64>
        let range: Range<Int>
        let tokens: UnsafeBufferPointer<Token>
        let signature: UInt64
        var presentIsMade = false
        /// The words of `tested` written to (bit i: word i).
        var testedWords: UInt64 = 0

        @inline(__always)
        mutating func occurs(_ step: Int, _ tables: Tables) -> Bool {
            let stepBit: UInt64 = 1 << (UInt64(step) & 63)
            if tested[step >> 6] & stepBit != 0 { return found[step >> 6] & stepBit != 0 }
            tested[step >> 6] |= stepBit
            testedWords |= 1 << (UInt64(step >> 6) & 63)
            let info = tables.steps[step]
            guard info.signature & signature != 0 else { return false }
            if info.phraseStart != info.phraseEnd {
                if !presentIsMade {
                    for word in present.indices { present[word] = 0 }
                    for position in range {
                        let id = tokens[position].id
                        guard id >= 0 && Int(id) >> 6 < present.count else { continue }
                        present[Int(id) >> 6] |= 1 << (UInt64(id) & 63)
                    }
                    presentIsMade = true
                }
                guard tables.phrasesOccur(info, present: present, signature: signature) else { return false }
            }
            found[step >> 6] |= stepBit
            return true
        }

        /// Zeroes the words of `tested` and `found` that were written.
        func clear() {
            var words = testedWords
            while words != 0 {
                let word = words.trailingZeroBitCount
                tested[word] = 0
                found[word] = 0
                words &= words &- 1
            }
        }
    }

    /// The tables `addRules` reads, as buffers (no bounds checks in the loops over rules, steps
    /// and phrases).
    private struct Tables {
        let keyGroupBounds: UnsafeBufferPointer<Int32>
        let groupSteps: UnsafeBufferPointer<Int32>
        let groupRuleBounds: UnsafeBufferPointer<Int32>
        let keyRules: UnsafeBufferPointer<Int32>
        let ruleStepBounds: UnsafeBufferPointer<Int32>
        let ruleSteps: UnsafeBufferPointer<Int32>
        let steps: UnsafeBufferPointer<Step>
        let wordBounds: UnsafeBufferPointer<Int32>
        let words: UnsafeBufferPointer<Int32>

        /// Whether all the words of one of the step's phrases are in `present`.
        @inline(__always)
        func phrasesOccur(_ step: Step, present: UnsafeMutableBufferPointer<UInt64>, signature: UInt64) -> Bool {
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

    @inline(__always)
    private func withPhraseTables<Result>(_ body: (Tables) -> Result) -> Result {
        keyGroupBounds.withUnsafeBufferPointer { keyGroupBounds in
            groupSteps.withUnsafeBufferPointer { groupSteps in
                groupRuleBounds.withUnsafeBufferPointer { groupRuleBounds in
                    keyRules.withUnsafeBufferPointer { keyRules in
                        ruleStepBounds.withUnsafeBufferPointer { ruleStepBounds in
                            ruleSteps.withUnsafeBufferPointer { ruleSteps in
                                steps.withUnsafeBufferPointer { steps in
                                    wordBounds.withUnsafeBufferPointer { wordBounds in
                                        words.withUnsafeBufferPointer { words in
                                            body(Tables(keyGroupBounds: keyGroupBounds, groupSteps: groupSteps,
                                                        groupRuleBounds: groupRuleBounds, keyRules: keyRules,
                                                        ruleStepBounds: ruleStepBounds, ruleSteps: ruleSteps, steps: steps,
                                                        wordBounds: wordBounds, words: words))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
