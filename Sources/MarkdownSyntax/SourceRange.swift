/// A half-open span of source: `lowerBound` is the first byte, `upperBound` the position just
/// after the last byte (so an empty range has equal bounds).
public struct SourceRange: Sendable, Hashable, Codable, CustomStringConvertible {
    public let lowerBound: SourceLocation
    public let upperBound: SourceLocation

    public init(_ lowerBound: SourceLocation, _ upperBound: SourceLocation) {
        self.lowerBound = lowerBound
        self.upperBound = max(lowerBound, upperBound)
    }

    /// A range within one line, from `column` for `length` bytes.
    public init(line: Int, column: Int, length: Int) {
        self.init(SourceLocation(line: line, column: column), SourceLocation(line: line, column: column + length))
    }

    /// Whether `location` lies inside the range (upper bound excluded).
    public func contains(_ location: SourceLocation) -> Bool {
        lowerBound <= location && location < upperBound
    }

    /// Whether `other` lies entirely inside this range.
    public func contains(_ other: SourceRange) -> Bool {
        lowerBound <= other.lowerBound && other.upperBound <= upperBound
    }

    /// `line:column-line:column`, written without interpolation (see `SourceLocation.description`).
    public var description: String {
        String(unsafeUninitializedCapacity: 2 * SourceLocation.maxDescriptionLength + 1) { buffer in
            let dash = lowerBound.write(into: buffer, at: 0)
            buffer[dash] = UInt8(ascii: "-")
            return upperBound.write(into: buffer, at: dash + 1)
        }
    }
}
