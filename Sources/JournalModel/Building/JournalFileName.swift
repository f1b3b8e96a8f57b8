/// What a journal file's name says about the dates it holds, for finding the other files of a
/// journal day without reading them: a daily note (`2026-11-28.md`, `2026-11-28-evening.md`,
/// the same names `JournalBuilder` takes a date from) or a monthly file (`2026-11.md`,
/// `2026-11 November.md`).
public enum JournalFileName: Sendable, Hashable {
    /// A daily note's date.
    case daily(JournalDate)
    /// A monthly file's year and month.
    case monthly(year: Int, month: Int)

    /// What the last component of `path` names, or `nil` when it names no date.
    public init?(path: String) {
        switch DailyNoteName.date(inPath: path) {
        case .valid(let date):
            self = .daily(date)
        case .invalid:
            return nil
        case .notDaily:
            guard let (year, month) = Self.month(inName: Array(path.utf8.split(separator: UInt8(ascii: "/")).last ?? [])) else { return nil }
            self = .monthly(year: year, month: month)
        }
    }

    /// Whether a file of this name may hold entries dated `date`.
    public func mayHold(_ date: JournalDate) -> Bool {
        switch self {
        case .daily(let named): named == date
        case .monthly(let year, let month): date.year == year && date.month == month
        }
    }

    /// `YYYY-MM` at the start of a name, followed by its end or by something that is not a digit
    /// nor `-` and a digit (which would make it a day, or another number).
    private static func month(inName bytes: [UInt8]) -> (Int, Int)? {
        func digit(_ index: Int) -> Int? {
            guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
            return Int(bytes[index] - 0x30)
        }
        guard let y1 = digit(0), let y2 = digit(1), let y3 = digit(2), let y4 = digit(3), bytes.count >= 7,
              bytes[4] == UInt8(ascii: "-"), let m1 = digit(5), let m2 = digit(6), digit(7) == nil else { return nil }
        if bytes.count > 8, bytes[7] == UInt8(ascii: "-"), digit(8) != nil { return nil }
        let year = y1 * 1000 + y2 * 100 + y3 * 10 + y4, month = m1 * 10 + m2
        guard year >= 1, (1...12).contains(month) else { return nil }
        return (year, month)
    }
}
