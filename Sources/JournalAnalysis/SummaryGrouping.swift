import JournalModel

/// How a period is cut into rows (`--by`): calendar days, ISO weeks (Monday to Sunday) or
/// calendar months, each cut to the period, so the rows cover the period exactly once.
public enum SummaryGrouping: String, Sendable, Hashable, CaseIterable {
    case day, week, month

    /// The rows' periods, in order.
    public func periods(of period: DatePeriod) -> [DatePeriod] {
        var rows: [DatePeriod] = []
        var start = period.from
        while start <= period.to {
            let end: JournalDate = switch self {
            case .day: start
            case .week: start.adding(days: 7 - start.isoWeekday)
            case .month: JournalDate(year: start.year, month: start.month, day: SummaryGrouping.daysInMonth(year: start.year, month: start.month)) ?? start
            }
            let cut = min(end, period.to)
            rows.append(DatePeriod(from: start, to: cut))
            guard let next = cut.addingWithinRange(days: 1) else { break }
            start = next
        }
        return rows
    }

    /// The row's name: `2026-11-23` (day), `2026-W48` (week), `2026-11` (month).
    public func label(of row: DatePeriod) -> String {
        switch self {
        case .day: row.from.description
        case .week: ISOWeek(containing: row.from).description
        case .month: String(row.from.description.prefix(7))
        }
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        for day in stride(from: 31, through: 28, by: -1) where JournalDate(year: year, month: month, day: day) != nil { return day }
        return 28
    }
}
