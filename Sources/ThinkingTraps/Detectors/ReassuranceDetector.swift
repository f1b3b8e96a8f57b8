/// Finds reassurance-seeking described in prose ("asked him again if we're okay", "texted her
/// to check we were fine"), so the summary can count acts the writer did not log as fields.
/// Acts that did not happen ("I wanted to ask but waited"), were done by someone else ("she
/// asked me if I was okay") or were negated ("I didn't ask") are not counted.
public struct ReassuranceDetector: Sendable {
    let lexicon: CompiledLexicon

    public init() { lexicon = .shared }

    /// The acts described in one paragraph or list item, in text order.
    public func acts(in text: String) -> [ReassuranceMatch] {
        acts(in: TextAnalysis(lexicon: lexicon, text: lexicon.tokenizer.tokenize(text)))
    }

    /// The acts described in a text already tokenised with this detector's lexicon.
    func acts(in analysis: TextAnalysis) -> [ReassuranceMatch] {
        let cues = analysis.matches(of: lexicon.reassurance)
        guard !cues.isEmpty else { return [] }
        let context = lexicon.context
        var accepted: [ReassuranceMatch] = []
        for cue in cues {
            let match = cue.match
            if analysis.isQuoted(match) { continue }
            let scope = cue.clause.lowerBound..<match.start
            if analysis.occurs(context.negator, in: scope) || analysis.occurs(context.notActed, in: scope, limit: match.end) { continue }
            if match.start + 1 < analysis.tokens.count,
               lexicon.classes[context.selfObject].containsWord(analysis.tokens[match.start + 1].id) { continue }
            if !writerIsSubject(of: cue, in: analysis) { continue }
            let span = analysis.byteRange(cue.clause)
            if accepted.contains(where: { $0.utf8Range.overlaps(span) }) { continue }
            accepted.append(ReassuranceMatch(utf8Range: span, cue: analysis.cueText(match)))
        }
        // Sorted only when there are two or more: sorting copies even a list of one.
        return accepted.count < 2 ? accepted : accepted.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
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
}
