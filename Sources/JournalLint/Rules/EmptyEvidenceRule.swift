import JournalModel

/// An `evidence:` section with nothing written in it.
public struct EmptyEvidenceRule: JournalRule {
    public init() {}

    public let description = RuleDescription(
        id: "empty-evidence",
        summary: "An `evidence:` section with no items at all (a scaffold of blank items is `unfilled-scaffold`'s).",
        rationale: """
        Writing `evidence:` is the start of cross-examining a thought; the examination happens in \
        the items. A section left empty (for example the scaffold `steady lint --fix` inserts) is a \
        reminder to come back and write what supports the fear (`for:`) and what contradicts it \
        (`against:`). A section of blank `- for:` / `- against:` items (the scaffold `steady lint \
        --fix` and `steady new` write) is waiting to be filled, and `unfilled-scaffold` says so once.
        """,
        defaultSeverity: .warning,
        triggeringExamples: [
            "# 2026-11-28\n\nHe's going to leave me.\n\n↓evidence:\n\ntemp: red\n",
            "# 2026-11-28\n\nWhat if he's gone.\n\n↓evidence:\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\nevidence:\n- against: he texted at lunch\n",
            "# 2026-11-28\n\nevidence: he said he had meetings all day\n",
            "# 2026-11-28\n\nevidence:\n- for:\n- against:\n",
        ],
        concern: .wellbeing
    )

    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        let entries = context.entries
        for index in entries.indices where !entries[index].entry.evidence.isEmpty {
            // Blank items are a scaffold waiting to be filled (`unfilled-scaffold`), not an empty section.
            for section in entries[index].entry.evidence where section.items.isEmpty {
                findings.report(
                    .emptyEvidence,
                    at: section.range, path: context.journal.path, source: context.journal.source)
            }
        }
    }
}

extension Finding.Message {
    /// An `evidence:` section with no items.
    static let emptyEvidence = Self(
        "`evidence:` has no items yet; add `- for:` and `- against:` lines to cross-examine the thought",
        spoken: "`evidence:` is here with nothing under it yet; a `- for:` and an `- against:` line would let you weigh the thought")
}
