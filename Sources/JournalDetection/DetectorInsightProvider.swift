import JournalModel

/// Insights from the detectors the linter runs, so the summary counts exactly the claims and
/// reassurance acts that `steady lint` reports.
public struct DetectorInsightProvider: EntryInsightProvider {
    private let analyzer: EntryAnalyzer

    public init(analyzer: EntryAnalyzer) {
        self.analyzer = analyzer
    }

    public func insights(for entry: Entry) -> EntryInsights {
        let analyzed = analyzer.analyze(entry)
        return EntryInsights(
            claims: analyzed.claims.map { ClaimInsight(kind: $0.kind.rawValue, in: entry) },
            proseReassuranceActs: analyzed.reassurance.count { $0.source == .prose },
            reassuranceAtLeast: ReassuranceAct.askCount(of: analyzed.reassurance))
    }
}
