/// A position in a source file: 1-based line and 1-based **UTF-8 byte** column.
///
/// Columns count bytes, not characters, because that is what cmark reports and what editors
/// speaking SARIF or GitHub annotations expect from a byte-exact tool; convert to UTF-16 only at
/// the edge (for example an LSP client).
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The 1-based line number.
    public let line: Int
    /// The 1-based UTF-8 byte offset within the line.
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.line != rhs.line ? lhs.line < rhs.line : lhs.column < rhs.column
    }

    /// `line:column`.
    public var description: String {
        String(unsafeUninitializedCapacity: Self.maxDescriptionLength) { write(into: $0, at: 0) }
    }

    /// The longest `description`: two 20-byte numbers (`Int.min`) and a colon.
    static let maxDescriptionLength = 41

    /// Writes `line:column` at `index` (which must leave `maxDescriptionLength` bytes of room)
    /// and returns the index after it. Tree dumps and reports print thousands of locations:
    /// written digit by digit rather than interpolated (docs/benchmarks.md).
    func write(into buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        let afterLine = Self.writeDecimal(line, into: buffer, at: index)
        buffer[afterLine] = UInt8(ascii: ":")
        return Self.writeDecimal(column, into: buffer, at: afterLine + 1)
    }

    /// Writes `value` in decimal, as `String(value)` does, and returns the index after it.
    private static func writeDecimal(_ value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        var start = index
        if value < 0 {
            buffer[start] = UInt8(ascii: "-")
            start += 1
        }
        var remaining = value.magnitude
        var digits = 1
        var scan = remaining
        while scan >= 10 {
            scan /= 10
            digits += 1
        }
        var position = start + digits
        repeat {
            position -= 1
            buffer[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        } while remaining > 0
        return start + digits
    }
}
