/// A calendar date (proleptic Gregorian), as written `YYYY-MM-DD`. Dates are compared and
/// stepped through a day number, so no calendar library or time zone is involved.
///
/// Every value is within the supported range, 0001-01-01 … 9999-12-31 (four-digit years):
/// arithmetic stops at its ends instead of making a year 0 or 10000 that cannot be written
/// back (docs/format.md, "Dates").
public struct JournalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date only when it exists (2026-02-30 does not).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...JournalDate.daysInMonth(year: year, month: month)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ text: some StringProtocol) {
        guard let shape = DateShape(Array(text.utf8)[...]), shape.length == text.utf8.count else { return nil }
        self.init(year: shape.year, month: shape.month, day: shape.day)
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The first and last dates Steady reads.
    public static let earliest = JournalDate(uncheckedYear: 1, month: 1, day: 1)
    public static let latest = JournalDate(uncheckedYear: 9999, month: 12, day: 31)

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date with the given day number, kept within `earliest` … `latest`.
    public init(dayNumber: Int) {
        // Clamped first, which also keeps the arithmetic below far from overflow.
        let z = min(max(dayNumber, JournalDate.earliestDayNumber), JournalDate.latestDayNumber) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// Day numbers of `earliest` and `latest`.
    static let earliestDayNumber = -719_162
    static let latestDayNumber = 2_932_896

    /// The date `days` later (earlier when negative), stopping at `earliest` or `latest`.
    public func adding(days: Int) -> JournalDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        return JournalDate(dayNumber: overflow ? (days < 0 ? Int.min : Int.max) : sum)
    }

    /// The date `days` later (earlier when negative), or nil when it is outside the supported range.
    public func addingWithinRange(days: Int) -> JournalDate? {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        guard !overflow, (JournalDate.earliestDayNumber...JournalDate.latestDayNumber).contains(sum) else { return nil }
        return JournalDate(dayNumber: sum)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let weekday = (dayNumber + 3) % 7 // 1970-01-01 was a Thursday (index 3 from Monday).
        return (weekday < 0 ? weekday + 7 : weekday) + 1
    }

    public static func < (lhs: JournalDate, rhs: JournalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        zeroPadded(year, width: 4) + "-" + zeroPadded(month, width: 2) + "-" + zeroPadded(day, width: 2)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// `value` in decimal, left-padded with zeros to `width` digits.
func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = "\(value)"
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
