import JournalModel

/// A field whose value is not one it takes (`temp: purple`).
public struct InvalidFieldValueRule: ProblemRule {
    public init() {}

    public let description = RuleDescription(
        id: "invalid-field-value",
        summary: "A field value Steady cannot read, such as `temp: purple`; names the valid values.",
        rationale: """
        The traffic light only works with its three colours: red (flooded), yellow (activated), \
        green (calm). A value outside them is lost from the summary's temperature chart.
        """,
        defaultSeverity: .error,
        triggeringExamples: [
            "# 2026-11-28\n\ntemp: ↓purple\n",
            "# 2026-11-28\n\ntemp: red -> ↓blue\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\ntemp: red -> yellow → green\n",
            "# 2026-11-28\n\nTemp: Yellow\n",
        ]
    )

    let kinds: [JournalProblem.Kind] = [.invalidFieldValue]

    func message(for problem: JournalProblem) -> Finding.Message {
        .invalidFieldValue(key: problem.fieldKey)
    }
}

extension Finding.Message {
    /// A `temp:` (or other colour field) value that is not a colour; `key` is the field's, when known.
    static func invalidFieldValue(key: FieldKey?) -> Self {
        Self("invalid `\(key?.rawValue ?? "field")` value; use red, yellow or green (a trajectory is written `red -> yellow`)")
    }
}
