/// All three detectors over one paragraph, which is tokenised once instead of once per
/// detector: tokenising is most of what a detector costs on ordinary prose, where no cue word
/// occurs and the matchers stop at once (see "Speed" in `docs/detector.md`). The results are
/// exactly those of calling `claims(in:)`, `acts(in:)` and `matches(in:)` one after another.
public struct ThoughtScanner: Sendable {
    public let catastrophizing: CatastrophizingDetector
    public let reassurance: ReassuranceDetector
    public let crisis: CrisisLanguageDetector

    /// Parameters as for `CatastrophizingDetector.init(extraPhrases:ignoredPhrases:possibleClaims:)`.
    public init(extraPhrases: [CuePhrase] = [], ignoredPhrases: [String] = [], possibleClaims model: WorstCaseModel? = .embedded) {
        catastrophizing = CatastrophizingDetector(extraPhrases: extraPhrases, ignoredPhrases: ignoredPhrases, possibleClaims: model)
        reassurance = ReassuranceDetector()
        crisis = CrisisLanguageDetector()
    }

    /// What the three detectors find in one paragraph or list item of prose.
    public func scan(_ text: String) -> ThoughtScan {
        var buffers = ThoughtScanBuffers()
        scan(text, into: &buffers)
        return ThoughtScan(claims: buffers.claims, reassurance: buffers.reassurance, crisis: buffers.crisis)
    }

    /// `scan(_:)`, tokenising into `buffers` and leaving the findings there (`claims`,
    /// `reassurance`, `crisis`) instead of returning them. Scanning paragraph after paragraph
    /// with the same buffers allocates the token arrays once instead of once per paragraph; and
    /// nearly every paragraph finds nothing, so no result arrays are made for it (`foundNothing`).
    public func scan(_ text: String, into buffers: inout ThoughtScanBuffers) {
        buffers.clearFindings()
        let shared = reassurance.lexicon
        var tokenized = buffers.take()
        shared.tokenizer.tokenize(text, into: &tokenized)
        let analysis = TextAnalysis(lexicon: shared, text: consume tokenized)
        // Handed back before `analysis` goes: once it has, the buffers hold the arrays alone.
        defer { buffers.keep(analysis.text) }
        // Each detector is asked only when a token is a key word of its rules (the test its
        // matcher opens with, which finds nothing otherwise), so no empty array is made.
        // User cues compile a lexicon of their own, with its own word ids: that detector reads
        // the text with its own tokenizer.
        if catastrophizing.lexicon !== shared {
            buffers.claims = catastrophizing.claims(in: text)
        } else if analysis.mayMatch(shared.claims) || catastrophizing.model != nil {
            // With tier 2 on, every sentence is scored by the word model.
            buffers.claims = catastrophizing.claims(in: analysis)
        }
        if analysis.mayMatch(shared.reassurance) { buffers.reassurance = reassurance.acts(in: analysis) }
        if analysis.mayMatch(shared.crisis) { buffers.crisis = crisis.matches(in: analysis) }
    }
}

extension ThoughtScanner {
    /// A `reassurance:` field read once for both detectors that read it: the ask it records
    /// (`ReassuranceDetector.fieldAsk(_:)`) and its crisis wording
    /// (`CrisisLanguageDetector.matches(in:)`), tokenised into `buffers`' storage. Exactly the
    /// results of those two calls: crisis rules run only where a token is one of their key
    /// words, the same test `CuePrefilter` makes from the bytes. `withTopic`: false leaves the
    /// ask's topic `.unknown` (an entry with no ask told in prose compares it with nothing).
    public func scanReassuranceField(_ text: String, withTopic: Bool = true,
                                     into buffers: inout ThoughtScanBuffers) -> (ask: ReassuranceMatch, crisis: [CrisisMatch]) {
        let shared = reassurance.lexicon
        var tokenized = buffers.take()
        shared.tokenizer.tokenize(text, into: &tokenized)
        let analysis = TextAnalysis(lexicon: shared, text: consume tokenized)
        defer { buffers.keep(analysis.text) }
        let ask = reassurance.fieldAsk(in: analysis, utf8Count: text.utf8.count, withTopic: withTopic)
        return (ask, analysis.mayMatch(shared.crisis) ? crisis.matches(in: analysis) : [])
    }

    /// `CrisisLanguageDetector.matches(in:)` of a field or quote, tokenised (when its bytes may
    /// hold crisis wording at all) into `buffers`' storage instead of new arrays.
    public func crisisMatches(in text: String, into buffers: inout ThoughtScanBuffers) -> [CrisisMatch] {
        let shared = crisis.lexicon
        guard shared.crisisPrefilter.mayMatch(text) else { return [] }
        var tokenized = buffers.take()
        shared.tokenizer.tokenize(text, into: &tokenized)
        let analysis = TextAnalysis(lexicon: shared, text: consume tokenized)
        defer { buffers.keep(analysis.text) }
        return crisis.matches(in: analysis)
    }
}

/// The findings of `ThoughtScanner.scan(_:)`, each list in text order.
public struct ThoughtScan: Sendable, Hashable {
    public let claims: [ClaimMatch]
    public let reassurance: [ReassuranceMatch]
    public let crisis: [CrisisMatch]
}

/// Storage `ThoughtScanner.scan(_:into:)` tokenises into, kept between paragraphs, and where
/// it leaves the last paragraph's findings.
public struct ThoughtScanBuffers: Sendable {
    private var storage = TokenizedText()
    /// The last paragraph's findings, each list in text order (as in `ThoughtScan`).
    public internal(set) var claims: [ClaimMatch] = []
    public internal(set) var reassurance: [ReassuranceMatch] = []
    public internal(set) var crisis: [CrisisMatch] = []

    public init() {}

    /// Whether the last paragraph scanned found nothing (nearly always).
    @inlinable
    public var foundNothing: Bool { claims.isEmpty && reassurance.isEmpty && crisis.isEmpty }

    /// Forgets the last paragraph's findings; writes only lists that hold something.
    @inline(__always)
    mutating func clearFindings() {
        if !claims.isEmpty { claims = [] }
        if !reassurance.isEmpty { reassurance = [] }
        if !crisis.isEmpty { crisis = [] }
    }

    /// The arrays, leaving none behind, so the tokenizer appends to uniquely held storage.
    mutating func take() -> TokenizedText {
        var taken = TokenizedText()
        swap(&taken, &storage)
        return taken
    }

    mutating func keep(_ text: TokenizedText) { storage = text }
}
