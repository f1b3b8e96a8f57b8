import MarkdownSyntax

/// One reading of the traffic light. A `temp: red -> yellow` line gives two readings, in order.
public struct TemperatureReading: Sendable, Hashable {
    public let value: Temperature
    /// The word itself (`red`).
    public let range: SourceRange
}
