/// Decides whether crisis wording is the writer's own. A patient's wish to die, a colleague's
/// quoted joke, a character's death or a phone's battery are not: a help message on them teaches
/// the writer to skip the one message that must be trusted. Negation and hedges never drop crisis
/// wording ("I'm not gonna do anything, I just don't want to be here" deserves the message).
struct CrisisContextRules {
    let analysis: TextAnalysis

    private enum Holder { case writer, someoneElse }

    /// Whether the wording belongs to someone or something other than the writer.
    func isSomeoneElses(_ cue: CueMatch) -> Bool {
        let match = cue.match
        let context = analysis.context
        let classes = analysis.lexicon.classes
        let tokens = analysis.tokens
        if analysis.isQuoted(match) { return quoteSpeaker(of: cue) == .someoneElse }
        // Wording that names the writer ("better off without me", "kill myself", "wish I was dead"),
        // unless someone else is reported saying it ("he said he'd be better off without me").
        if match.consumed.contains(where: { classes[context.crisisSelf].containsWord(tokens[$0].id) }) {
            return reportedSpeaker(before: match.start, sentence: cue.sentence) == .someoneElse
        }
        switch nearestHolder(before: match.start, sentence: cue.sentence) {
        case .writer?: return isAskedOfTheWriter(before: match.start, sentence: cue.sentence)
        case .someoneElse?: return true
        case nil:
            // "wants to die" with nobody named: someone else's; "want to die" is the writer's.
            return classes[context.crisisThirdPerson].containsWord(tokens[match.start].id)
        }
    }

    /// The nearest holder word before `position` in the sentence (within the context window):
    /// "i"/"me" for the writer, a person or a work (a song, a book) for someone else. The search
    /// stops at "and" or a conjunction, which start another clause with its own subject, or
    /// none ("I watched a movie and wanted to die" is the writer's).
    private func nearestHolder(before position: Int, sentence: Int) -> Holder? {
        let bounds = analysis.sentenceRange(sentence, around: position..<position)
        let classes = analysis.lexicon.classes
        let coordinator = classes[analysis.context.coordinator]
        let conjunction = classes[analysis.context.conjunction]
        var index = position - 1
        while index >= bounds.lowerBound {
            if let holder = holder(at: index), holder == .writer || !isRecipient(at: index, from: bounds.lowerBound) { return holder }
            let id = analysis.tokens[index].id
            if coordinator.containsWord(id) || conjunction.containsWord(id) { return nil }
            index -= 1
        }
        return nil
    }

    /// The speaker of a speech verb earlier in the clause ("he said …", "my mom told me …"), if
    /// any: the search stops at "and" or a conjunction, like `nearestHolder`.
    private func reportedSpeaker(before position: Int, sentence: Int) -> Holder? {
        let bounds = analysis.sentenceRange(sentence, around: position..<position)
        let classes = analysis.lexicon.classes
        let context = analysis.context
        var index = position - 1
        while index >= bounds.lowerBound {
            let id = analysis.tokens[index].id
            if classes[context.crisisSpeech].containsWord(id) { return nearestHolder(before: index, sentence: sentence) }
            if classes[context.coordinator].containsWord(id) || classes[context.conjunction].containsWord(id) { return nil }
            index -= 1
        }
        return nil
    }

    /// "A patient asked me if I ever want to die", "my therapist asked if I ever feel like I don't
    /// want to be here": someone else's question to the writer, not the writer's wish — an "I"
    /// follows "if"/"whether" just after a speech verb (and "me"), in the cue's own clause.
    private func isAskedOfTheWriter(before position: Int, sentence: Int) -> Bool {
        let tokens = analysis.tokens
        let classes = analysis.lexicon.classes
        let context = analysis.context
        let bounds = analysis.sentenceRange(sentence, around: position..<position)
        var index = position - 1
        while index - 1 >= bounds.lowerBound {
            // The question must open the clause the cue is in: a comma or an "and" ends the look.
            if tokens[index + 1].breakBefore != .none { return false }
            let id = tokens[index].id
            if classes[context.coordinator].containsWord(id) || classes[context.conjunction].containsWord(id) { return false }
            if classes[context.crisisSelf].containsWord(id), classes[context.crisisQuestion].containsWord(tokens[index - 1].id) {
                return isSpeech(before: index - 1, from: max(bounds.lowerBound, index - 6))
            }
            index -= 1
        }
        return false
    }

    /// Whether a speech verb stands just before the question word at `question`, or with "me"
    /// between them ("asked if", "asked me if", "asked me today if").
    private func isSpeech(before question: Int, from lowest: Int) -> Bool {
        let tokens = analysis.tokens
        let classes = analysis.lexicon.classes
        var look = question - 1
        while look >= lowest {
            if classes[analysis.context.crisisSpeech].containsWord(tokens[look].id),
               look + 1 == question || classes[analysis.context.selfObject].containsWord(tokens[look + 1].id) { return true }
            look -= 1
        }
        return false
    }

    /// Whether the person at `index` receives something ("a card for mum", "letters to my
    /// sister"): "for" or "to" just before it, or before its "my".
    private func isRecipient(at index: Int, from lowest: Int) -> Bool {
        let tokens = analysis.tokens
        let classes = analysis.lexicon.classes
        var before = index - 1
        if before >= lowest, tokens[before].id == analysis.lexicon.vocabulary.id(of: "my") { before -= 1 }
        return before >= lowest && classes[analysis.context.crisisRecipient].containsWord(tokens[before].id)
    }

    private func holder(at index: Int) -> Holder? {
        let classes = analysis.lexicon.classes
        let id = analysis.tokens[index].id
        if classes[analysis.context.crisisSelf].containsWord(id) { return .writer }
        if classes[analysis.context.crisisOther].containsWord(id) { return .someoneElse }
        return nil
    }

    /// Who said quoted words: the subject of the speech verb before the quotation ("I texted my
    /// sister '…'", "my coworker said '…'"), else a holder just before it ("pt: '…'"), else one
    /// after it ("'…' is what my patient says"). Nobody named: the writer quoting a thought.
    private func quoteSpeaker(of cue: CueMatch) -> Holder {
        let tokens = analysis.tokens
        let classes = analysis.lexicon.classes
        let bounds = analysis.sentenceRange(cue.sentence, around: cue.match.start..<cue.match.end)
        var opening = cue.match.start
        while opening > bounds.lowerBound, tokens[opening - 1].quoted { opening -= 1 }
        var closing = cue.match.end
        while closing < bounds.upperBound, tokens[closing].quoted { closing += 1 }
        var index = opening - 1
        while index >= bounds.lowerBound {
            if classes[analysis.context.crisisSpeech].containsWord(tokens[index].id) {
                if let holder = nearestHolder(before: index, sentence: cue.sentence) { return holder }
                // "Mia said '…'": a word the lexicon does not know, just before the speech verb,
                // is a name: someone else's words.
                // (Adverbs that stand there, "then texted '…'", are lexicon words: `crisis-not-name`.)
                let subject = index - 1
                if subject >= bounds.lowerBound, tokens[index].breakBefore == .none, !tokens[subject].quoted,
                   tokens[subject].id < 0 {
                    return .someoneElse
                }
                return .writer
            }
            index -= 1
        }
        if let before = nearestHolder(before: opening, sentence: cue.sentence) { return before }
        for index in closing..<bounds.upperBound {
            if let holder = holder(at: index) { return holder }
        }
        return .writer
    }
}
