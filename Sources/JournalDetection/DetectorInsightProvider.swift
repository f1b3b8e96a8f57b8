import JournalModel

/// Insights from the detectors the linter runs, so the summary counts exactly the claims and
/// reassurance acts that `steady lint` reports.
public struct DetectorInsightProvider: EntryInsightProvider {
    private let analyzer: EntryAnalyzer
    private let includeSentences: Bool

    /// - Parameter includeSentences: give each claim the sentence it was written in (the
    ///   writer's words: only for a report they asked to hold them).
    public init(analyzer: EntryAnalyzer, includeSentences: Bool = false) {
        self.analyzer = analyzer
        self.includeSentences = includeSentences
    }

    public func insights(for entry: Entry) -> EntryInsights {
        analyzer.analyze(entry).insights(includingSentences: includeSentences)
    }
}

extension AnalyzedEntry {
    /// What the summary counts of this entry: the same claims and acts the linter saw.
    public var insights: EntryInsights { insights(includingSentences: false) }

    /// `insights`, each claim with the sentence it was written in when `includingSentences` (the
    /// writer's words: only for a report they asked to hold them).
    public func insights(includingSentences: Bool) -> EntryInsights {
        EntryInsights(
            // Tier 1 and tier 2 both: the summary counts worst-case thoughts and, apart, thoughts
            // that might be worst-case. Only tier 1 carries its sentence ("In your words" lists those).
            claims: claims.map { claim in
                let isPossible = claim.tier == .possible
                return ClaimInsight(kind: claim.kind.rawValue, in: entry,
                                    sentence: includingSentences && !isPossible ? Self.sentence(of: claim, in: entry) : nil,
                                    isPossible: isPossible)
            },
            proseReassuranceActs: reassurance.count { $0.source == .prose },
            proseReassuranceLocations: reassuranceInProse.map(\.range.lowerBound),
            reassuranceAtLeast: ReassuranceAct.askCount(of: reassurance),
            crisisMentions: crisis.count)
    }

    /// The sentence around a claim in its prose span: back to the end of the sentence before
    /// (`.`, `!` or `?` and a space) and on to the end of its own.
    static func sentence(of claim: Claim, in entry: Entry) -> String? {
        guard claim.proseIndex < entry.prose.count else { return nil }
        let bytes = Array(entry.prose[claim.proseIndex].text.utf8)
        guard claim.proseUTF8Range.upperBound <= bytes.count else { return nil }
        func endsSentence(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") }
        func sentenceBreak(before index: Int) -> Bool {
            index >= 2 && endsSentence(bytes[index - 2]) && bytes[index - 1] == UInt8(ascii: " ")
        }
        var start = claim.proseUTF8Range.lowerBound
        while start > 0, !sentenceBreak(before: start) { start -= 1 }
        var end = max(claim.proseUTF8Range.upperBound, start + 1)
        while end < bytes.count, !sentenceBreak(before: end + 1) { end += 1 }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return text.trimmingSpaces()
    }
}
