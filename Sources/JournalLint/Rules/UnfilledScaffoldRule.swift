import JournalModel
import MarkdownSyntax

/// An entry whose scaffold (from `steady lint --fix` or a `steady new` template) is still
/// untouched: one quiet reminder per entry, not one warning per blank line.
public struct UnfilledScaffoldRule: JournalRule {
    public init() {}

    public let description = RuleDescription(
        id: "unfilled-scaffold",
        summary: "An entry with a scaffold still waiting for your words: blank evidence items, an empty `temp:`, `urge:` or `regulate:`.",
        rationale: """
        `steady lint --fix` and `steady new` write scaffolds so the practice is there when you \
        need it: an `evidence:` section with blank `- for:` and `- against:` items, an empty \
        `temp:`. Left untouched, they are a reminder, not a fault: the rule says once per entry \
        what is waiting, and goes quiet as soon as you write in it. A section you have started is \
        judged by the evidence rules as usual.
        """,
        defaultSeverity: .note,
        triggeringExamples: [
            "# 2026-11-28\n\nHe's going to leave me.\n\n↓evidence:\n- for:\n- against:\n",
            "# 2026-11-28\n\n## 21:40\n↓temp:\n\nevidence:\n- for:\n- against:\n\nurge:\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\nevidence:\n- for:\n- against: he texted at lunch\n",
            "# 2026-11-28\n\ntemp: yellow\nurge: text him (resisted)\n",
        ],
        concern: .wellbeing
    )

    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        let emptyFields = context.journal.problems.filter { $0.kind == .emptyFieldValue }
        for item in context.entries {
            let entry = item.entry
            var waiting: [(part: String, range: SourceRange)] = []
            for problem in emptyFields where entry.range.contains(line: problem.range.lowerBound.line) {
                waiting.append(("temp", problem.range))
            }
            for section in entry.evidence where !section.items.isEmpty && !section.isFilledIn {
                waiting.append(("evidence", section.range))
            }
            for urge in entry.urges where urge.text.isEmpty && urge.outcome == .unspecified { waiting.append(("urge", urge.range)) }
            for regulation in entry.regulation where regulation.techniques.isEmpty { waiting.append(("regulate", regulation.range)) }
            // Only a scaffold: a lone blank `urge:` or `regulate:` the writer typed is theirs to leave.
            guard waiting.contains(where: { $0.part == "temp" || $0.part == "evidence" }) else { continue }
            let first = waiting.min { $0.range.lowerBound < $1.range.lowerBound }!
            var parts: [String] = []
            for (part, _) in waiting where !parts.contains(part) { parts.append(part) }
            findings.report(.waitingToFill(parts), at: first.range, path: context.journal.path, source: context.journal.source)
        }
    }
}

extension SourceRange {
    /// Whether `line` falls within the range's lines.
    func contains(line: Int) -> Bool { lowerBound.line <= line && line <= upperBound.line }
}

extension Finding.Message {
    /// An entry whose scaffold `parts` (field names) are all still blank.
    static func waitingToFill(_ parts: [String]) -> Self {
        if parts == ["evidence"] { return "waiting for your evidence: the `- for:` and `- against:` lines are still blank" }
        return Self("this entry is waiting for your words: " + parts.map { "`\($0):`" }.joined(separator: ", ") + " still blank")
    }
}
