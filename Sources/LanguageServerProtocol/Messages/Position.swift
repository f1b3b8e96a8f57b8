/// A place in a document: 0-based line and 0-based character, counted in the negotiated
/// `PositionEncoding` (UTF-16 code units unless the client agreed to another).
public struct Position: Codable, Sendable, Hashable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        lhs.line != rhs.line ? lhs.line < rhs.line : lhs.character < rhs.character
    }
}

/// A half-open span between two positions.
public struct TextRange: Codable, Sendable, Hashable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    /// Whether `position` is inside the range, its end included (a cursor just after a word is on it).
    public func contains(_ position: Position) -> Bool {
        start <= position && position <= end
    }

    /// Whether the two ranges share a position (ends included).
    public func overlaps(_ other: TextRange) -> Bool {
        start <= other.end && other.start <= end
    }
}

/// How `Position.character` counts.
public enum PositionEncoding: String, Codable, Sendable, Hashable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"
}
