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
    /// Rule i's steps are `stepBounds[i] ..< stepBounds[i + 1]` (indices into `phraseBounds`'
    /// groups); step s's phrases are `phraseBounds[s] ..< phraseBounds[s + 1]`; phrase p's words
    /// are `words[wordBounds[p] ..< wordBounds[p + 1]]`.
    private let stepBounds: [Int32]
    private let phraseBounds: [Int32]
    private let wordBounds: [Int32]
    private let words: [Int32]
    /// Step s's key words as a `WordSignature`: a stretch whose signature shares no bit with it
    /// lacks the step.
    private let stepSignatures: [UInt64]
    /// Steps with more phrases than this are tested by signature only (`phraseBounds` gives
    /// them no phrase): going through a class of a hundred phrases costs more than it saves.
    private static let phraseTestLimit = 16
    /// `UInt64`s in a set of vocabulary ids, and in a set of rules.
    let presenceWords: Int
    let ruleWords: Int

    /// What a word costs when a key holds it: a common word makes the key occur nearly everywhere.
    static let commonCost = 1000

    init(rules: [LexiconRule], classKeys: inout ClassKeyWords, vocabularySize size: Int) {
        presenceWords = (size + 63) / 64
        ruleWords = (rules.count + 63) / 64
        var ruleKeys: [[Int32]] = []
        var stepBounds: [Int32] = [0], phraseBounds: [Int32] = [0], wordBounds: [Int32] = [0], words: [Int32] = []
        var stepSignatures: [UInt64] = []
        var steps: [(entry: ClassKeyWords.Entry?, word: Int32, phrases: Int, cost: Int)] = []
        for rule in rules {
            steps.removeAll(keepingCapacity: true)
            for step in rule.steps {
                switch step {
                case .word(let id): steps.append((nil, id, 1, classKeys.cost(id)))
                case .wordClass(let index):
                    let entry = classKeys.entry(Int(index))
                    steps.append((entry, -1, entry.bounds.count - 1, entry.cost))
                case .gap: break
                }
            }
            // The first of the cheapest steps is the key.
            let key = steps.indices.min { (steps[$0].cost, $0) < (steps[$1].cost, $1) }
            ruleKeys.append(key.map { steps[$0].entry?.keyWords ?? [steps[$0].word] } ?? [])
            // Fewest phrases first: those are the cheapest to test, and the most often absent.
            for step in steps.sorted(by: { $0.phrases < $1.phrases }) {
                guard let entry = step.entry else {
                    stepSignatures.append(WordSignature.bit(step.word))
                    words.append(step.word)
                    wordBounds.append(Int32(words.count))
                    phraseBounds.append(Int32(wordBounds.count - 1))
                    continue
                }
                stepSignatures.append(entry.keyWords.reduce(0) { $0 | WordSignature.bit($1) })
                if step.phrases <= Self.phraseTestLimit {
                    let base = Int32(words.count)
                    words += entry.words
                    for bound in entry.bounds.dropFirst() { wordBounds.append(base + bound) }
                }
                phraseBounds.append(Int32(wordBounds.count - 1))
            }
            stepBounds.append(Int32(phraseBounds.count - 1))
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
        self.stepBounds = stepBounds
        self.phraseBounds = phraseBounds
        self.wordBounds = wordBounds
        self.words = words
        self.stepSignatures = stepSignatures
    }

    /// Whether vocabulary id `id` is a key word of some rule.
    @inline(__always)
    func isKey(_ id: Int32) -> Bool {
        id >= 0 && Int(id) + 1 < keyRuleBounds.count && keyRuleBounds[Int(id)] < keyRuleBounds[Int(id) + 1]
    }

    /// Adds to `candidates` (a set of rules, `ruleWords` words) every rule keyed by a token of
    /// `tokens[range]` that finds all the words it needs there. Returns whether it added any.
    func addRules(keyedIn range: Range<Int>, of tokens: UnsafeBufferPointer<Token>,
                  to candidates: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: presenceWords) { present in
            for word in 0..<presenceWords { present[word] = 0 }
            var signature: UInt64 = 0
            for position in range {
                let id = tokens[position].id
                signature |= WordSignature.bit(id)
                if id >= 0 && Int(id) >> 6 < presenceWords { present[Int(id) >> 6] |= 1 << (UInt64(id) & 63) }
            }
            var added = false
            for position in range {
                let id = Int(tokens[position].id)
                guard id >= 0, id + 1 < keyRuleBounds.count else { continue }
                for index in Int(keyRuleBounds[id])..<Int(keyRuleBounds[id + 1]) {
                    let rule = Int(keyRules[index])
                    let bit: UInt64 = 1 << (UInt64(rule) & 63)
                    if candidates[rule >> 6] & bit != 0 || !stepsOccur(ofRule: rule, in: present, signature: signature) { continue }
                    candidates[rule >> 6] |= bit
                    added = true
                }
            }
            return added
        }
    }

    /// Whether, for each step of rule `rule`, all the words of one of its phrases are in `present`
    /// (for a step of many phrases: whether its signature meets the stretch's).
    private func stepsOccur(ofRule rule: Int, in present: UnsafeMutableBufferPointer<UInt64>, signature: UInt64) -> Bool {
        for step in Int(stepBounds[rule])..<Int(stepBounds[rule + 1]) {
            if stepSignatures[step] & signature == 0 { return false }
            if phraseBounds[step] == phraseBounds[step + 1] { continue }
            var found = false
            phrases: for phrase in Int(phraseBounds[step])..<Int(phraseBounds[step + 1]) {
                for index in Int(wordBounds[phrase])..<Int(wordBounds[phrase + 1]) {
                    let id = Int(words[index])
                    guard id >= 0, id >> 6 < present.count, present[id >> 6] & (1 << (UInt64(id) & 63)) != 0 else { continue phrases }
                }
                found = true
                break
            }
            if !found { return false }
        }
        return true
    }
}
