import JournalModel

/// Bytes that are not UTF-8.
public struct InvalidEncodingRule: ProblemRule {
    public init() {}

    public let description = RuleDescription(
        id: "invalid-encoding",
        summary: "Bytes that are not UTF-8; Steady skips over them and changes nothing on disk.",
        rationale: """
        Steady reads journals as UTF-8. In a file saved in another encoding (or damaged), the \
        bytes that are not UTF-8 cannot be read, so words around them escape the rules. Each run \
        of such bytes is reported at its exact byte column. Re-save the file as UTF-8 in your editor.
        """,
        defaultSeverity: .warning,
        triggeringExamples: [],
        nonTriggeringExamples: ["# 2026-11-28\n\nCafé, 大丈夫 🙂\n"]
    )

    let kinds: [JournalProblem.Kind] = [.invalidUTF8]

    func message(for problem: JournalProblem) -> Finding.Message {
        .invalidEncoding
    }
}

extension Finding.Message {
    static let invalidEncoding: Self = "bytes here are not UTF-8 and cannot be read; re-save the file as UTF-8 in your editor"
}
