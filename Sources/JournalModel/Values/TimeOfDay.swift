/// A 24-hour clock time `HH:MM`, as written in entry headings and in `day-starts-at`.
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// Creates a time only when it exists (25:61 does not).
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses exactly `H:MM` or `HH:MM` (as configuration writes times; headings may write more,
    /// see `TimeShape`).
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count <= 5, bytes.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ":") }),
              let shape = TimeShape(bytes[...]), shape.length == bytes.count else { return nil }
        self.init(hour: shape.hour, minute: shape.minute)
    }

    /// A time written any way a time heading may be (`04:00`, `4am`, `9:30 pm`, `21h40`), with
    /// nothing after it: for settings and options people type (`day-starts-at: 4am`).
    public init?(writtenForm text: some StringProtocol) {
        var bytes = Array(text.utf8)[...]
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty, bytes.count <= 16, let shape = TimeShape(Array(bytes)[...]), shape.length == bytes.count else { return nil }
        self.init(hour: shape.hour, minute: shape.minute)
    }

    /// Minutes since midnight.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }

    /// `HH:MM`.
    public var description: String { zeroPadded(hour, width: 2) + ":" + zeroPadded(minute, width: 2) }
}

/// Something that looks like a time of day at the start of some bytes, valid or not, as people
/// and tools write it in headings (docs/format.md, "Days and entries"): `21:40`, `9:40`, with
/// seconds (`21:40:00`, jrnl's `%T`), 12-hour with `am`/`pm` in any case, with or without a space
/// or dots (`9:30pm`, `09:40:00 PM`, `11pm`, `1:20 a.m.`), and `21h40` or `21.40`. A 12-hour time
/// is converted (`12:15 AM` is 00:15, `12 pm` is 12:00); `13pm` keeps an hour that does not exist,
/// so it is reported. `21h40` and `21.40` must be real times to count (`2.75 percent` is prose).
struct TimeShape {
    let hour: Int
    let minute: Int
    let length: Int

    init?<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) where Bytes.Index == Int {
        let b = bytes.startIndex
        func digit(_ offset: Int) -> Int? {
            guard offset < bytes.count else { return nil }
            let byte = bytes[b + offset]
            return byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
        }
        func byte(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[b + offset] : nil }
        guard let h1 = digit(0) else { return nil }
        var cursor = 1
        var hour = h1
        if let h2 = digit(1) { hour = h1 * 10 + h2; cursor = 2 }
        var minute = 0
        var hasMinutes = false
        if let separator = byte(cursor), let m1 = digit(cursor + 1), let m2 = digit(cursor + 2), digit(cursor + 3) == nil {
            switch separator {
            case UInt8(ascii: ":"):
                minute = m1 * 10 + m2
                hasMinutes = true
                cursor += 3
                // Seconds, as jrnl writes them (`21:40:00`): read and dropped.
                if byte(cursor) == UInt8(ascii: ":"), digit(cursor + 1) != nil, digit(cursor + 2) != nil, digit(cursor + 3) == nil {
                    cursor += 3
                }
            case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "."):
                guard m1 * 10 + m2 <= 59, hour <= 23 else { return nil }
                minute = m1 * 10 + m2
                hasMinutes = true
                cursor += 3
            default:
                break
            }
        }
        if !hasMinutes, digit(cursor) != nil { return nil }
        // `am` / `pm`, after at most one space.
        var markerStart = cursor
        if byte(markerStart) == UInt8(ascii: " ") { markerStart += 1 }
        if let (isPM, length) = Self.meridiem(byte, at: markerStart) {
            cursor = markerStart + length
            // `0pm` and `13pm` are no 12-hour times: keep an hour that does not exist.
            hour = (1...12).contains(hour) ? hour % 12 + (isPM ? 12 : 0) : 99
        } else if !hasMinutes {
            return nil
        }
        if let next = byte(cursor), Self.isLetterOrDigit(next) { return nil }
        self.hour = hour
        self.minute = minute
        self.length = cursor
    }

    /// `am`, `pm`, `a.m.`, `p.m.` (any case) at `offset`, not followed by a letter: whether it
    /// is `pm`, and its length.
    private static func meridiem(_ byte: (Int) -> UInt8?, at offset: Int) -> (isPM: Bool, length: Int)? {
        guard let first = byte(offset).map(ASCIIBytes.lowercased), first == UInt8(ascii: "a") || first == UInt8(ascii: "p") else { return nil }
        let isPM = first == UInt8(ascii: "p")
        var length = 0
        if byte(offset + 1).map(ASCIIBytes.lowercased) == UInt8(ascii: "m") {
            length = 2
        } else if byte(offset + 1) == UInt8(ascii: "."), byte(offset + 2).map(ASCIIBytes.lowercased) == UInt8(ascii: "m") {
            length = byte(offset + 3) == UInt8(ascii: ".") ? 4 : 3
        } else {
            return nil
        }
        if let next = byte(offset + length), isLetterOrDigit(next) { return nil }
        return (isPM, length)
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }
}
