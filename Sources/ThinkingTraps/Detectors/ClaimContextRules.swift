/// Decides whether a catastrophizing cue is a claim the writer is making now. Each rule is one
/// way prose mentions a worst case without asserting it.
struct ClaimContextRules {
    let analysis: TextAnalysis

    private var context: ContextClasses { analysis.context }

    /// Why a cue is not a claim, or nil when it stands (before the what-if answer check).
    func reasonToDrop(_ cue: CueMatch) -> String? {
        let match = cue.match
        let sentence = analysis.sentenceRange(cue.sentence, around: cue.match.start..<cue.match.end)
        let last = match.consumed.last ?? match.start
        if analysis.isQuoted(match) { return "quoted" }
        if isNegated(cue, upTo: last) { return "negated" }
        if cue.rule.meaning != .claim(.whatIfSpiral),
           analysis.occurs(context.whatIf, in: cue.clause.lowerBound..<match.start, limit: match.start) { return "inside a what-if" }
        // "maybe he'll leave", "it might be a disaster"; but "maybe he was in an accident" is a leap to the worst.
        if analysis.occurs(context.hedge, in: cue.clause, excluding: match.consumed),
           !analysis.occurs(context.grave, in: match.start..<match.end, limit: match.end) { return "hedged" }
        let before = sentence.lowerBound..<match.start
        if analysis.occurs(context.doubt, in: before, limit: match.start) { return "doubted" }
        // "I used to think he'd leave", "I told myself it's not the end of the world".
        if analysis.occurs(context.distancing, in: before, limit: match.start) { return "distanced" }
        // "I thought I'd die, but it was a panic attack."
        if analysis.occurs(context.pastWorry, in: before, limit: match.start) {
            let after = match.end..<sentence.upperBound
            if analysis.occurs(context.contrast, in: after) || analysis.sentence(cue.sentence + 1, opensWith: context.contrast) {
                return "past worry questioned"
            }
        }
        // "He'll leave me. That's not true, though." / "… Part of me knows that's the anxiety talking."
        let after = match.end..<sentence.upperBound
        let next = cue.sentence + 1
        let rebuttedNext = next < analysis.text.sentences.count && analysis.occurs(context.rebuttal, in: analysis.sentenceOpening(next))
        if analysis.occurs(context.rebuttal, in: after) || rebuttedNext {
            return "rebutted"
        }
        if isReportedSpeech(cue) { return "reported speech" }
        return nil
    }

    /// "He's not going to leave me", "I don't think she'll leave": a negator in the clause before
    /// the cue or inside its gaps. A negator reaches only the next word of the cue and is cut
    /// off by "and" or "then": "he will not reply and then he will leave me" still predicts the
    /// worst.
    private func isNegated(_ cue: CueMatch, upTo last: Int) -> Bool {
        let match = cue.match
        let negator = analysis.lexicon.classes[context.negator]
        let coordinator = analysis.lexicon.classes[context.coordinator]
        let tokens = analysis.tokens
        var pendingNegation = false
        var position = cue.clause.lowerBound
        while position <= last {
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
                continue
            }
            position += 1
        }
        return false
    }

    /// "She said it's a disaster": someone else's words, up to the next conjunction.
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
            if speech.longestMatch(in: tokens, at: position, limit: cue.match.start) != nil {
                let speakerIsWriter = position > sentence.lowerBound && firstPerson.containsWord(tokens[position - 1].id)
                return !speakerIsWriter
            }
            position -= 1
        }
        return false
    }

    /// "What if he leaves? Then I'd still have my friends." A what-if (or another worry asked as
    /// a question: "Am I going to end up alone? No.") answered in the same sentence, or by the
    /// next sentence when that sentence makes no claim of its own.
    func isAnswered(_ cue: CueMatch, sentencesWithClaims: Set<Int>) -> Bool {
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
}
