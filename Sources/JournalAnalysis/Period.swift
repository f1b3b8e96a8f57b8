import JournalModel

/// A span of calendar days, both ends included (`2026-11-23` … `2026-11-29`).
public struct DatePeriod: Sendable, Hashable, Codable, CustomStringConvertible {
    public let from: JournalDate
    public let to: JournalDate

    /// Creates the period `from` … `to`; the ends are swapped when given backwards.
    public init(from: JournalDate, to: JournalDate) {
        self.from = min(from, to)
        self.to = max(from, to)
    }

    /// The `length` days ending on `last`.
    public init(days length: Int, endingOn last: JournalDate) {
        self.init(from: last.adding(days: -(max(length, 1) - 1)), to: last)
    }

    /// How many days the period covers (at least 1).
    public var length: Int { to.dayNumber - from.dayNumber + 1 }

    /// Every day of the period, in order.
    public var days: [JournalDate] { (0..<length).map { from.adding(days: $0) } }

    /// The period of the same length that ends the day before this one starts, cut at
    /// 0001-01-01; nil when this period starts on that day (there is nothing before it).
    public var previous: DatePeriod? {
        from.addingWithinRange(days: -1).map { DatePeriod(days: length, endingOn: $0) }
    }

    public func contains(_ date: JournalDate) -> Bool { from <= date && date <= to }

    /// The ISO week the period is exactly, if it is one (Monday … Sunday).
    public var isoWeek: ISOWeek? {
        guard length == 7, from.isoWeekday == 1 else { return nil }
        return ISOWeek(containing: from)
    }

    /// `2026-11-23 – 2026-11-29`.
    public var description: String { "\(from) – \(to)" }

    enum CodingKeys: String, CodingKey { case from, to }
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let from = JournalDate(try container.decode(String.self, forKey: .from)),
              let to = JournalDate(try container.decode(String.self, forKey: .to)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "dates must be YYYY-MM-DD"))
        }
        self.init(from: from, to: to)
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from.description, forKey: .from)
        try container.encode(to.description, forKey: .to)
    }
}

/// An ISO 8601 week (`2026-W48`): Monday to Sunday, numbered within the ISO week-year, whose
/// week 1 is the week holding the year's first Thursday (so 2026-12-31 may be in 2027-W01 and
/// 2027-01-01 in 2026-W53).
public struct ISOWeek: Sendable, Hashable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    /// Creates a week only when the ISO year has it (1 … 52 or 53).
    public init?(year: Int, week: Int) {
        guard (1...9998).contains(year), week >= 1, week <= ISOWeek.weeks(inYear: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// The week a date falls in.
    public init(containing date: JournalDate) {
        // The Thursday of the date's week decides the year.
        let thursday = date.adding(days: 4 - date.isoWeekday)
        // Every year in range has a January 1; the fallback only keeps this free of a trap.
        let january1 = JournalDate(year: thursday.year, month: 1, day: 1) ?? thursday
        self.year = thursday.year
        self.week = (thursday.dayNumber - january1.dayNumber) / 7 + 1
    }

    /// Parses `YYYY-Www` (`2026-W48`; `w` in lower case too).
    /// - Throws: `PeriodError` saying what is wrong and how to write it.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]),
              parts[1].count == 3, parts[1].first == "W" || parts[1].first == "w",
              parts[1].dropFirst().allSatisfy(\.isASCII), let week = Int(parts[1].dropFirst()) else {
            throw PeriodError("'\(text)' is not an ISO week; write it as YYYY-Www, for example 2026-W48")
        }
        guard let value = ISOWeek(year: year, week: week) else {
            // A year outside the range has no weeks at all: saying which weeks it has would
            // contradict itself ("9999 has weeks W01 to W52; '9999-W52' is not one of them").
            if ISOWeek(year: year, week: 1) == nil {
                throw PeriodError("'\(text)' is outside the years Steady reviews by week (0001 to 9998); choose a week in that range, or use --from and --to")
            }
            throw PeriodError("\(year) has weeks W01 to W\(ISOWeek.weeks(inYear: year)); '\(text)' is not one of them")
        }
        self = value
    }

    /// Monday of week 1 of an ISO year: the Monday of the week that holds January 4.
    static func firstMonday(ofYear year: Int) -> JournalDate {
        guard let january4 = JournalDate(year: year, month: 1, day: 4) else { return year < 1 ? .earliest : .latest }
        return january4.adding(days: 1 - january4.isoWeekday)
    }

    /// 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday; else 52.
    public static func weeks(inYear year: Int) -> Int {
        guard let december28 = JournalDate(year: year, month: 12, day: 28) else { return 52 }
        return ISOWeek(containing: december28).week
    }

    /// The week's Monday … Sunday.
    public var period: DatePeriod {
        let monday = ISOWeek.firstMonday(ofYear: year).adding(days: 7 * (week - 1))
        return DatePeriod(from: monday, to: monday.adding(days: 6))
    }

    /// `2026-W48`.
    public var description: String {
        let digits = String(year)  // four digits, as dates are written: 0001-W01
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-W\(week < 10 ? "0" : "")\(week)"
    }
}

/// Which days a summary covers, before the journal is read.
public enum PeriodRequest: Sendable, Hashable {
    /// The `days` days ending on the day of the latest entry (the default is 7).
    case endingOnLatestEntry(days: Int)
    /// `--from` … `--to`, both included.
    case range(DatePeriod)
    /// `--week 2026-W48`.
    case week(ISOWeek)
    /// `--last 6m`: the `months` calendar months ending on the day of the latest entry (from the
    /// day after the same date `months` months earlier; a date the earlier month lacks, like
    /// 31 June, is its last day).
    case monthsEndingOnLatestEntry(months: Int)

    /// The default: the seven days ending on the latest entry.
    public static let defaultPeriod = PeriodRequest.endingOnLatestEntry(days: 7)

    /// The days to review, given the journal day of the latest entry; `nil` when a relative
    /// period is asked of a journal with no entries.
    public func resolve(latestEntryDay: JournalDate?) -> DatePeriod? {
        switch self {
        case .range(let period): period
        case .week(let week): week.period
        case .endingOnLatestEntry(let days): latestEntryDay.map { DatePeriod(days: days, endingOn: $0) }
        case .monthsEndingOnLatestEntry(let months): latestEntryDay.map { last in
            let index = last.year * 12 + (last.month - 1) - months
            let (year, month) = (index / 12, index % 12 + 1)
            let earlier = JournalDate(year: year, month: month, day: min(last.day, SummaryGrouping.daysInMonth(year: year, month: month)))
            return DatePeriod(from: earlier?.addingWithinRange(days: 1) ?? .earliest, to: last)
        }
        }
    }

    /// Parses `--last`: a count of days, weeks or months, `7d`, `4w` or `6m` (`10` alone means days).
    /// - Throws: `PeriodError` for anything else, or for 0 or more than 3660 days (120 months).
    public static func parseLast(_ text: String) throws -> PeriodRequest {
        var digits = Substring(text.lowercased())
        var unit = 1
        var months = false
        if digits.hasSuffix("d") { digits.removeLast() } else if digits.hasSuffix("w") { digits.removeLast(); unit = 7 } else if digits.hasSuffix("m") { digits.removeLast(); months = true }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(digits) else {
            throw PeriodError("'\(text)' is not a length; write a number of days, weeks or months, for example 7d, 4w or 6m")
        }
        if months {
            guard (1...120).contains(count) else { throw PeriodError("--last must cover 1 to 120 months; '\(text)' is \(count)") }
            return .monthsEndingOnLatestEntry(months: count)
        }
        let days = count > 3660 ? 3661 : count * unit  // no overflow on a huge count
        guard (1...3660).contains(days) else {
            throw PeriodError("--last must cover 1 to 3660 days; '\(text)' is \(count > 3660 ? "more" : "\(days)")")
        }
        return .endingOnLatestEntry(days: days)
    }

    /// Parses a `--from` / `--to` date.
    /// - Throws: `PeriodError` unless the text is a real `YYYY-MM-DD` date.
    public static func parseDate(_ text: String, option: String) throws -> JournalDate {
        guard let date = JournalDate(text) else {
            throw PeriodError("\(option) '\(text)' is not a date; write it as YYYY-MM-DD, for example 2026-11-23")
        }
        return date
    }
}

/// A period option that could not be read; the message says how to write it.
public struct PeriodError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
