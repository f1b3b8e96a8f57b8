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

    /// Parses exactly `H:MM` or `HH:MM`.
    public init?(_ text: some StringProtocol) {
        guard let shape = TimeShape(Array(text.utf8)[...]), shape.length == text.utf8.count else { return nil }
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

/// Something that looks like `HH:MM` (or `H:MM`) at the start of some bytes, valid or not.
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
        guard let h1 = digit(0) else { return nil }
        var colon = 1
        var hour = h1
        if let h2 = digit(1) { hour = h1 * 10 + h2; colon = 2 }
        guard colon < bytes.count, bytes[b + colon] == UInt8(ascii: ":"),
              let m1 = digit(colon + 1), let m2 = digit(colon + 2) else { return nil }
        if digit(colon + 3) != nil { return nil }
        self.hour = hour
        self.minute = m1 * 10 + m2
        self.length = colon + 3
    }
}
