import JournalModel

/// The one sentence `steady lint` closes with when something went well: counted by the summary
/// itself (`SummaryBuilder`), over every day the linted entries cover, so the linter and the
/// review never disagree about what happened.
public enum WentWell {
    /// "What went well: you examined 3 worst-case thoughts with evidence, …", or `nil` when
    /// there is nothing to say (no thought examined, no urge resisted, no cooler ending).
    /// Each digest carries its own journal day, so every file's `day-starts-at` is already applied;
    /// nothing said here depends on the reassurance limit.
    public static func sentence(digests: [EntryDigest]) -> String? {
        guard let first = digests.map(\.day).min(), let last = digests.map(\.day).max() else { return nil }
        let options = SummaryOptions(period: .range(DatePeriod(from: first, to: last)))
        guard let summary = SummaryBuilder.build(digests: digests, options: options)?.current else { return nil }
        var parts: [String] = []
        if summary.progress.thoughtsExamined > 0 {
            parts.append("you examined \(SummaryFormatting.count(summary.progress.thoughtsExamined, "worst-case thought")) with evidence")
        }
        if summary.progress.possibleThoughtsExamined > 0 {
            parts.append("you examined \(SummaryFormatting.possibleThoughts(summary.progress.possibleThoughtsExamined)) with evidence")
        }
        if summary.progress.pausedBeforeReacting > 0 {
            parts.append("you paused before reacting \(SummaryFormatting.times(summary.progress.pausedBeforeReacting)) (urges resisted)")
        }
        let fromRed = summary.temperature.moves.filter { $0.from == .red }.reduce(0) { $0 + $1.count }
        if fromRed > 0 {
            parts.append("\(SummaryFormatting.count(fromRed, "entry", "entries")) went from red to cooler")
        }
        guard !parts.isEmpty else { return nil }
        return "What went well: " + parts.joined(separator: "; ") + "."
    }
}
