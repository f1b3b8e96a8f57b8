/// A tokenised text plus the questions the context rules ask of it: where a clause starts,
/// whether a word class occurs in a stretch of words, what a match's span and cue are.
struct TextAnalysis {
    let lexicon: CompiledLexicon
    let text: TokenizedText
    let matcher: PatternMatcher

    init(lexicon: CompiledLexicon, text: TokenizedText) {
        self.lexicon = lexicon
        self.text = text
        matcher = lexicon.matcher(for: text.tokens)
    }

    var tokens: [Token] { text.tokens }
    var context: ContextClasses { lexicon.context }

    /// Every match of `rules`, each with its sentence and clause, in text order (and rule order
    /// at one position). A rule never crosses punctuation, so each is tried only up to the next
    /// break; only in a stretch between breaks that holds one of its key words and every word it
    /// needs (`RequiredWords`); and only when the classes it needs after its first step start
    /// in that stretch.
    @inline(__always)
    func matches(of rules: RuleSet) -> [CueMatch] {
        // No token is a key word of these rules: nothing to do (most paragraphs of a journal).
        // Tested inline, so that skipping a rule set costs no call.
        guard mayMatch(rules) else { return [] }
        return keyedMatches(of: rules)
    }

    /// Whether some token is a key word of `rules`: when not, `matches(of:)` is empty, and so is
    /// what every detector finds with those rules.
    @inline(__always)
    func mayMatch(_ rules: RuleSet) -> Bool { text.anchors & rules.anchorBit != 0 }

    /// `matches(of:)` when some token is a key word of `rules`.
    @inline(never)
    private func keyedMatches(of rules: RuleSet) -> [CueMatch] {
        let width = rules.classMaskWords
        precondition(rules.vocabularySize == lexicon.vocabulary.count, "a rule set of another lexicon")
        let ruleWords = rules.required.ruleWords
        // The stretch's class mask, its rule set and `RequiredWords`' scratch live on the stack
        // (see docs/benchmarks.md). `keyed` is cleared only after a stretch set something in it:
        // most stretches set nothing.
        let requiredScratch = rules.required.scratchWords
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: width + ruleWords + requiredScratch) { scratch in
            let classes = UnsafeMutableBufferPointer(rebasing: scratch[0..<width])
            let keyed = UnsafeMutableBufferPointer(rebasing: scratch[width..<width + ruleWords])
            let wordScratch = UnsafeMutableBufferPointer(rebasing: scratch[(width + ruleWords)...])
            UnsafeMutableBufferPointer(rebasing: scratch[width..<width + ruleWords + rules.required.zeroedScratchWords]).update(repeating: 0)
            var keyedIsClear = true
            var found: [CueMatch] = []
            let tokens = text.tokens
            let bit = rules.anchorBit
            let stop = rules.stretchBreak.rawValue
            var matcher = matcher
            matcher.gapStop = rules.gapStop
            rules.withMatcherTables { allSteps, checks, required, startsRule, startMasks in
                tokens.withUnsafeBufferPointer { tokenBuffer in
                    let count = tokenBuffer.count
                    // Token by token only to find a key word of the set (most tokens are none);
                    // from there the stretch is widened back and forward to its breaks.
                    var position = 0
                    var floor = 0 // where the last stretch looked at ended: a break, or the first token
                    while position < count {
                        if tokenBuffer[position].keySets & bit == 0 { position &+= 1; continue }
                        // The stretch's `WordSignature` is gathered on the way.
                        let firstKey = position
                        var signature = WordSignature.bit(tokenBuffer[position].id)
                        var segmentStart = position
                        while segmentStart > floor, tokenBuffer[segmentStart].breakBefore.rawValue < stop {
                            segmentStart &-= 1
                            signature |= WordSignature.bit(tokenBuffer[segmentStart].id)
                        }
                        var segmentEnd = position &+ 1
                        while segmentEnd < count, tokenBuffer[segmentEnd].breakBefore.rawValue < stop {
                            signature |= WordSignature.bit(tokenBuffer[segmentEnd].id)
                            segmentEnd &+= 1
                        }
                        floor = segmentEnd
                        position = segmentEnd
                        if !keyedIsClear {
                            for word in 0..<ruleWords { keyed[word] = 0 }
                            keyedIsClear = true
                        }
                        guard rules.required.addRules(keyedIn: segmentStart..<segmentEnd, firstKey: firstKey, signature: signature,
                                                      of: tokenBuffer, keyBit: bit,
                                                      to: keyed, scratch: wordScratch) else { continue }
                        keyedIsClear = false
                        var words: UInt64 = 0
                        var masked = false
                        // At each word that starts some rule, the keyed rules (a few) that start
                        // with it, in rule order: the order of the word's candidates, of which
                        // the keyed ones are a small minority.
                        for position in segmentStart..<segmentEnd {
                            let id = Int(tokenBuffer[position].id)
                            guard id >= 0, id < startsRule.count, startsRule[id] else { continue }
                            for ruleWord in 0..<ruleWords {
                                var bits = keyed[ruleWord]
                                keyedRules: while bits != 0 {
                                    let rule = ruleWord << 6 | bits.trailingZeroBitCount
                                    bits &= bits &- 1
                                    let check = checks[rule]
                                    guard startsWith(check, Int32(truncatingIfNeeded: id)) else { continue }
                                    if check.needsClause {
                                        if !masked {
                                            words = wordsAndClassesStarting(in: position..<segmentEnd, of: tokenBuffer, startMasks: startMasks, into: classes)
                                            masked = true
                                        }
                                        // Every word and class the rule needs after its first step must start in the stretch.
                                        if check.requiredWords & ~words != 0 { continue }
                                        let base = rule * width
                                        for word in 0..<width where required[base + word] & ~classes[word] != 0 { continue keyedRules }
                                    }
                                    let steps = UnsafeBufferPointer(rebasing: allSteps[Int(check.stepStart)..<Int(check.stepEnd)])
                                    guard let match = matcher.match(steps, at: position, limit: segmentEnd) else { continue }
                                    let sentence = Int(tokenBuffer[position].sentence)
                                    found.append(CueMatch(rule: rules.rules[rule], match: match, sentence: sentence,
                                                          clause: clause(around: match.start..<match.end, sentence: sentence)))
                                }
                            }
                        }
                    }
                }
            }
            return found
        }
    }

    /// Whether a rule (its `RuleSet.RuleCheck`) can start with word `id`: exactly the words
    /// `RuleSet.forEachFirstWord` lists for it.
    @inline(__always)
    private func startsWith(_ check: RuleSet.RuleCheck, _ id: Int32) -> Bool {
        switch check.firstKind {
        case .word: return check.firstValue == id
        case .wordClass: return lexicon.classes.mayStart(Int(check.firstValue), with: id)
        case .none: return false
        }
    }

    /// Sets `mask` (`RuleSet.classMaskWords` words) to the set's needed classes that have a
    /// phrase starting somewhere in `range` (`startMasks`: `RuleSet.classStartMasks`), and
    /// returns the `WordSignature` of its words. Reads buffers, as the matcher's loop does (no
    /// bounds checks per word and class word).
    private func wordsAndClassesStarting(in range: Range<Int>, of tokens: UnsafeBufferPointer<Token>,
                                         startMasks: UnsafeBufferPointer<UInt64>, into mask: UnsafeMutableBufferPointer<UInt64>) -> UInt64 {
        let width = mask.count
        for word in 0..<width { mask[word] = 0 }
        var words: UInt64 = 0
        for position in range {
            let id = tokens[position].id
            guard id >= 0 else { continue }
            words |= WordSignature.bit(id)
            let base = Int(id) * width
            for word in 0..<width { mask[word] |= startMasks[base + word] }
        }
        return words
    }

    /// The clause holding `range`: widened to punctuation or a conjunction on either side.
    func clause(around range: Range<Int>, sentence: Int) -> Range<Int> {
        let bounds = sentenceRange(sentence, around: range)
        let conjunction = lexicon.classes[context.conjunction]
        var start = range.lowerBound
        while start > bounds.lowerBound, tokens[start].breakBefore == .none,
              !conjunction.containsWord(tokens[start - 1].id) { start -= 1 }
        // A clock time opening the clause is when, not what ("9:30 he is going to leave me").
        while start < range.lowerBound, tokens[start].isClockTime { start += 1 }
        var end = max(range.upperBound, range.lowerBound + 1)
        while end < bounds.upperBound, tokens[end].breakBefore == .none,
              !conjunction.containsWord(tokens[end].id) { end += 1 }
        return start..<end
    }

    /// Whether a phrase of word class `classIndex` starts anywhere in `range` at a token not in
    /// `excluded`, and ends within `limit`.
    func occurs(_ classIndex: Int, in range: Range<Int>, excluding excluded: [Int] = [], limit: Int? = nil) -> Bool {
        let limit = limit ?? range.upperBound
        for position in range where !excluded.contains(position) {
            if let end = lexicon.classes.longestMatch(classIndex, in: tokens, at: position, limit: limit),
               !(position..<end).contains(where: { excluded.contains($0) }) { return true }
        }
        return false
    }

    /// Whether sentence `index` opens with a phrase of the class (allowing one leading word
    /// such as "but" or "and").
    func sentence(_ index: Int, opensWith classIndex: Int) -> Bool {
        guard index < text.sentences.count else { return false }
        let range = text.sentences[index].tokens
        return occurs(classIndex, in: range.lowerBound..<min(range.lowerBound + 2, range.upperBound), limit: range.upperBound)
    }

    /// Whether sentence `index` is nothing but a phrase of the class ("No.", "Of course not.").
    func sentence(_ index: Int, isEntirely classIndex: Int) -> Bool {
        guard index < text.sentences.count else { return false }
        let range = text.sentences[index].tokens
        guard !range.isEmpty else { return false }
        return lexicon.classes[classIndex].longestMatch(in: tokens, at: range.lowerBound, limit: range.upperBound) == range.upperBound
    }

    /// How far, in words, context rules look around a cue. Keeps the work per cue constant, so a
    /// paragraph with no punctuation and many cues stays linear; a clause longer than this is
    /// reported cut to this many words either side.
    static let contextWindow = 40

    /// Sentence `index`, clipped to the context window around `range`.
    func sentenceRange(_ index: Int, around range: Range<Int>) -> Range<Int> {
        let sentence = text.sentences[index].tokens
        let lower = max(sentence.lowerBound, range.lowerBound - Self.contextWindow)
        let upper = min(sentence.upperBound, max(range.upperBound, lower) + Self.contextWindow)
        return lower..<max(lower, upper)
    }

    /// The first words of sentence `index`, up to the context window.
    func sentenceOpening(_ index: Int) -> Range<Int> {
        let sentence = text.sentences[index].tokens
        return sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + Self.contextWindow)
    }

    /// UTF-8 byte range of a token range.
    func byteRange(_ range: Range<Int>) -> Range<Int> {
        Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
    }

    /// The cue in words: the consumed tokens, with "…" where the pattern skipped words.
    /// Written straight into the string's storage, sized beforehand.
    func cueText(_ match: PatternMatcher.Match) -> String {
        // At most: each word, or "…" (3 bytes), with "… " before it (4) and a space (1).
        var capacity = 0
        for index in match.consumed { capacity += max(3, lexicon.vocabulary.length(of: tokens[index].id)) + 5 }
        return String(unsafeUninitializedCapacity: max(capacity, 1)) { buffer in
            let base = buffer.baseAddress!
            var count = 0
            var previous: Int?
            for index in match.consumed {
                if count > 0 { base[count] = 0x20; count += 1 }
                if let previous, index > previous + 1 { // "… "
                    base[count] = 0xE2; base[count + 1] = 0x80; base[count + 2] = 0xA6; base[count + 3] = 0x20
                    count += 4
                }
                count += lexicon.vocabulary.copyWord(tokens[index].id, to: base + count)
                previous = index
            }
            return count
        }
    }

    func isQuoted(_ match: PatternMatcher.Match) -> Bool {
        match.consumed.contains { tokens[$0].quoted }
    }

    /// Token positions covered by an `except` look-alike (and, for crisis wording, by a
    /// `not-crisis` one).
    func exceptionCoverage(forCrisis: Bool = false) -> PositionSet {
        var covered = PositionSet()
        for found in matches(of: lexicon.exceptions) {
            covered.mark(found.match.start..<found.match.end)
        }
        if forCrisis {
            for found in matches(of: lexicon.crisisExceptions) {
                covered.mark(found.match.start..<found.match.end)
            }
        }
        return covered
    }

    /// Token ranges of user-ignored phrases, matched on word boundaries.
    func occurrences(ofPhrases phrases: [[UInt64]]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for phrase in phrases where !phrase.isEmpty {
            var position = 0
            while position + phrase.count <= tokens.count {
                if tokens[position].hash == phrase[0],
                   phrase.indices.allSatisfy({ tokens[position + $0].hash == phrase[$0] }) {
                    ranges.append(position..<position + phrase.count)
                }
                position += 1
            }
        }
        return ranges
    }
}
