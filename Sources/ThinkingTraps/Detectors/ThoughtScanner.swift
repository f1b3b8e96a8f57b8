/// All three detectors over one paragraph, which is tokenised once instead of once per
/// detector: tokenising is most of what a detector costs on ordinary prose, where no cue word
/// occurs and the matchers stop at once (see "Speed" in `docs/detector.md`). The results are
/// exactly those of calling `claims(in:)`, `acts(in:)` and `matches(in:)` one after another.
public struct ThoughtScanner: Sendable {
    public let catastrophizing: CatastrophizingDetector
    public let reassurance: ReassuranceDetector
    public let crisis: CrisisLanguageDetector

    /// Parameters as for `CatastrophizingDetector.init(extraPhrases:ignoredPhrases:)`.
    public init(extraPhrases: [CuePhrase] = [], ignoredPhrases: [String] = []) {
        catastrophizing = CatastrophizingDetector(extraPhrases: extraPhrases, ignoredPhrases: ignoredPhrases)
        reassurance = ReassuranceDetector()
        crisis = CrisisLanguageDetector()
    }

    /// What the three detectors find in one paragraph or list item of prose.
    public func scan(_ text: String) -> ThoughtScan {
        var buffers = ThoughtScanBuffers()
        return scan(text, reusing: &buffers)
    }

    /// `scan(_:)`, tokenising into `buffers`: scanning paragraph after paragraph with the same
    /// buffers allocates the token arrays once instead of once per paragraph.
    public func scan(_ text: String, reusing buffers: inout ThoughtScanBuffers) -> ThoughtScan {
        let shared = reassurance.lexicon
        var tokenized = buffers.take()
        shared.tokenizer.tokenize(text, into: &tokenized)
        let analysis = TextAnalysis(lexicon: shared, text: consume tokenized)
        // Handed back before `analysis` goes: once it has, the buffers hold the arrays alone.
        defer { buffers.keep(analysis.text) }
        // User cues compile a lexicon of their own, with its own word ids: that detector reads
        // the text with its own tokenizer.
        let claims = catastrophizing.lexicon === shared
            ? catastrophizing.claims(in: analysis)
            : catastrophizing.claims(in: text)
        return ThoughtScan(claims: claims, reassurance: reassurance.acts(in: analysis), crisis: crisis.matches(in: analysis))
    }
}

/// The findings of `ThoughtScanner.scan(_:)`, each list in text order.
public struct ThoughtScan: Sendable, Hashable {
    public let claims: [ClaimMatch]
    public let reassurance: [ReassuranceMatch]
    public let crisis: [CrisisMatch]
}

/// Storage `ThoughtScanner.scan(_:reusing:)` tokenises into, kept between paragraphs.
public struct ThoughtScanBuffers: Sendable {
    private var storage = TokenizedText()

    public init() {}

    /// The arrays, leaving none behind, so the tokenizer appends to uniquely held storage.
    mutating func take() -> TokenizedText {
        var taken = TokenizedText()
        swap(&taken, &storage)
        return taken
    }

    mutating func keep(_ text: TokenizedText) { storage = text }
}
