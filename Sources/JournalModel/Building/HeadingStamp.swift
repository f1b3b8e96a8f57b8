import MarkdownSyntax

/// What the start of a heading's text says: a date, a time, both, or neither; and the title after.
struct HeadingStamp {
    enum DatePart { case none, valid(JournalDate), invalid(String) }
    enum TimePart { case none, valid(TimeOfDay), invalid(String) }

    let date: DatePart
    let time: TimePart
    let title: String

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { HeadingStamp(bytes: $0) }
    }

    /// Reads the stamp off the heading's plain text as UTF-8 bytes (no string is made of the
    /// text itself: a heading's stamp and title are all the builder wants of it).
    init(bytes: UnsafeBufferPointer<UInt8>) {
        var cursor = 0
        func skipSpaces() {
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") { cursor += 1 }
        }
        skipSpaces()
        var date = DatePart.none
        if let shape = DateShape(bytes[cursor...]) {
            // The text as written only for an impossible date (`??` evaluates it lazily).
            date = JournalDate(year: shape.year, month: shape.month, day: shape.day).map(DatePart.valid)
                ?? .invalid(String(decoding: bytes[cursor..<(cursor + shape.length)], as: UTF8.self))
            cursor += shape.length
            skipSpaces()
            // ISO 8601 joins date and time with a `T` (`2026-11-27T21:40`).
            if cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "T"), bytes[cursor + 1] >= 0x30, bytes[cursor + 1] <= 0x39,
               bytes[cursor - 1] != UInt8(ascii: " ") { cursor += 1 }
        }
        var time = TimePart.none
        let timeAllowed = cursor == 0 || bytes[cursor - 1] == UInt8(ascii: " ") || bytes[cursor - 1] == UInt8(ascii: "\t") || bytes[cursor - 1] == UInt8(ascii: "T")
        if timeAllowed, let shape = TimeShape(bytes[cursor...]) {
            time = TimeOfDay(hour: shape.hour, minute: shape.minute).map(TimePart.valid)
                ?? .invalid(String(decoding: bytes[cursor..<(cursor + shape.length)], as: UTF8.self))
            cursor += shape.length
            // A separator between the time and the title (`21:40 - Title`, `9pm: Title`) is not
            // part of the title.
            skipSpaces()
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "-") || bytes[cursor] == UInt8(ascii: ":") || bytes[cursor] == UInt8(ascii: "|"),
               cursor + 1 == bytes.count || bytes[cursor + 1] == UInt8(ascii: " ") {
                cursor += 1
            } else if cursor + 2 < bytes.count, bytes[cursor] == 0xE2, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0x93 || bytes[cursor + 2] == 0x94 {
                cursor += 3
            }
        }
        self.date = date
        self.time = time
        // An Obsidian `%% comment %%` in a heading is not part of its title.
        // (Looked for on the bytes first: nearly every title has no `%` at all.)
        let title = ASCIIBytes.trimmedSpacesString(bytes[cursor...])
        self.title = bytes[cursor...].contains(UInt8(ascii: "%")) ? ObsidianComment.removingComments(from: title) : title
    }

    /// The stamp of `heading`, read from its single text node's literal bytes when it has just
    /// one (the usual `## 07:43 Title`), else from its plain text.
    init(_ heading: Heading) {
        if heading.children.count == 1, case .text(let node) = heading.children[0] {
            self = node.withLiteralUTF8 { $0.withUnsafeBufferPointer { HeadingStamp(bytes: $0) } }
        } else {
            self.init(heading.children.plainText)
        }
    }

    /// Whether the heading opens a day or an entry.
    var isStamped: Bool {
        if case .none = date, case .none = time { return false }
        return true
    }
}
