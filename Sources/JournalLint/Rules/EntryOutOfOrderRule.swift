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
        // The analysed entries, not `journal.entries`, which flattens (copies) every entry anew.
        let entries = context.entries
        guard entries.count > 1 else { return }
        // Each entry's comparable moment, computed once, in scratch memory (on the stack for a
        // file's few entries: three arrays per file cost more than the rule's comparisons).
        // Entries without a time sort at the start of their day.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: entries.count) { moments in
            for index in entries.indices {
                let entry = entries[index].entry
                moments.initializeElement(at: index, to: entry.date.dayNumber * 1440 + (entry.time?.minutesSinceMidnight ?? 0))
            }
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
                let order = newestFirst ? "newest-first" : "oldest-first"
                findings.report(
                    "entry dated \(entry.date)\(entry.time.map { " \($0)" } ?? "") comes after \(previousEntry.date)\(previousEntry.time.map { " \($0)" } ?? "") in a file that runs \(order); is the date right?",
                    at: entry.headingRange ?? entry.range, path: context.journal.path, source: context.journal.source)
            }
            // Ints need no deinitialization.
        }
    }
}
