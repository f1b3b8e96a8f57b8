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
        // A run of a larger file: its first entry follows the last of the run before.
        let before = context.earlierRuns?.lastEntry
        guard entries.count + (before == nil ? 0 : 1) > 1 else { return }
        // Each entry's comparable moment; entries without a time sort at the start of their day.
        let moments = entries.map { EarlierRuns.EntryMoment($0.entry).minutes }
        let newestFirst = context.earlierRuns?.newestFirst ?? Self.runsNewestFirst(moments)
        func judge(_ previous: EarlierRuns.EntryMoment, _ next: Int) {
            let outOfOrder = newestFirst ? moments[next] > previous.minutes : moments[next] < previous.minutes
            guard outOfOrder else { return }
            let entry = entries[next].entry
            // Same day without a time on one side: no order to judge.
            if previous.date == entry.date, previous.time == nil || entry.time == nil { return }
            findings.report(
                .entryOutOfOrder(entry, after: previous, newestFirst: newestFirst),
                at: entry.headingRange ?? entry.range, path: context.journal.path, source: context.journal.source)
        }
        if let before, !entries.isEmpty { judge(before, 0) }
        for next in entries.indices.dropFirst() { judge(EarlierRuns.EntryMoment(entries[next - 1].entry), next) }
    }

    /// Whether entries at `moments` (in file order) run newest first: more steps back in time
    /// than forward. `FileLintInRuns` counts the steps of a file read in runs the same way.
    static func runsNewestFirst(_ moments: [Int]) -> Bool {
        var steps = OrderSteps()
        for moment in moments { steps.take(moment) }
        return steps.newestFirst
    }

    /// The steps forward and back in time between consecutive entries.
    struct OrderSteps: Sendable {
        private var ascending = 0
        private var descending = 0
        private var last: Int?

        mutating func take(_ moment: Int) {
            if let last {
                if moment > last { ascending += 1 }
                if moment < last { descending += 1 }
            }
            last = moment
        }

        var newestFirst: Bool { descending > ascending }
    }
}

extension Finding.Message {
    /// `entry` dated against the file's order, right after an entry written at `previous`.
    static func entryOutOfOrder(_ entry: Entry, after previous: EarlierRuns.EntryMoment, newestFirst: Bool) -> Self {
        func moment(_ date: JournalDate, _ time: TimeOfDay?) -> String { "\(date)\(time.map { " \($0)" } ?? "")" }
        let order = newestFirst ? "newest-first" : "oldest-first"
        return Self("entry dated \(moment(entry.date, entry.time)) comes after \(moment(previous.date, previous.time)) in a file that runs \(order); is the date right?")
    }
}
