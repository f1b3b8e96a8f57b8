/// How far a stretch of whole lines moved in its file since it was read: text inserted or
/// removed above it moves it down or up by lines, and nothing on its own lines changes, so
/// every position in it keeps its column (swift-markdown's `RangeAdjuster` adjusts a line run's
/// ranges in the same spirit). A reader that remembers what it found in a run of days
/// (an editor's buffer, linted again after each edit) moves those findings instead of finding
/// them again.
public struct LineShift: Sendable, Hashable {
    /// Lines added above (negative: removed).
    public let lines: Int

    public init(lines: Int) {
        self.lines = lines
    }

    /// The stretch read with `linesBefore` lines above it, which now has `nowLinesBefore`.
    public init(from linesBefore: Int, to nowLinesBefore: Int) {
        lines = nowLinesBefore - linesBefore
    }

    public static let none = LineShift(lines: 0)

    public var isNone: Bool { lines == 0 }

    public func applied(to location: SourceLocation) -> SourceLocation {
        SourceLocation(line: location.line + lines, column: location.column)
    }

    public func applied(to range: SourceRange) -> SourceRange {
        isNone ? range : SourceRange(applied(to: range.lowerBound), applied(to: range.upperBound))
    }
}
