import JournalModel

/// A part of the day by the clock, for seeing when the hard moments come. Night runs from
/// midnight to `day-starts-at` (04:00 by default; 04:00 when the day is set to start at
/// midnight or after noon, where "until the day starts" would not be a night); then morning
/// until 12:00, afternoon until 17:00, evening until 21:00 and late evening until midnight.
public enum PartOfDay: String, Sendable, Hashable, CaseIterable {
    case night, morning, afternoon, evening
    case lateEvening = "late-evening"

    /// Words for people: `late evening`.
    public var label: String { self == .lateEvening ? "late evening" : rawValue }

    /// Where night ends for a day start.
    public static func nightEnd(dayStartsAt: TimeOfDay) -> TimeOfDay {
        (1..<12 * 60).contains(dayStartsAt.minutesSinceMidnight) ? dayStartsAt : TimeOfDay(hour: 4, minute: 0)!
    }

    /// The clock times the part runs from (included) and to (excluded; `24:00` is written for
    /// midnight at the end of the day).
    public func bounds(dayStartsAt: TimeOfDay) -> (from: String, to: String) {
        let night = PartOfDay.nightEnd(dayStartsAt: dayStartsAt).description
        return switch self {
        case .night: ("00:00", night)
        case .morning: (night, "12:00")
        case .afternoon: ("12:00", "17:00")
        case .evening: ("17:00", "21:00")
        case .lateEvening: ("21:00", "24:00")
        }
    }

    /// The part a clock time falls in.
    public init(minutesSinceMidnight minutes: Int, dayStartsAt: TimeOfDay) {
        let night = PartOfDay.nightEnd(dayStartsAt: dayStartsAt).minutesSinceMidnight
        self = switch minutes {
        case ..<night: .night
        case ..<(12 * 60): .morning
        case ..<(17 * 60): .afternoon
        case ..<(21 * 60): .evening
        default: .lateEvening
        }
    }
}

/// Entries and readings in one part of the day (or, with `part == nil`, of the entries with
/// no time heading).
public struct PartOfDayCount: Sendable, Hashable {
    /// `nil` for entries without a time.
    public let part: PartOfDay?
    public let entries: Int
    public let red: Int
    public let yellow: Int
    public let green: Int

    public var readings: Int { red + yellow + green }
    /// Red readings ÷ readings, `nil` without readings.
    public var redShare: Double? { readings == 0 ? nil : Double(red) / Double(readings) }
}
