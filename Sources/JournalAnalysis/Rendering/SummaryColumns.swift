import JournalModel

/// The numbers of one row of a trend (`--by`) or of a CSV export, in column order: one list,
/// so the CSV header, the JSON rows and the tables never disagree on what a column holds.
struct SummaryColumn: Sendable {
    /// The CSV header (snake_case).
    let csv: String
    /// The JSON key (camelCase).
    let json: String
    let value: @Sendable (PeriodSummary) -> Value

    enum Value: Sendable {
        /// A count: the totals' value is the sum of the rows'.
        case count(Int)
        /// A share, 0 … 1, or nil when there is nothing to divide by.
        case share(Double?)
    }

    static func count(_ csv: String, _ json: String, _ value: @escaping @Sendable (PeriodSummary) -> Int) -> SummaryColumn {
        SummaryColumn(csv: csv, json: json) { .count(value($0)) }
    }

    static func share(_ csv: String, _ json: String, _ value: @escaping @Sendable (PeriodSummary) -> Double?) -> SummaryColumn {
        SummaryColumn(csv: csv, json: json) { .share(value($0)) }
    }

    /// Every column after the row's name and dates.
    static let all: [SummaryColumn] = [
        count("days_in_period", "daysInPeriod") { $0.period.length },
        count("days_journaled", "days") { $0.daysJournaled },
        count("entries", "entries") { $0.entries },
        count("red", "red") { $0.temperature.red },
        count("yellow", "yellow") { $0.temperature.yellow },
        count("green", "green") { $0.temperature.green },
        share("red_share", "redShare") { $0.temperature.redShare },
        count("moves_down", "movesDown") { $0.temperature.trajectoriesDown },
        count("down_on_own", "downOnOwn") { $0.temperature.downOnOwn },
        count("red_down_on_own", "redDownOnOwn") { $0.progress.redBroughtDownOnOwn },
        count("reassurance_acts", "reassuranceActs") { $0.reassurance.total },
        count("days_over_limit", "daysOverLimit") { $0.reassurance.daysOverLimit.count },
        count("worst_case_thoughts", "thoughts") { $0.claims.total },
        count("thoughts_examined", "thoughtsExamined") { $0.claims.examined },
        share("examined_share", "examinedShare") { $0.claims.coverage },
        count("possible_thoughts", "possibleThoughts") { $0.possibleClaims.total },
        count("possible_thoughts_examined", "possibleThoughtsExamined") { $0.possibleClaims.examined },
        count("urges_resisted", "urgesResisted") { $0.urges.resisted },
        count("urges_acted", "urgesActed") { $0.urges.acted },
        count("urges_unmarked", "urgesUnmarked") { $0.urges.unspecified },
        count("facts", "facts") { $0.facts },
        count("reframes", "reframes") { $0.reframes },
    ]

    /// Readings and red readings in each part of the day, and in entries without a time
    /// (CSV only; JSON has its own `timeOfDay` object).
    static let timeOfDay: [SummaryColumn] = {
        var columns: [SummaryColumn] = []
        for part in PartOfDay.allCases as [PartOfDay?] + [nil] {
            let name = part.map { $0.rawValue.replacingHyphens } ?? "untimed"
            columns.append(count("\(name)_readings", "\(name)Readings") { summary in
                summary.timeOfDay.first { $0.part == part }?.readings ?? 0
            })
            columns.append(count("\(name)_red", "\(name)Red") { summary in
                summary.timeOfDay.first { $0.part == part }?.red ?? 0
            })
        }
        return columns
    }()
}

private extension String {
    /// `late-evening` → `late_evening`.
    var replacingHyphens: String { String(map { $0 == "-" ? "_" : $0 }) }
}
