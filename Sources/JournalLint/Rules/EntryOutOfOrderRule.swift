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
        let entries = context.entries
        guard entries.count > 1 else { return }
        // Each entry's comparable moment; entries without a time sort at the start of their day.
        let moments = entries.map { $0.entry.date.dayNumber * 1440 + ($0.entry.time?.minutesSinceMidnight ?? 0) }
        var ascending = 0
        var descending = 0
        for next in entries.indices.dropFirst() {
            if moments[next] > moments[next - 1] { ascending += 1 }
            if moments[next] < moments[next - 1] { descending += 1 }
        }
        let newestFirst = descending > ascending
        for next in entries.indices.dropFirst() {
            let previous = next - 1
            let outOfOrder = newestFirst ? moments[next] > moments[previous] : moments[next] < moments[previous]
            guard outOfOrder else { continue }
            let entry = entries[next].entry, previousEntry = entries[previous].entry
            // Same day without a time on one side: no order to judge.
            if previousEntry.date == entry.date, previousEntry.time == nil || entry.time == nil { continue }
            findings.report(
                .entryOutOfOrder(entry, after: previousEntry, newestFirst: newestFirst),
                at: entry.headingRange ?? entry.range, path: context.journal.path, source: context.journal.source)
        }
    }
}

extension Finding.Message {
    /// `entry` dated against the file's order, right after `previous`.
    static func entryOutOfOrder(_ entry: Entry, after previous: Entry, newestFirst: Bool) -> Self {
        func moment(_ entry: Entry) -> String { "\(entry.date)\(entry.time.map { " \($0)" } ?? "")" }
        let order = newestFirst ? "newest-first" : "oldest-first"
        return Self("entry dated \(moment(entry)) comes after \(moment(previous)) in a file that runs \(order); is the date right?")
    }
}
