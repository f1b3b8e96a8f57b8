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
        fieldAsk(in: TextAnalysis(lexicon: lexicon, text: lexicon.tokenizer.tokenize(text)), utf8Count: text.utf8.count)
    }

    /// `fieldAsk(_:)` of a field already tokenised with this detector's lexicon (`ThoughtScanner`
    /// reads a field once for this and for crisis wording).
    /// `withTopic`: false leaves the topic `.unknown`, for a caller that compares it with nothing.
    func fieldAsk(in analysis: TextAnalysis, utf8Count: Int, withTopic: Bool = true) -> ReassuranceMatch {
        let all = 0..<analysis.tokens.count
        return ReassuranceMatch(utf8Range: 0..<utf8Count, cue: "", atLeast: impliedCount(in: all, in: analysis),
                                topic: withTopic ? topic(of: all, askedFrom: 0, in: analysis) : .unknown)
    }

    /// The acts described in a text already tokenised with this detector's lexicon.
    func acts(in analysis: TextAnalysis) -> [ReassuranceMatch] {
        let cues = analysis.matches(of: lexicon.reassurance)
        guard !cues.isEmpty else { return [] }
        let context = lexicon.context
        var accepted: [(match: ReassuranceMatch, words: Range<Int>, clause: Range<Int>)] = []
        for cue in cues {
            let match = cue.match
            // Someone else's words ("she said 'did you ask him again?'"); but a message quoted
            // as the writer sent it (texted "are we ok?") is an ask: the verb is the writer's.
            if analysis.tokens[match.start].quoted { continue }
            if isMessageFromOther(cue, in: analysis) { continue }
            let scope = cue.clause.lowerBound..<match.start
            if analysis.occurs(context.negator, in: scope) || analysis.occurs(context.notActed, in: scope, limit: match.end) { continue }
            if match.start + 1 < analysis.tokens.count,
               lexicon.classes[context.selfObject].containsWord(analysis.tokens[match.start + 1].id) { continue }
            if asksTheWriter(match, in: analysis) || asksAService(cue, in: analysis) || asksAboutHealth(match, in: analysis)
                || !writerIsSubject(of: cue, in: analysis) { continue }
            let topic = topic(of: match.start..<match.end, askedFrom: max(cue.clause.lowerBound, match.start - 6), in: analysis)
            // Several rules match one ask ("asked him again if we're okay"), and one clause can
            // tell two ("asked him if we're okay and then called my sister to ask if I was being
            // crazy"): an overlapping match, or one in the same clause about the same ask, is
            // the same act.
            // Only the acts that start near this clause can overlap it (clauses and matches are
            // bounded by the context window): a paragraph of thousands of acts stays linear.
            let reach = cue.clause.lowerBound - 3 * TextAnalysis.contextWindow
            if accepted.reversed().prefix(while: { $0.words.lowerBound >= reach }).contains(where: { previous in
                previous.words.overlaps(match.start..<match.end)
                    || (previous.clause.overlaps(cue.clause) && previous.match.topic.isSameAsk(as: topic))
            }) { continue }
            var span = cue.clause
            if let previous = accepted.last, previous.clause.overlaps(span) { span = max(span.lowerBound, match.start)..<span.upperBound }
            accepted.append((ReassuranceMatch(utf8Range: analysis.byteRange(span), cue: analysis.cueText(match),
                                              atLeast: impliedCount(in: analysis.sentenceRange(cue.sentence, around: match.start..<match.end), in: analysis),
                                              topic: topic), match.start..<match.end, cue.clause))
        }
        let found = accepted.map(\.match)
        // Sorted only when there are two or more: sorting copies even a list of one.
        return found.count < 2 ? found : found.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    }

    /// The nearest subject pronoun before the act in its clause is "I", or there is none
    /// ("Asked again.", "…, then asked my mom if I was being too needy"): a comma, "and" or a
    /// conjunction starts a clause with its own subject ("I asked Jake if he was mad, then …").
    /// An asking verb with "me" after it on the way is someone else asking, and so is a person
    /// who opens the clause right before the act's verbs ("my mum asked if I was upset", "my
    /// friend kept asking", "then my brother rang to ask"; not "texted my ex to ask", "had
    /// dinner with my boyfriend asked him", "told my mum and asked").
    private func writerIsSubject(of cue: CueMatch, in analysis: TextAnalysis) -> Bool {
        let classes = lexicon.classes
        let subject = classes[lexicon.context.subject]
        let firstPerson = classes[lexicon.context.firstPerson]
        let coordinator = classes[lexicon.context.coordinator]
        let conjunction = classes[lexicon.context.conjunction]
        let ask = classes[lexicon.context.ask]
        let filler = classes[lexicon.context.reassuranceFiller]
        let selfObject = classes[lexicon.context.selfObject]
        let sentence = analysis.sentenceRange(cue.sentence, around: cue.match.start..<cue.match.end)
        let tokens = analysis.tokens
        // Where the act's verbs start ("rang to ask", "kept asking"): asking verbs and the small
        // words between them (two at most, as in "rang to ask"), never a subject or a word that
        // opens a clause.
        var verbs = cue.match.start
        while verbs > sentence.lowerBound, verbs > cue.match.start - 3, tokens[verbs].breakBefore == .none {
            let id = tokens[verbs - 1].id
            let joinsVerbs = ask.containsWord(id)
                || filler.containsWord(id) && !subject.containsWord(id) && !coordinator.containsWord(id) && !conjunction.containsWord(id)
            guard joinsVerbs else { break }
            verbs -= 1
        }
        if personOpensClause(endingAt: verbs, sentence: sentence, in: analysis) { return false }
        var position = cue.match.start - 1
        while position >= sentence.lowerBound, tokens[position + 1].breakBefore == .none {
            let id = tokens[position].id
            if subject.containsWord(id) { return firstPerson.containsWord(id) }
            // "my friend keeps texting me asking if I'm okay": the friend asks.
            if ask.containsWord(id), selfObject.containsWord(tokens[position + 1].id) { return false }
            if coordinator.containsWord(id) || conjunction.containsWord(id) { return true }
            position -= 1
        }
        return true
    }

    /// Whether a `person` phrase ("my mum", "everyone") ends at `end` and opens its clause: it
    /// starts the sentence, follows a clause break, "and", "then" or a conjunction. A person
    /// after a verb or a preposition is an object ("texted my ex", "with my sister"). Person
    /// phrases are at most four words long.
    private func personOpensClause(endingAt end: Int, sentence: Range<Int>, in analysis: TextAnalysis) -> Bool {
        let classes = lexicon.classes
        let tokens = analysis.tokens
        for start in max(sentence.lowerBound, end - 4)..<end
        where classes.longestMatch(lexicon.context.person, in: tokens, at: start, limit: end) == end {
            guard tokens[(start + 1)..<max(start + 1, end)].allSatisfy({ $0.breakBefore == .none }) else { continue }
            if start == sentence.lowerBound || tokens[start].breakBefore != .none { return true }
            let before = tokens[start - 1].id
            if classes[lexicon.context.coordinator].containsWord(before) || classes[lexicon.context.conjunction].containsWord(before) {
                return true
            }
        }
        return false
    }

    /// "For the third time tonight", "4 times", "again and again": the largest `times-N` count in
    /// `range` (the act's sentence), unless it counts a week or a run of days ("third time this
    /// week").
    private func impliedCount(in range: Range<Int>, in analysis: TextAnalysis) -> Int {
        let context = lexicon.context
        let classes = lexicon.classes
        var best = 1
        let startsCount = lexicon.startsCount
        let tokens = analysis.tokens
        for position in range {
            // (A count's phrase starts only where `startsCount` says: the one test most words get.)
            let id = tokens[position].id
            guard id >= 0, Int(id) < startsCount.count, startsCount[Int(id)] else { continue }
            for (count, classIndex) in context.times where count > best {
                guard let end = classes.longestMatch(classIndex, in: analysis.tokens, at: position, limit: range.upperBound) else { continue }
                if end < range.upperBound, classes.longestMatch(context.timesNotToday, in: analysis.tokens, at: end, limit: range.upperBound) != nil { continue }
                best = count
            }
        }
        return best
    }

    /// Who was asked (the word after the nearest asking verb from `askedFrom` on: a name, "my
    /// sister", "him"; "called my sister to ask if …" looks back to "called") and the words of
    /// `range` (the act's words) that say what about.
    private func topic(of range: Range<Int>, askedFrom: Int, in analysis: TextAnalysis) -> ReassuranceTopic {
        let tokens = analysis.tokens
        let classes = lexicon.classes
        let context = lexicon.context
        let ask = classes[context.ask]
        let filler = classes[context.reassuranceFiller]
        var words = Set<UInt64>()
        var addressee: ReassuranceTopic.Addressee?
        if let position = addresseePosition(from: askedFrom, in: range, of: analysis) {
            let id = tokens[position].id
            if classes[context.personObject].containsWord(id) && filler.containsWord(id) {
                addressee = .pronoun(id) // "him", "her"
            } else if !filler.containsWord(id), !ask.containsWord(id) {
                addressee = .named(tokens[position].hash) // a name, "(my) sister"
            }
        }
        for position in range where !filler.containsWord(tokens[position].id) && !ask.containsWord(tokens[position].id) {
            words.insert(tokens[position].hash)
        }
        return ReassuranceTopic(addressee: addressee, words: words)
    }

    /// Where the person asked is named: the word after the first asking verb from `askedFrom`
    /// on (skipping "my"/"the" before a noun), or nil when a break follows the verb. Not after
    /// "again": "Asked again #partner-busy" names nobody.
    private func addresseePosition(from askedFrom: Int, in range: Range<Int>, of analysis: TextAnalysis) -> Int? {
        let tokens = analysis.tokens
        let ask = lexicon.classes[lexicon.context.ask]
        guard let verb = (min(askedFrom, range.lowerBound)..<range.upperBound).first(where: { ask.containsWord(tokens[$0].id) }) else { return nil }
        let vocabulary = lexicon.vocabulary
        let my = vocabulary.id(of: "my"), the = vocabulary.id(of: "the")
        var next = verb + 1
        if next < tokens.count, tokens[next].breakBefore == .none, tokens[next].id == my || tokens[next].id == the { next += 1 }
        guard next < tokens.count, tokens[next].breakBefore == .none else { return nil }
        return next
    }

    /// "Asked the barista if the milk was okay", "called the vet to check the dog was okay": a
    /// question put to someone serving the writer asks for information, not for reassurance.
    private func asksAService(_ cue: CueMatch, in analysis: TextAnalysis) -> Bool {
        guard let position = addresseePosition(from: cue.match.start, in: cue.match.start..<cue.match.end, of: analysis) else { return false }
        return lexicon.classes[lexicon.context.servicePerson].containsWord(analysis.tokens[position].id)
    }

    /// "Asked him if the rash looked okay": a symptom, a result or a dose among the act's
    /// words makes it a question about the body (an ask a clinician would answer).
    private func asksAboutHealth(_ match: PatternMatcher.Match, in analysis: TextAnalysis) -> Bool {
        let health = lexicon.classes[lexicon.context.healthTopic]
        return (match.start..<match.end).contains { health.containsWord(analysis.tokens[$0].id) }
    }

    /// "His text reassured me", "her text asking if we're okay", "got a text from him asking if I
    /// was ok": the act's first word is another's message, or follows one (within a few words of
    /// its clause): a message noun after another's possessive, followed by "from", or after a
    /// receiving verb with no asking verb nearer ("sent her a text asking …" is the writer's).
    private func isMessageFromOther(_ cue: CueMatch, in analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        let classes = lexicon.classes
        let context = lexicon.context
        let start = cue.match.start
        let lower = max(cue.clause.lowerBound, start - 4)
        let nounClass = classes[context.messageNoun]
        guard let noun = (lower...start).reversed().first(where: { nounClass.containsWord(tokens[$0].id) }) else { return false }
        let received = classes[context.messageReceived]
        if noun < start, (noun + 1..<start).contains(where: { received.containsWord(tokens[$0].id) }) { return true }
        if noun > cue.clause.lowerBound, classes[context.messageOwner].containsWord(tokens[noun - 1].id) { return true }
        let ask = classes[context.ask]
        for position in stride(from: noun - 1, through: max(cue.clause.lowerBound, noun - 4), by: -1) {
            if received.containsWord(tokens[position].id) { return true }
            if ask.containsWord(tokens[position].id) { return false }
        }
        return false
    }

    /// "She asked me", "my friend keeps texting me asking …": an asking verb of the act with
    /// "me" after it is someone asking the writer.
    private func asksTheWriter(_ match: PatternMatcher.Match, in analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        let ask = lexicon.classes[lexicon.context.ask]
        let selfObject = lexicon.classes[lexicon.context.selfObject]
        return match.consumed.contains { position in
            ask.containsWord(tokens[position].id) && position + 1 < tokens.count && selfObject.containsWord(tokens[position + 1].id)
        }
    }
}
