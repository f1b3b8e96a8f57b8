/// Finds wording about self-harm or suicide so the linter can point to help: direct words, and
/// passive wishes, being a burden, others better off, means and access. It errs towards
/// reporting: negated or softened wording still matches ("I'm not going to hurt myself" is worth
/// a gentle pointer). Left out are look-alikes (`except` and `not-crisis` lines: "die of
/// embarrassment", "end things with him") and wording that belongs to someone or something else
/// (`CrisisContextRules`: a patient, a colleague's quoted words, a phone).
public struct CrisisLanguageDetector: Sendable {
    let lexicon: CompiledLexicon

    public init() { lexicon = .shared }

    /// The crisis wording in one paragraph or list item, in text order.
    public func matches(in text: String) -> [CrisisMatch] {
        // Most field texts and quotes hold no word a crisis rule starts with: skip tokenising.
        guard lexicon.crisisPrefilter.mayMatch(text) else { return [] }
        return matches(in: TextAnalysis(lexicon: lexicon, text: lexicon.tokenizer.tokenize(text)))
    }

    /// The crisis wording in a text already tokenised with this detector's lexicon.
    func matches(in analysis: TextAnalysis) -> [CrisisMatch] {
        let cues = analysis.matches(of: lexicon.crisis)
        guard !cues.isEmpty else { return [] }
        let exceptions = analysis.exceptionCoverage(forCrisis: true)
        let rules = CrisisContextRules(analysis: analysis)
        var accepted: [CrisisMatch] = []
        // Overlap is tested on the tokens marked so far, not against every match so far, so a
        // paragraph of thousands of matches stays linear (as for claims).
        var acceptedTokens = PositionSet()
        for cue in cues where !cue.match.consumed.contains(where: exceptions.contains) && !rules.isSomeoneElses(cue) {
            if acceptedTokens.coversAny(of: cue.clause) { continue }
            acceptedTokens.mark(cue.clause)
            accepted.append(CrisisMatch(utf8Range: analysis.byteRange(cue.clause), cue: analysis.cueText(cue.match)))
        }
        // Sorted only when there are two or more: sorting copies even a list of one.
        return accepted.count < 2 ? accepted : accepted.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    }
}
