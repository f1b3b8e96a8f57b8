/// Finds reassurance-seeking described in prose ("asked him again if we're okay", "texted her
/// to check we were fine", "called my sister to ask if I was being crazy", a message quoted as
/// sent: texted "are we ok?"), so the summary can count acts the writer did not log as fields.
/// Acts that did not happen ("I wanted to ask but waited"), were done by someone else ("she
/// asked me if I was okay") or were negated ("I didn't ask") are not counted.
public struct ReassuranceDetector: Sendable {
    let lexicon: CompiledLexicon

    public init() { lexicon = .shared }

    /// The acts described in one paragraph or list item, in text order.
    public func acts(in text: String) -> [ReassuranceMatch] {
        acts(in: TextAnalysis(lexicon: lexicon, text: lexicon.tokenizer.tokenize(text)))
    }

    /// A `reassurance:` field's text read as one ask: who was asked and what about (to compare
    /// with the acts told in prose), and the count it gives the day ("asked him 3 times": 3).
    public func fieldAsk(_ text: String) -> ReassuranceMatch {
        let analysis = TextAnalysis(lexicon: lexicon, text: lexicon.tokenizer.tokenize(text))
        let all = 0..<analysis.tokens.count
        return ReassuranceMatch(utf8Range: 0..<text.utf8.count, cue: "", atLeast: impliedCount(in: all, in: analysis),
                                topic: topic(of: all, asking: nil, in: analysis))
    }

    /// The acts described in a text already tokenised with this detector's lexicon.
    func acts(in analysis: TextAnalysis) -> [ReassuranceMatch] {
        let cues = analysis.matches(of: lexicon.reassurance)
        guard !cues.isEmpty else { return [] }
        let context = lexicon.context
        var accepted: [(match: ReassuranceMatch, cue: Range<Int>)] = []
        for cue in cues {
            let match = cue.match
            // Someone else's words ("she said 'did you ask him again?'"); but a message quoted
            // as the writer sent it (texted "are we ok?") is an ask: the verb is the writer's.
            if analysis.tokens[match.start].quoted { continue }
            let scope = cue.clause.lowerBound..<match.start
            if analysis.occurs(context.negator, in: scope) || analysis.occurs(context.notActed, in: scope, limit: match.end) { continue }
            if match.start + 1 < analysis.tokens.count,
               lexicon.classes[context.selfObject].containsWord(analysis.tokens[match.start + 1].id) { continue }
            if !writerIsSubject(of: cue, in: analysis) { continue }
            let topic = topic(of: cue.clause, asking: match, in: analysis)
            // Several rules match one ask ("asked him again if we're okay"), and one clause can
            // tell two ("asked him if we're okay and then called my sister to ask if I was being
            // crazy"): an overlapping match, or one in the same clause about the same ask, is
            // the same act.
            if accepted.contains(where: { previous in
                previous.cue.overlaps(match.start..<match.end)
                    || (previous.cue.overlaps(cue.clause) && previous.match.topic.isSameAsk(as: topic))
            }) { continue }
            var span = cue.clause
            if let previous = accepted.last, previous.cue.overlaps(span) { span = max(span.lowerBound, match.start)..<span.upperBound }
            accepted.append((ReassuranceMatch(utf8Range: analysis.byteRange(span), cue: analysis.cueText(match),
                                              atLeast: impliedCount(in: analysis.sentenceRange(cue.sentence, around: match.start..<match.end), in: analysis),
                                              topic: topic), cue.clause))
        }
        let found = accepted.map(\.match)
        // Sorted only when there are two or more: sorting copies even a list of one.
        return found.count < 2 ? found : found.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    }

    /// The nearest subject pronoun before the act is "I", or there is none ("Asked again.").
    private func writerIsSubject(of cue: CueMatch, in analysis: TextAnalysis) -> Bool {
        let subject = lexicon.classes[lexicon.context.subject]
        let firstPerson = lexicon.classes[lexicon.context.firstPerson]
        let sentence = analysis.sentenceRange(cue.sentence, around: cue.match.start..<cue.match.end)
        var position = cue.match.start - 1
        while position >= sentence.lowerBound {
            let id = analysis.tokens[position].id
            if subject.containsWord(id) { return firstPerson.containsWord(id) }
            position -= 1
        }
        return true
    }

    /// "For the third time tonight", "4 times", "again and again": the largest `times-N` count in
    /// `range` (the act's sentence), unless it counts a week or a run of days ("third time this
    /// week").
    private func impliedCount(in range: Range<Int>, in analysis: TextAnalysis) -> Int {
        let context = lexicon.context
        let classes = lexicon.classes
        var best = 1
        for position in range {
            for (count, classIndex) in context.times where count > best {
                guard let end = classes.longestMatch(classIndex, in: analysis.tokens, at: position, limit: range.upperBound) else { continue }
                if end < range.upperBound, classes.longestMatch(context.timesNotToday, in: analysis.tokens, at: end, limit: range.upperBound) != nil { continue }
                best = count
            }
        }
        return best
    }

    /// Who was asked (the word after the asking verb: a name, "my sister", "him") and the words
    /// of `range` that say what about.
    private func topic(of range: Range<Int>, asking match: PatternMatcher.Match?, in analysis: TextAnalysis) -> ReassuranceTopic {
        let tokens = analysis.tokens
        let classes = lexicon.classes
        let context = lexicon.context
        let ask = classes[context.ask]
        let filler = classes[context.reassuranceFiller]
        let personObject = classes[context.personObject]
        var words = Set<UInt64>()
        var addressee: ReassuranceTopic.Addressee?
        let verb = (match.map { $0.start..<$0.end } ?? range).first { ask.containsWord(tokens[$0].id) }
            ?? range.first { ask.containsWord(tokens[$0].id) }
        if let verb {
            let vocabulary = lexicon.vocabulary
            let again = vocabulary.id(of: "again"), my = vocabulary.id(of: "my"), the = vocabulary.id(of: "the")
            var next = verb + 1
            while next < range.upperBound, tokens[next].id == again { next += 1 }
            if next < range.upperBound, tokens[next].breakBefore == .none {
                let id = tokens[next].id
                if personObject.containsWord(id) && filler.containsWord(id) {
                    addressee = .pronoun(id) // "him", "her"
                } else if id == my || id == the {
                    if next + 1 < range.upperBound, tokens[next + 1].breakBefore == .none { addressee = .named(tokens[next + 1].hash) }
                } else if !filler.containsWord(id), !ask.containsWord(id) {
                    addressee = .named(tokens[next].hash) // a name
                }
            }
        }
        for position in range where !filler.containsWord(tokens[position].id) && !ask.containsWord(tokens[position].id) {
            words.insert(tokens[position].hash)
        }
        return ReassuranceTopic(addressee: addressee, words: words)
    }
}
