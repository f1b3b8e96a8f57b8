import JournalModel
import MarkdownSyntax

/// A suppression comment that silenced nothing, or names a rule that does not exist.
public struct UnusedSuppressionRule: SuppressionRule {
    public init() {}

    public let description = RuleDescription(
        id: "unused-suppression",
        summary: "A `steady-disable` comment that silenced nothing or names an unknown rule.",
        rationale: """
        Suppressions outlive the text they were written for. One that silences nothing hides the \
        next real finding in its place; one with a misspelt rule id never worked.
        """,
        defaultSeverity: .warning,
        triggeringExamples: [
            "# 2026-11-28\n\n↓<!-- steady-disable-next-line unsupported-catastrophizing -- was upset -->\ntemp: green\n",
            "# 2026-11-28\n\n↓<!-- steady-disable-next-line no-such-rule -->\ntemp: green\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\n<!-- steady-disable-next-line unsupported-catastrophizing -- I know -->\nHe's going to leave me.\n",
        ]
    )

    public func check(_ context: SuppressionContext, into findings: inout FindingSink) {
        let suppressions = context.suppressions
        for (index, directive) in suppressions.directives.enumerated() {
            let unknown = directive.ruleIDs.filter { !context.knownRuleIDs.contains($0) }
            let forbidden = directive.ruleIDs.filter { context.unsuppressibleIDs.contains($0) }
            let message: Finding.Message
            if !unknown.isEmpty {
                message = .unknownRules(unknown, known: context.knownRuleIDs)
            } else if !forbidden.isEmpty {
                message = .unsuppressibleRules(forbidden)
            } else if !suppressions.used[index] {
                message = .unusedSuppression
            } else {
                continue
            }
            findings.report(message, at: directive.range, path: context.path, lineText: suppressions.lines[index])
        }
    }
}

extension Finding.Message {
    /// A suppression comment naming rules that do not exist, each with the known id it is
    /// probably a typo of (as configuration errors suggest one).
    static func unknownRules(_ ids: [String], known: Set<String>) -> Self {
        let known = known.sorted()  // the same suggestion on every run
        let named = ids.map { id in
            "`\(id)`" + (DidYouMean.suggestion(for: id, among: known).map { " (did you mean `\($0)`?)" } ?? "")
        }
        return Self("suppression names unknown rule\(ids.count == 1 ? "" : "s") \(named.joined(separator: ", ")); `steady rules` lists the rule ids")
    }

    /// A suppression comment naming rules comments may not silence.
    static func unsuppressibleRules(_ ids: [String]) -> Self {
        Self("\(ids.map { "`\($0)`" }.joined(separator: ", ")) cannot be silenced by a comment; switch it off in .steady.yml if you must")
    }

    static let unusedSuppression: Self = "this suppression silences nothing; remove it"
}
