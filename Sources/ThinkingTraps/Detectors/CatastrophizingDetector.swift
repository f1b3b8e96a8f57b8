/// Finds catastrophizing claims in prose: the worst outcome given as certain (fortune-telling),
/// as unbearable or total (magnification), or as an unanswered what-if.
///
/// Cues come from the embedded lexicon (`Resources/lexicon.tsv`); context rules then drop cues
/// the writer negates, hedges, doubts, quotes, reports from someone else, or already answers.
/// Strong cue families are tier 1 ("worst-case thought"); weak ones, a hedged doom or loss, and
/// sentences the word model (`WorstCaseModel`) scores at its threshold are tier 2 ("possibly a
/// worst-case thought").
public struct CatastrophizingDetector: Sendable {
    let lexicon: CompiledLexicon
    private let ignoredPhrases: [[UInt64]]
    /// Tier 2's word model, or nil when tier 2 is off (then weak lexicon cues are not reported
    /// either).
    let model: WorstCaseModel?

    /// - Parameters:
    ///   - extraPhrases: cues to add, in the lexicon's pattern syntax. A phrase that does not
    ///     compile is skipped (the lexicon's own rules still apply).
    ///   - ignoredPhrases: a claim is dropped when one of these phrases (any case, whole words)
    ///     overlaps its span.
    ///   - possibleClaims: the word model that finds tier 2 claims (the embedded one by
    ///     default), or nil to report tier 1 only.
    public init(extraPhrases: [CuePhrase] = [], ignoredPhrases: [String] = [], possibleClaims model: WorstCaseModel? = .embedded) {
        let compiled = extraPhrases.isEmpty
            ? CompiledLexicon.shared
            : (try? CompiledLexicon(source: CompiledLexicon.embeddedSource, extraPhrases: extraPhrases)) ?? .shared
        lexicon = compiled
        self.ignoredPhrases = ignoredPhrases.map { compiled.wordHashes(of: $0) }.filter { !$0.isEmpty }
        self.model = model
    }

    /// The claims in one paragraph or list item of prose, in text order.
    public func claims(in text: String) -> [ClaimMatch] {
        claims(in: TextAnalysis(lexicon: lexicon, text: lexicon.tokenizer.tokenize(text)))
    }

    /// The claims in a text already tokenised with this detector's lexicon (`ThoughtScanner`
    /// shares one tokenisation between the detectors).
    func claims(in analysis: TextAnalysis) -> [ClaimMatch] {
        let cues = analysis.mayMatch(lexicon.claims) ? analysis.matches(of: lexicon.claims) : []
        // Nearly every paragraph has no cue and no sentence the model reports: it is scored and
        // left, with none of the bookkeeping below.
        if cues.isEmpty {
            guard let model, model.reachesThreshold(anySentenceOf: analysis.text) else { return [] }
        }
        let rules = ClaimContextRules(analysis: analysis)
        // (Look-alikes are looked for only where a key word of theirs occurs: usually nowhere.)
        let exceptions = analysis.exceptionCoverage()
        // Sentences whose cues the context rules set aside: the word model does not report them
        // either ("he's not going to leave me" is not a possible worst case).
        var examined = PositionSet()
        var standing: [(cue: CueMatch, tier: ClaimTier)] = []
        for cue in cues {
            examined.insert(cue.sentence)
            if cue.match.consumed.contains(where: exceptions.contains) { continue }
            guard case .claim(let tier) = rules.verdict(cue), model != nil || tier == .worstCase else { continue }
            standing.append((cue, tier))
        }
        var sentencesWithClaims = PositionSet()
        for (cue, _) in standing { sentencesWithClaims.insert(cue.sentence) }
        // Spans are whole tokens, and tokens never share a byte, so two spans overlap exactly when
        // they share a token: marking tokens makes each overlap test cost the clause's length
        // (bounded by the context window) instead of the number of claims so far.
        var ignoredTokens = PositionSet()
        for occurrence in analysis.occurrences(ofPhrases: ignoredPhrases) { ignoredTokens.mark(occurrence) }
        var acceptedTokens = PositionSet()
        var accepted: [ClaimMatch] = []
        // (Sorting only lists of two or more, here and below: sorting copies even a list of one,
        // and one cue is the common case.)
        // Positions are sorted, not the cues: a cue holds arrays, and moving thousands of them
        // (one long paragraph) was most of the sort's time. Tier 1 before tier 2, so a sure
        // claim is the one reported where both cover the same words.
        let ordered = standing.count < 2 ? nil : standing.indices.sorted(by: {
            standing[$0].tier != standing[$1].tier ? standing[$0].tier < standing[$1].tier
                : Self.comesFirst(standing[$0].cue, standing[$1].cue)
        })
        var claimedSentences = PositionSet()
        for position in standing.indices {
            let (cue, tier) = standing[ordered?[position] ?? position]
            guard case .claim(let kind) = cue.rule.meaning else { continue }
            // A what-if, or a worry asked as a question, that the writer answers is not a claim.
            // (The answer is looked for in the next sentence only, so this cue's own sentence
            // being in the set does not matter: no copy of the set per cue.)
            let isAsked = kind == .whatIfSpiral || analysis.text.sentences[cue.sentence].isQuestion
            if isAsked, rules.isAnswered(cue, sentencesWithClaims: sentencesWithClaims) { continue }
            if ignoredTokens.coversAny(of: cue.clause) || acceptedTokens.coversAny(of: cue.clause) { continue }
            // One claim a sentence for tier 2: a weak cue adds nothing where a sure one stands.
            if tier == .possible, claimedSentences.contains(cue.sentence) { continue }
            acceptedTokens.mark(cue.clause)
            claimedSentences.insert(cue.sentence)
            let span = analysis.byteRange(cue.clause)
            accepted.append(ClaimMatch(utf8Range: span, kind: kind, cue: analysis.cueText(cue.match), tier: tier))
        }
        if let model {
            let found = modelClaims(model, in: analysis, rules: rules, skipping: examined, claimedSentences,
                                    sentencesWithClaims: sentencesWithClaims, ignored: ignoredTokens, exceptions: exceptions)
            accepted += found
        }
        return accepted.count < 2 ? accepted : accepted.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    }

    /// Tier 2 from the word model: each sentence the lexicon did not examine, scored alone.
    private func modelClaims(_ model: WorstCaseModel, in analysis: TextAnalysis, rules: ClaimContextRules,
                             skipping examined: PositionSet, _ claimed: PositionSet, sentencesWithClaims: PositionSet,
                             ignored: PositionSet, exceptions: PositionSet) -> [ClaimMatch] {
        var found: [ClaimMatch] = []
        analysis.tokens.withUnsafeBufferPointer { tokens in
            for (index, sentence) in analysis.text.sentences.enumerated() where !examined.contains(index) && !claimed.contains(index) {
                let range = analysis.sentenceRange(index, around: sentence.tokens.lowerBound..<sentence.tokens.lowerBound)
                guard range.count >= 2, model.score(tokens, range) >= model.threshold else { continue }
                let heaviest = model.heaviestFeatures(tokens, range, count: 3)
                guard let first = heaviest.first else { continue }
                // A look-alike carries the weight ("I'd die of embarrassment"): not a worst case.
                if heaviest.contains(where: { $0.positions.contains(where: exceptions.contains) }) { continue }
                // The answer to a question just asked ("What if they hate me? Probably not.").
                if index > 0, analysis.text.sentences[index - 1].isQuestion,
                   rules.answersTheQuestionBefore(sentence: index) { continue }
                let consumed = heaviest.flatMap { Array($0.positions) }.sorted()
                let kind = rules.modelClaimKind(in: range)
                let cue = CueMatch(rule: LexiconRule(meaning: .claim(kind), tier: .possible, steps: [], line: Int.max),
                                   match: PatternMatcher.Match(start: consumed.first ?? first.positions.lowerBound,
                                                               end: (consumed.last ?? first.positions.lowerBound) + 1, consumed: consumed),
                                   sentence: index, clause: range)
                if rules.reasonToDropModelClaim(cue) != nil { continue }
                if sentence.isQuestion, rules.isAnswered(cue, sentencesWithClaims: sentencesWithClaims) { continue }
                if ignored.coversAny(of: range) { continue }
                found.append(ClaimMatch(utf8Range: analysis.byteRange(range), kind: kind, cue: model.cue(for: heaviest),
                                        tier: .possible, cueSource: .model))
            }
        }
        return found
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
