import JournalModel

/// Bytes that are not UTF-8.
public struct InvalidEncodingRule: ProblemRule {
    public init() {}

    public let description = RuleDescription(
        id: "invalid-encoding",
        summary: "Bytes that are not UTF-8; Steady reads them as \u{FFFD} and changes nothing on disk.",
        rationale: """
        Steady reads journals as UTF-8. A file saved in another encoding (or damaged) shows \
        replacement characters where the bytes were, and words there cannot be read by the rules. \
        Re-save the file as UTF-8 in your editor.
        """,
        defaultSeverity: .warning,
        triggeringExamples: [],
        nonTriggeringExamples: ["# 2026-11-28\n\nCafé, 大丈夫 🙂\n"]
    )

    let kinds: Set<JournalProblem.Kind> = [.invalidUTF8]

    func message(for problem: JournalProblem) -> String {
        "bytes here are not UTF-8 and are read as \u{FFFD}; re-save the file as UTF-8"
    }
}
