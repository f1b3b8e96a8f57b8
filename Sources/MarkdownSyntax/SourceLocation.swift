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

    public var description: String { "\(line):\(column)" }
}
