/// The date at the start of a daily note's file name (`2026-11-28.md`, `2026-11-28-evening.md`).
enum DailyNoteName {
    enum Result { case notDaily, valid(JournalDate), invalid(String) }

    static func date(inPath path: String) -> Result {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let bytes = Array(name.utf8)
        guard let shape = DateShape(bytes[...]) else { return .notDaily }
        if bytes.count > shape.length {
            let next = bytes[shape.length]
            guard next == UInt8(ascii: ".") || next == UInt8(ascii: "-") || next == UInt8(ascii: "_") || next == UInt8(ascii: " ") else {
                return .notDaily
            }
        }
        guard let date = JournalDate(year: shape.year, month: shape.month, day: shape.day) else {
            return .invalid(String(decoding: bytes[0..<shape.length], as: UTF8.self))
        }
        return .valid(date)
    }
}
