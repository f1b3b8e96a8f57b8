import JournalModel

/// An entry that breaks the order the rest of its file follows.
public struct EntryOutOfOrderRule: JournalRule {
    public init() {}

    public let description = RuleDescription(
        id: "entry-out-of-order",
        summary: "An entry dated out of the order its file follows (oldest-first or newest-first).",
        rationale: """
        Entries out of order are usually a mistyped date (2025 for 2026, 12 for 21), which moves a \
        hard evening to the wrong week of the review. Files may run oldest-first or newest-first: \
        the file's prevailing order is the norm, and entries against it are noted.
        """,
        defaultSeverity: .note,
        triggeringExamples: [
            "# 2026-11-27\n\ntemp: green\n\n↓# 2026-11-12\n\ntemp: red\n\n# 2026-11-28\n\ntemp: yellow\n\n# 2026-11-29\n\ntemp: green\n",
            "# 2026-11-28\n\n## 21:00\ntemp: red\n\n↓## 08:00\ntemp: green\n\n## 22:00\ntemp: yellow\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-26\n\ntemp: green\n\n# 2026-11-27\n\ntemp: red\n\n# 2026-11-28\n\ntemp: yellow\n",
            "# 2026-11-28\n\ntemp: green\n\n# 2026-11-27\n\ntemp: red\n\n# 2026-11-26\n\ntemp: yellow\n",
        ]
    )

    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        // The analysed entries, not `journal.entries`, which flattens (copies) every entry anew;
        // each entry's date and time are read once.
        let entries = context.entries
        guard entries.count > 1 else { return }
        let dates = entries.map(\.entry.date)
        let times = entries.map(\.entry.time)
        /// Comparable moment of an entry; entries without a time sort at the start of their day.
        let moments = entries.indices.map { dates[$0].dayNumber * 1440 + (times[$0]?.minutesSinceMidnight ?? 0) }
        var ascending = 0
        var descending = 0
        for next in entries.indices.dropFirst() {
            if moments[next] > moments[next - 1] { ascending += 1 }
            if moments[next] < moments[next - 1] { descending += 1 }
        }
        let newestFirst = descending > ascending
        for next in entries.indices.dropFirst() {
            let previous = next - 1
            // Same day without a time on one side: no order to judge.
            if dates[previous] == dates[next], times[previous] == nil || times[next] == nil { continue }
            let outOfOrder = newestFirst ? moments[next] > moments[previous] : moments[next] < moments[previous]
            guard outOfOrder else { continue }
            let order = newestFirst ? "newest-first" : "oldest-first"
            let entry = entries[next].entry
            findings.report(
                "entry dated \(dates[next])\(times[next].map { " \($0)" } ?? "") comes after \(dates[previous])\(times[previous].map { " \($0)" } ?? "") in a file that runs \(order); is the date right?",
                at: entry.headingRange ?? entry.range, path: context.journal.path, source: context.journal.source)
        }
    }
}
