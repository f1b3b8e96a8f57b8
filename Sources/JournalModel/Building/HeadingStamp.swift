/// What the start of a heading's text says: a date, a time, both, or neither; and the title after.
struct HeadingStamp {
    enum DatePart { case none, valid(JournalDate), invalid(String) }
    enum TimePart { case none, valid(TimeOfDay), invalid(String) }

    let date: DatePart
    let time: TimePart
    let title: String

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var cursor = 0
        func skipSpaces() {
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") { cursor += 1 }
        }
        skipSpaces()
        var date = DatePart.none
        if let shape = DateShape(bytes[cursor...]) {
            let written = String(decoding: bytes[cursor..<(cursor + shape.length)], as: UTF8.self)
            date = JournalDate(year: shape.year, month: shape.month, day: shape.day).map(DatePart.valid) ?? .invalid(written)
            cursor += shape.length
            skipSpaces()
        }
        var time = TimePart.none
        let timeAllowed = cursor == 0 || bytes[cursor - 1] == UInt8(ascii: " ") || bytes[cursor - 1] == UInt8(ascii: "\t")
        if timeAllowed, let shape = TimeShape(bytes[cursor...]) {
            let written = String(decoding: bytes[cursor..<(cursor + shape.length)], as: UTF8.self)
            time = TimeOfDay(hour: shape.hour, minute: shape.minute).map(TimePart.valid) ?? .invalid(written)
            cursor += shape.length
        }
        self.date = date
        self.time = time
        self.title = String(decoding: bytes[cursor...], as: UTF8.self).trimmingSpaces()
    }

    /// Whether the heading opens a day or an entry.
    var isStamped: Bool {
        if case .none = date, case .none = time { return false }
        return true
    }
}
