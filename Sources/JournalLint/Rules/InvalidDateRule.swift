import JournalModel

/// A date or time that does not exist.
public struct InvalidDateRule: ProblemRule {
    public init() {}

    public let description = RuleDescription(
        id: "invalid-date",
        summary: "A date or time that does not exist, such as 2026-02-30 or 25:61, or a day dated another way than YYYY-MM-DD (21/11/2026).",
        rationale: """
        An impossible date puts an entry nowhere on the timeline; its content is skipped until it \
        is corrected. Dates are `YYYY-MM-DD`, times 24-hour `HH:MM`.
        """,
        defaultSeverity: .error,
        triggeringExamples: [
            "↓# 2026-02-30\n\ntemp: red\n",
            "# 2026-11-28\n\n↓## 25:61 Late\n\ntemp: red\n",
            "↓# 21/11/2026\n\ntemp: red\n",
        ],
        nonTriggeringExamples: [
            "# 2024-02-29\n\ntemp: green\n",
            "# 2026-11-28\n\n## 23:59 Late\n\ntemp: yellow\n",
        ]
    )

    let kinds: [JournalProblem.Kind] = [.invalidDate, .invalidTime, .otherDateForm]

    func message(for problem: JournalProblem) -> Finding.Message {
        switch problem.kind {
        case .invalidTime: .invalidTime
        case .otherDateForm: .otherDateForm(meaning: problem.dates)
        default: .invalidDate
        }
    }
}

extension Finding.Message {
    static let invalidTime: Self = "this time does not exist; use HH:MM between 00:00 and 23:59, or a 12-hour time such as 9:30pm"
    static let invalidDate: Self = "this date does not exist; use a real date as YYYY-MM-DD (the entries under it are skipped until then)"

    /// A day heading dated another way than `YYYY-MM-DD` (`# 21/11/2026`): it names a real day
    /// but is read as no date. `dates` are the ISO dates it could mean (Steady's reading, not
    /// the writer's words): one, two when day and month could be either way round, or none.
    static func otherDateForm(meaning dates: [JournalDate]) -> Self {
        switch dates.count {
        case 1:
            Self("this date is written another way than YYYY-MM-DD, so it is read as no date; write it as \(dates[0]) (the entries under it are skipped until then)")
        case 2:
            Self("this date could be \(dates[0]) or \(dates[1]); write the one you meant as YYYY-MM-DD (the entries under it are skipped until then)")
        default:
            Self("this date is written another way than YYYY-MM-DD and names no real day; use a real date as YYYY-MM-DD (the entries under it are skipped until then)")
        }
    }
}
