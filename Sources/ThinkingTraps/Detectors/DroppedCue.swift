/// A cue that matched but that a context rule dropped, with the rule's reason. Exposed for
/// diagnostics (`evaluate-detector --explain`), not for findings.
@_spi(Diagnostics)
public struct DroppedCue: Sendable, Hashable {
    public let cue: String
    public let kind: ClaimKind
    public let reason: String
}

extension CatastrophizingDetector {
    /// Cues in `text` that context rules dropped, and why.
    @_spi(Diagnostics)
    public func droppedCues(in text: String) -> [DroppedCue] {
        let analysis = TextAnalysis(lexicon: lexicon, text: lexicon.tokenizer.tokenize(text))
        let rules = ClaimContextRules(analysis: analysis)
        let exceptions = analysis.exceptionCoverage()
        return analysis.matches(of: lexicon.claims).compactMap { cue in
            guard case .claim(let kind) = cue.rule.meaning else { return nil }
            let reason = cue.match.consumed.contains(where: exceptions.contains) ? "look-alike" : rules.reasonToDrop(cue)
            return reason.map { DroppedCue(cue: analysis.cueText(cue.match), kind: kind, reason: $0) }
        }
    }
}
