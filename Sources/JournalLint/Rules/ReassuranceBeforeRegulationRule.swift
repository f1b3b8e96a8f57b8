import JournalDetection
import JournalModel
import MarkdownSyntax

/// Reaching for reassurance in a red or yellow moment before doing anything to calm the body.
public struct ReassuranceBeforeRegulationRule: JournalRule {
    public init() {}

    public let description = RuleDescription(
        id: "reassurance-before-regulation",
        summary: "Reassurance sought in a red or yellow entry before any `regulate:`.",
        rationale: """
        When the nervous system is flooded (red) or activated (yellow), asking for reassurance is \
        the fastest relief and the one that keeps the cycle going. The practice is to regulate \
        first (cold water, a walk, breathwork) and decide about asking once back nearer green. \
        This note marks, once a journal day (days start at `day-starts-at`), the first ask written \
        in a red or yellow entry before any `regulate:` of that entry: one gentle note a day, \
        however many asks or entries the day had (`excessive-reassurance` counts them).
        """,
        defaultSeverity: .note,
        triggeringExamples: [
            "# 2026-11-28\n\ntemp: red\n↓reassurance: asked if he's mad at me\nregulate: cold water\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\ntemp: red\nregulate: cold water, walk\nreassurance: asked if he's mad at me\n",
            "# 2026-11-28\n\ntemp: green\nreassurance: asked what time he'd be home\n",
        ],
        concern: .wellbeing
    )

    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        Self.forEachNote(in: context) { firstAsk in
            findings.report(
                .reassuranceBeforeRegulation,
                at: firstAsk, path: context.journal.path, source: context.journal.source)
        }
    }

    /// The journal days noted in `context` and in the runs before it (`EarlierRuns`): what a
    /// file read in runs carries to the next run.
    public static func notedDays(in context: JournalContext) -> Set<JournalDate> {
        forEachNote(in: context) { _ in }
    }

    /// Calls `note` with the first ask of each entry the rule notes, and returns the journal
    /// days noted, those of the runs before included.
    @discardableResult
    private static func forEachNote(in context: JournalContext, _ note: (SourceRange) -> Void) -> Set<JournalDate> {
        let dayStartsAt = context.configuration.dayStartsAt
        // One note a journal day: a night of red entries, an ask in each, is one pattern to
        // notice, not a note per entry (in a file read in runs, days the runs before noted count).
        var notedDays = context.earlierRuns?.notedReassuranceDays ?? []
        // Entries are read in place, by index.
        let entries = context.entries
        for index in entries.indices {
            let item = entries[index]
            guard let firstAsk = firstAskWritten(in: item),
                  item.entry.temperatures.contains(where: { $0.value != .green }) else { continue }
            // Whether any `regulate:` comes first: the same as comparing the earliest, without
            // collecting every start into an array to find it.
            if item.entry.regulation.contains(where: { $0.range.lowerBound < firstAsk.lowerBound }) { continue }
            guard notedDays.insert(item.entry.journalDay(dayStartsAt: dayStartsAt)).inserted else { continue }
            note(firstAsk)
        }
        return notedDays
    }

    /// Where the entry's first ask is written: its first act, or an ask told in prose before it
    /// that the act count merged into a later `reassurance:` field (the same ask told twice).
    static func firstAskWritten(in item: AnalyzedEntry) -> SourceRange? {
        let act = item.reassurance.first?.range
        guard let told = item.reassuranceInProse.first?.range else { return act }
        guard let act else { return told }
        return told.lowerBound < act.lowerBound ? told : act
    }
}

extension Finding.Message {
    /// Reassurance asked for in a red or yellow entry before any `regulate:`.
    static let reassuranceBeforeRegulation = Self(
        "reassurance sought in a red or yellow moment before any `regulate:`; calming the body first can make the ask unnecessary",
        spoken: "you reached out for reassurance while things ran hot, before anything for your body; next time, a minute of cold water or slow breathing first may make the ask smaller")
}
