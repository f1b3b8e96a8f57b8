/// Finds catastrophizing claims in prose: the worst outcome given as certain (fortune-telling),
/// as unbearable or total (magnification), or as an unanswered what-if.
///
/// Cues come from the embedded lexicon (`Resources/lexicon.tsv`); context rules then drop cues
/// the writer negates, hedges, doubts, quotes, reports from someone else, or already answers.
public struct CatastrophizingDetector: Sendable {
    let lexicon: CompiledLexicon
    private let ignoredPhrases: [[UInt64]]

    /// - Parameters:
    ///   - extraPhrases: cues to add, in the lexicon's pattern syntax. A phrase that does not
    ///     compile is skipped (the lexicon's own rules still apply).
    ///   - ignoredPhrases: a claim is dropped when one of these phrases (any case, whole words)
    ///     overlaps its span.
    public init(extraPhrases: [CuePhrase] = [], ignoredPhrases: [String] = []) {
        let compiled = extraPhrases.isEmpty
            ? CompiledLexicon.shared
            : (try? CompiledLexicon(source: CompiledLexicon.embeddedSource, extraPhrases: extraPhrases)) ?? .shared
        lexicon = compiled
        self.ignoredPhrases = ignoredPhrases.map { compiled.wordHashes(of: $0) }.filter { !$0.isEmpty }
    }

    /// The claims in one paragraph or list item of prose, in text order.
    public func claims(in text: String) -> [ClaimMatch] {
        claims(in: TextAnalysis(lexicon: lexicon, text: lexicon.tokenizer.tokenize(text)))
    }

    /// The claims in a text already tokenised with this detector's lexicon (`ThoughtScanner`
    /// shares one tokenisation between the detectors).
    func claims(in analysis: TextAnalysis) -> [ClaimMatch] {
        let cues = analysis.matches(of: lexicon.claims)
        guard !cues.isEmpty else { return [] }
        let rules = ClaimContextRules(analysis: analysis)
        let exceptions = analysis.exceptionCoverage()
        let standing = cues.filter { cue in
            !cue.match.consumed.contains(where: exceptions.contains) && rules.reasonToDrop(cue) == nil
        }
        let sentencesWithClaims = Set(standing.map(\.sentence))
        // Spans are whole tokens, and tokens never share a byte, so two spans overlap exactly when
        // they share a token: marking tokens makes each overlap test cost the clause's length
        // (bounded by the context window) instead of the number of claims so far.
        var ignoredTokens = TokenCoverage()
        for occurrence in analysis.occurrences(ofPhrases: ignoredPhrases) { ignoredTokens.mark(occurrence) }
        var acceptedTokens = TokenCoverage()
        var accepted: [ClaimMatch] = []
        // (Sorting only lists of two or more, here and below: sorting copies even a list of one,
        // and one cue is the common case.)
        // Positions are sorted, not the cues: a cue holds arrays, and moving thousands of them
        // (one long paragraph) was most of the sort's time.
        let ordered = standing.count < 2 ? nil : standing.indices.sorted(by: { Self.comesFirst(standing[$0], standing[$1]) })
        for position in standing.indices {
            let cue = standing[ordered?[position] ?? position]
            guard case .claim(let kind) = cue.rule.meaning else { continue }
            // A what-if, or a worry asked as a question, that the writer answers is not a claim.
            // (The answer is looked for in the next sentence only, so this cue's own sentence
            // being in the set does not matter: no copy of the set per cue.)
            let isAsked = kind == .whatIfSpiral || analysis.text.sentences[cue.sentence].isQuestion
            if isAsked, rules.isAnswered(cue, sentencesWithClaims: sentencesWithClaims) { continue }
            if ignoredTokens.coversAny(of: cue.clause) || acceptedTokens.coversAny(of: cue.clause) { continue }
            acceptedTokens.mark(cue.clause)
            let span = analysis.byteRange(cue.clause)
            accepted.append(ClaimMatch(utf8Range: span, kind: kind, cue: analysis.cueText(cue.match)))
        }
        return accepted.count < 2 ? accepted : accepted.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    }

    /// Rule precedence, then text order.
    private static func comesFirst(_ lhs: CueMatch, _ rhs: CueMatch) -> Bool {
        lhs.rule.line == rhs.rule.line ? lhs.match.start < rhs.match.start : precedes(lhs.rule.line, rhs.rule.line)
    }

    /// Lexicon rules win over user cues (negative lines), then lexicon order decides.
    private static func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
        if (lhs < 0) != (rhs < 0) { return lhs > 0 }
        return abs(lhs) < abs(rhs)
    }
}
