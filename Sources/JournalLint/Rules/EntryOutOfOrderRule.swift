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
        let entries = context.journal.entries
        guard entries.count > 1 else { return }
        /// Comparable moment of an entry; entries without a time sort at the start of their day.
        func moment(_ entry: Entry) -> Int { entry.date.dayNumber * 1440 + (entry.time?.minutesSinceMidnight ?? 0) }
        var ascending = 0
        var descending = 0
        for (previous, next) in zip(entries, entries.dropFirst()) {
            if moment(next) > moment(previous) { ascending += 1 }
            if moment(next) < moment(previous) { descending += 1 }
        }
        let newestFirst = descending > ascending
        for (previous, next) in zip(entries, entries.dropFirst()) {
            // Same day without a time on one side: no order to judge.
            if previous.date == next.date, previous.time == nil || next.time == nil { continue }
            let outOfOrder = newestFirst ? moment(next) > moment(previous) : moment(next) < moment(previous)
            guard outOfOrder else { continue }
            let order = newestFirst ? "newest-first" : "oldest-first"
            findings.report(
                "entry dated \(next.date)\(next.time.map { " \($0)" } ?? "") comes after \(previous.date)\(previous.time.map { " \($0)" } ?? "") in a file that runs \(order); is the date right?",
                at: next.headingRange ?? next.range, path: context.journal.path, source: context.journal.source)
        }
    }
}
