import JournalModel
import MarkdownSyntax

/// A suppression comment that silenced nothing, or names a rule that does not exist.
public enum UnusedSuppressionRule {
    /// The id and default severity, without the rest of the description (asked for every file).
    static let id = "unused-suppression"
    static let defaultSeverity = Severity.warning

    public static let description = RuleDescription(
        id: id,
        summary: "A `steady-disable` comment that silenced nothing or names an unknown rule.",
        rationale: """
        Suppressions outlive the text they were written for. One that silences nothing hides the \
        next real finding in its place; one with a misspelt rule id never worked.
        """,
        defaultSeverity: defaultSeverity,
        triggeringExamples: [
            "# 2026-11-28\n\n↓<!-- steady-disable-next-line unsupported-catastrophizing -- was upset -->\ntemp: green\n",
            "# 2026-11-28\n\n↓<!-- steady-disable-next-line no-such-rule -->\ntemp: green\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\n<!-- steady-disable-next-line unsupported-catastrophizing -- I know -->\nHe's going to leave me.\n",
        ]
    )

    static func findings(for path: String, suppressions: SuppressionRecord, knownRuleIDs: Set<String>, unsuppressible: Set<String>, severity: Severity) -> [Finding] {
        var findings: [Finding] = []
        for (index, directive) in suppressions.directives.enumerated() {
            let unknown = directive.ruleIDs.filter { !knownRuleIDs.contains($0) }
            let forbidden = directive.ruleIDs.filter { unsuppressible.contains($0) }
            let message: String
            if !unknown.isEmpty {
                message = "suppression names unknown rule \(unknown.map { "`\($0)`" }.joined(separator: ", ")); `steady rules` lists the rule ids"
            } else if !forbidden.isEmpty {
                message = "\(forbidden.map { "`\($0)`" }.joined(separator: ", ")) cannot be silenced by a comment; switch it off in .steady.yml if you must"
            } else if !suppressions.used[index] {
                message = "this suppression silences nothing; remove it"
            } else {
                continue
            }
            findings.append(Finding(ruleID: description.id, severity: severity, message: message, path: path,
                                    range: directive.range, lineText: suppressions.lines[index]))
        }
        return findings
    }
}
