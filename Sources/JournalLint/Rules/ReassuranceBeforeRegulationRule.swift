import JournalModel

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
        This note marks the first ask in an entry that came before any `regulate:` field.
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
        // Entries are read in place, by index.
        let entries = context.entries
        for index in entries.indices {
            guard let firstAsk = entries[index].reassurance.first,
                  entries[index].entry.temperatures.contains(where: { $0.value != .green }) else { continue }
            // Whether any `regulate:` comes first: the same as comparing the earliest, without
            // collecting every start into an array to find it.
            if entries[index].entry.regulation.contains(where: { $0.range.lowerBound < firstAsk.range.lowerBound }) { continue }
            findings.report(
                .reassuranceBeforeRegulation,
                at: firstAsk.range, path: context.journal.path, source: context.journal.source)
        }
    }
}

extension Finding.Message {
    /// Reassurance asked for in a red or yellow entry before any `regulate:`.
    static let reassuranceBeforeRegulation = Self(
        "reassurance sought in a red or yellow moment before any `regulate:`; calming the body first can make the ask unnecessary",
        spoken: "you reached out for reassurance while things ran hot, before anything for your body; next time, a minute of cold water or slow breathing first may make the ask smaller")
}
