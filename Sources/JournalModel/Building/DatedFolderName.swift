/// What the name of a folder of a dated layout says: a year folder (`2026`), a month folder
/// (`11`, `11-November`, `2026-11`), as journals and notes apps file daily notes
/// (`{yyyy}/{mm}/{dd}.md`, `{yyyy}/{mm}/{yyyy-mm-dd}.md`, Obsidian's `YYYY/MM-MMMM/…`).
public enum DatedFolderName {
    /// The year a folder named `YYYY` (four digits, 0001–9999) stands for.
    public static func year(_ name: some StringProtocol) -> Int? {
        let bytes = Array(name.utf8)
        guard bytes.count == 4, let year = number(bytes[...]), year >= 1 else { return nil }
        return year
    }

    /// The month a folder stands for: named `MM` (01–12), `MM` and a name (`11-November`,
    /// `11 Nov`: a non-digit after the two digits), or `YYYY-MM`. `year`: the year folder it is
    /// in, which a `YYYY-MM` name must agree with.
    public static func month(_ name: some StringProtocol, inYear year: Int? = nil) -> Int? {
        let bytes = Array(name.utf8)
        var start = 0
        if bytes.count >= 7, bytes[4] == UInt8(ascii: "-"), let named = number(bytes[0..<4]) {
            if let year, named != year { return nil }
            start = 5
        }
        guard bytes.count >= start + 2, let month = number(bytes[start..<(start + 2)]), (1...12).contains(month) else { return nil }
        if bytes.count > start + 2, isDigit(bytes[start + 2]) { return nil }
        return month
    }

    /// The date of a note filed as `YYYY/MM/DD.md` (or `DD-evening.md`): a two-digit day name in
    /// a month folder in a year folder, named `folderMonth` in `folderYear`.
    static func date(folderYear: some StringProtocol, folderMonth: some StringProtocol, fileName: ArraySlice<UInt8>) -> DailyNoteName.Result {
        let name = fileName
        guard name.count >= 2, let day = number(name.prefix(2)) else { return .notDaily }
        if name.count > 2 {
            let next = name[name.startIndex + 2]
            guard next == UInt8(ascii: ".") || next == UInt8(ascii: "-") || next == UInt8(ascii: "_") || next == UInt8(ascii: " ") else { return .notDaily }
        }
        guard let year = year(folderYear), let month = month(folderMonth, inYear: year) else { return .notDaily }
        guard let date = JournalDate(year: year, month: month, day: day) else {
            return .invalid(padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2))
        }
        return .valid(date)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

