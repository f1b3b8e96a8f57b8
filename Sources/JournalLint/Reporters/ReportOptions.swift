/// What a reporter may show.
public struct ReportOptions: Sendable {
    /// Machine-readable formats leave the journal's words out unless this is set.
    public var includeText: Bool
    /// ANSI colour (text format only; the CLI decides from the terminal and `NO_COLOR`).
    public var useColor: Bool

    public init(includeText: Bool = false, useColor: Bool = false) {
        self.includeText = includeText
        self.useColor = useColor
    }
}
