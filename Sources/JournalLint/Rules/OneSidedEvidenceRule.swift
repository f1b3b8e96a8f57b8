import JournalModel

/// Evidence that only argues for the fear.
public struct OneSidedEvidenceRule: JournalRule {
    public init() {}

    public let description = RuleDescription(
        id: "one-sided-evidence",
        summary: "An `evidence:` section with `for:` items but no `against:` item.",
        rationale: """
        Anxiety is a skilled prosecutor: it finds every piece of evidence for the fear and none \
        against it. Balanced cross-examination asks for at least one fact that contradicts the \
        thought, even a small one ("he texted this morning").
        """,
        defaultSeverity: .note,
        triggeringExamples: [
            "# 2026-11-28\n\n↓evidence:\n- for: he was short with me\n- for: he didn't call\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\nevidence:\n- for: he was short with me\n- against: he apologised\n",
        ],
        concern: .wellbeing
    )

    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        let entries = context.entries
        for index in entries.indices where !entries[index].entry.evidence.isEmpty {
            for section in entries[index].entry.evidence where section.hasFor && !section.hasAgainst {
                findings.report(
                    .oneSidedEvidence,
                    at: section.range, path: context.journal.path, source: context.journal.source)
            }
        }
    }
}

extension Finding.Message {
    /// An `evidence:` section with `for:` items and no `against:` item.
    static let oneSidedEvidence = Self(
        "evidence only supports the fear; is there one thing, even small, that contradicts it? Add an `against:` item",
        spoken: "so far the evidence only speaks for the fear; is there one thing, even small, that speaks against it? An `against:` line can hold it")
}
