/// Decides whether a catastrophizing cue is a claim the writer is making now. Each rule is one
/// way prose mentions a worst case without asserting it.
struct ClaimContextRules {
    let analysis: TextAnalysis

    private var context: ContextClasses { analysis.context }

    /// What the context rules make of a cue: a claim of some tier, or dropped for a reason.
    enum Verdict: Equatable {
        case claim(ClaimTier)
        case dropped(String)
    }

    /// Why a cue is not a claim, or nil when it stands (before the what-if answer check).
    func reasonToDrop(_ cue: CueMatch) -> String? {
        if case .dropped(let reason) = verdict(cue) { return reason }
        return nil
    }

    /// The cue's tier once context is read (a hedged doom or loss is tier 2: "I may get
    /// sacked", "he might leave me"), or why it is dropped (before the what-if answer check).
    func verdict(_ cue: CueMatch) -> Verdict {
        var tier = cue.rule.tier
        let match = cue.match
        let sentence = analysis.sentenceRange(cue.sentence, around: cue.match.start..<cue.match.end)
        let last = match.consumed.last ?? match.start
        if analysis.isQuoted(match) { return .dropped("quoted") }
        if isNegated(cue, upTo: last) { return .dropped("negated") }
        if cue.rule.meaning != .claim(.whatIfSpiral),
           analysis.occurs(context.whatIf, in: cue.clause.lowerBound..<match.start, limit: match.start) { return .dropped("inside a what-if") }
        // "maybe he'll leave", "it might be a disaster"; but "maybe he was in an accident" is a leap to the worst.
        // A hedged doom or loss ("I may get sacked", "he might leave me") is still the worst case
        // coming to mind, held less surely: tier 2.
        if analysis.occurs(context.hedge, in: cue.clause, excluding: match.consumed),
           !analysis.occurs(context.grave, in: match.start..<match.end, limit: match.end) {
            guard predictsLoss(match) else { return .dropped("hedged") }
            tier = .possible
        }
        let before = sentence.lowerBound..<match.start
        if analysis.occurs(context.doubt, in: before, limit: match.start) { return .dropped("doubted") }
        // "I used to think he'd leave", "I told myself it's not the end of the world".
        if analysis.occurs(context.distancing, in: before, limit: match.start) { return .dropped("distanced") }
        // "I thought I'd die, but it was a panic attack."
        // (The past worry may run into the cue: "I was convinced he was cheating" is matched from
        // "convinced".)
        if analysis.occurs(context.pastWorry, in: before, limit: match.end) {
            let after = match.end..<sentence.upperBound
            if analysis.occurs(context.contrast, in: after) || analysis.sentence(cue.sentence + 1, opensWith: context.contrast) {
                return .dropped("past worry questioned")
            }
        }
        // "He'll leave me. That's not true, though." / "… Part of me knows that's the anxiety talking."
        let after = match.end..<sentence.upperBound
        let next = cue.sentence + 1
        let rebuttedNext = next < analysis.text.sentences.count && analysis.occurs(context.rebuttal, in: analysis.sentenceOpening(next))
        if analysis.occurs(context.rebuttal, in: after) || rebuttedNext {
            return .dropped("rebutted")
        }
        if isReportedSpeech(cue) { return .dropped("reported speech") }
        return .claim(tier)
    }

    /// Whether the cue's outcome is a doom ("get fired", "lose my home") or a loss of someone
    /// ("leave me", "lose her").
    private func predictsLoss(_ match: PatternMatcher.Match) -> Bool {
        let outcome = match.start..<match.end
        return analysis.occurs(context.doom, in: outcome, limit: match.end)
            || analysis.occurs(context.abandonment, in: outcome, limit: match.end)
            || analysis.occurs(context.lostPerson, in: outcome, limit: match.end)
    }

    /// Why a sentence the word model scored is not a claim, or nil. Only the rules about whose
    /// thought it is and whether the writer already talks back to it: negation and hedges are
    /// words the model has weighed itself.
    func reasonToDropModelClaim(_ cue: CueMatch) -> String? {
        let match = cue.match
        if analysis.isQuoted(match) { return "quoted" }
        let sentence = analysis.sentenceRange(cue.sentence, around: match.start..<match.end)
        let before = sentence.lowerBound..<match.start
        if analysis.occurs(context.distancing, in: before, limit: match.start) { return "distanced" }
        let after = match.end..<sentence.upperBound
        if analysis.occurs(context.pastWorry, in: before, limit: match.end),
           analysis.occurs(context.contrast, in: after) || analysis.sentence(cue.sentence + 1, opensWith: context.contrast) {
            return "past worry questioned"
        }
        let next = cue.sentence + 1
        if analysis.occurs(context.rebuttal, in: after)
            || (next < analysis.text.sentences.count && analysis.occurs(context.rebuttal, in: analysis.sentenceOpening(next))) {
            return "rebutted"
        }
        if isReportedSpeech(cue) { return "reported speech" }
        return nil
    }

    /// The kind of a sentence the word model reports: a what-if, a prediction (a future or
    /// certainty frame), or else a magnification of what is.
    func modelClaimKind(in range: Range<Int>) -> ClaimKind {
        if analysis.occurs(context.whatIf, in: range) { return .whatIfSpiral }
        if analysis.occurs(context.future, in: range) || analysis.occurs(context.certainty, in: range) { return .fortuneTelling }
        return .magnification
    }

    /// "He's not going to leave me", "I don't think she'll leave": a negator in the clause before
    /// the cue or inside its gaps. A negator reaches only the next word of the cue and is cut
    /// off by "and" or "then" ("he will not reply and then he will leave me" still predicts the
    /// worst), and by a clause that opens with a new subject or "if".
    private func isNegated(_ cue: CueMatch, upTo last: Int) -> Bool {
        let match = cue.match
        let negator = analysis.lexicon.classes[context.negator]
        let coordinator = analysis.lexicon.classes[context.coordinator]
        let tokens = analysis.tokens
        var pendingNegation = false
        // The first word after the last negator: a clause can open only after a negated word.
        var negatedFrom = cue.clause.lowerBound
        var position = cue.clause.lowerBound
        while position <= last {
            // A new subject after the negated words starts another clause, even without a
            // comma: "the cat did not come home I bet a car hit her", "if I do not take my pills
            // I will die".
            if pendingNegation, position > negatedFrom, opensClause(at: position) { pendingNegation = false }
            if match.consumed.contains(position) {
                if pendingNegation { return true }
                position += 1
                continue
            }
            if coordinator.containsWord(tokens[position].id) {
                pendingNegation = false
            } else if let end = analysis.lexicon.classes.longestMatch(context.notNegation, in: tokens, at: position, limit: last + 1),
                      !(position..<end).contains(where: match.consumed.contains) {
                position = end
                continue
            } else if let end = negator.longestMatch(in: tokens, at: position, limit: last),
                      !(position..<end).contains(where: match.consumed.contains) {
                pendingNegation = true
                position = end
                negatedFrom = end
                continue
            }
            position += 1
        }
        return false
    }

    /// Whether a new clause opens at `position`: a subject pronoun ("I", "he", "she" …) after
    /// at least one word, or "if".
    private func opensClause(at position: Int) -> Bool {
        analysis.lexicon.classes[context.clauseOpener].longestMatch(in: analysis.tokens, at: position, limit: position + 1) != nil
    }

    /// "She said it's a disaster", "my friends think I'll end up homeless": someone else's
    /// words or thought, up to the next conjunction.
    private func isReportedSpeech(_ cue: CueMatch) -> Bool {
        let sentence = analysis.sentenceRange(cue.sentence, around: cue.match.start..<cue.match.end)
        let speech = analysis.lexicon.classes[context.speech]
        let firstPerson = analysis.lexicon.classes[context.firstPerson]
        let conjunction = analysis.lexicon.classes[context.conjunction]
        let tokens = analysis.tokens
        let coordinator = analysis.lexicon.classes[context.coordinator]
        var position = cue.match.start - 1
        while position >= sentence.lowerBound {
            // The reported words end at a conjunction, an "and", or a closed quotation.
            if conjunction.containsWord(tokens[position].id) || coordinator.containsWord(tokens[position].id)
                || tokens[position].quoted { return false }
            // The verb may run into the cue: "my aunt is afraid she'll lose her house" is matched
            // from "afraid".
            if speech.longestMatch(in: tokens, at: position, limit: cue.match.end) != nil {
                // "I said", "I really think", "I just really think": the writer's own (two words may come between).
                let speakerIsWriter = (max(sentence.lowerBound, position - 3)..<position).contains { firstPerson.containsWord(tokens[$0].id) }
                return !speakerIsWriter
            }
            position -= 1
        }
        return false
    }

    /// "What if he leaves? Then I'd still have my friends." A what-if (or another worry asked as
    /// a question: "Am I going to end up alone? No.") answered in the same sentence, or by the
    /// next sentence when that sentence makes no claim of its own.
    func isAnswered(_ cue: CueMatch, sentencesWithClaims: PositionSet) -> Bool {
        let sentence = analysis.sentenceRange(cue.sentence, around: cue.match.start..<cue.match.end)
        let answer = analysis.lexicon.classes[context.answer]
        let conjunction = analysis.lexicon.classes[context.conjunction]
        let tokens = analysis.tokens
        var position = cue.match.end
        while position < sentence.upperBound {
            let opensClause = tokens[position].breakBefore != .none
                || (position > 0 && conjunction.containsWord(tokens[position - 1].id))
            if opensClause, answer.longestMatch(in: tokens, at: position, limit: sentence.upperBound) != nil { return true }
            position += 1
        }
        let next = cue.sentence + 1
        guard next < analysis.text.sentences.count, !sentencesWithClaims.contains(next) else { return false }
        return analysis.sentence(next, opensWith: context.answer) || analysis.sentence(next, isEntirely: context.denial)
    }

    /// Whether sentence `index` answers the question before it: it opens with an `{answer}`
    /// ("then", "probably not", "I would still …") or is only a `{denial}` ("No.").
    func answersTheQuestionBefore(sentence index: Int) -> Bool {
        analysis.sentence(index, opensWith: context.answer) || analysis.sentence(index, isEntirely: context.denial)
    }
}
