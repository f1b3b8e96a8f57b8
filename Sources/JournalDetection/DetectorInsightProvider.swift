import JournalModel

/// Insights from the detectors the linter runs, so the summary counts exactly the claims and
/// reassurance acts that `steady lint` reports.
public struct DetectorInsightProvider: EntryInsightProvider {
    private let analyzer: EntryAnalyzer

    public init(analyzer: EntryAnalyzer) {
        self.analyzer = analyzer
    }

    public func insights(for entry: Entry) -> EntryInsights {
        analyzer.analyze(entry).insights
    }
}

extension AnalyzedEntry {
    /// What the summary counts of this entry: the same claims and acts the linter saw.
    public var insights: EntryInsights {
        EntryInsights(
            claims: claims.map { ClaimInsight(kind: $0.kind.rawValue, in: entry) },
            proseReassuranceActs: reassurance.count { $0.source == .prose })
    }
}
