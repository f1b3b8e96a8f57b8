import JournalModel

/// Journal text with no date.
public struct UndatedEntryRule: ProblemRule {
    public init() {}

    public let description = RuleDescription(
        id: "undated-entry",
        summary: "Journal text with no dated heading above it and no date in the file name.",
        rationale: """
        Patterns only show over time: which days spiral, whether reassurance is shrinking week by \
        week. Text without a date cannot be placed on that timeline, so the summary leaves it out. \
        Date it with a heading (`# 2026-11-28`) or name the file by its date (`2026-11-28.md`).
        """,
        defaultSeverity: .error,
        triggeringExamples: [
            "↓He hasn't answered all afternoon.\n\n# 2026-11-28\n\ntemp: yellow\n",
            "# Notes\n\n↓## 21:40 Late\n\ntemp: red\n",
        ],
        nonTriggeringExamples: [
            "# November\n\n# 2026-11-28\n\ntemp: yellow\n",
            "<!-- steady-disable-file one-sided-evidence -->\n\n# 2026-11-28\n\ntemp: green\n",
        ]
    )

    let kinds: [JournalProblem.Kind] = [.undatedContent]

    func message(for problem: JournalProblem) -> Finding.Message {
        .undatedEntry
    }
}

extension Finding.Message {
    static let undatedEntry: Self = "this text has no date; put it under a dated heading such as `# 2026-11-28` or name the file by its date (2026-11-28.md)"
}
