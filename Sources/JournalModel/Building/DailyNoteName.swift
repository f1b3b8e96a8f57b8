/// The date at the start of a daily note's file name (`2026-11-28.md`, `2026-11-28-evening.md`).
enum DailyNoteName {
    enum Result { case notDaily, valid(JournalDate), invalid(String) }

    static func date(inPath path: String) -> Result {
        let bytes = fileName(path)
        guard let shape = DateShape(bytes[...]) else { return .notDaily }
        if bytes.count > shape.length {
            let next = bytes[bytes.startIndex + shape.length]
            guard next == UInt8(ascii: ".") || next == UInt8(ascii: "-") || next == UInt8(ascii: "_") || next == UInt8(ascii: " ") else {
                return .notDaily
            }
        }
        guard let date = JournalDate(year: shape.year, month: shape.month, day: shape.day) else {
            return .invalid(String(decoding: bytes.prefix(shape.length), as: UTF8.self))
        }
        return .valid(date)
    }

    /// The bytes of the last non-empty `/`-separated component, or of the whole path when it has
    /// none. For an ASCII path this is found on bytes; otherwise the string is split on
    /// characters as before (a `/` followed by a combining mark is not a separator there).
    ///
    /// Read through `withUTF8` (one contiguous buffer) rather than `String.UTF8View` byte by
    /// byte: this runs once per file (docs/benchmarks.md).
    private static func fileName(_ path: String) -> ArraySlice<UInt8> {
        var path = path
        let component: ArraySlice<UInt8>? = path.withUTF8 { bytes in
            guard ASCIIBytes.isASCII(bytes) else { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            guard end > 0 else { return Array(bytes)[...] }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            return Array(bytes[start..<end])[...]
        }
        return component ?? Array((path.split(separator: "/").last.map(String.init) ?? path).utf8)[...]
    }
}
