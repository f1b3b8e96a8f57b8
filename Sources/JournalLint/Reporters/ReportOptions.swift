/// What a reporter may show, and what it needs to know of the run besides the findings.
public struct ReportOptions: Sendable {
    /// Machine-readable formats leave the journal's words out unless this is set.
    public var includeText: Bool
    /// ANSI colour (text format only; the CLI decides from the terminal and `NO_COLOR`).
    public var useColor: Bool
    /// Files that could not be read (their errors are printed elsewhere); the text format counts them.
    public var unreadableFiles: Int
    /// Leave out the text format's closing summary line when there is nothing to report.
    public var quiet: Bool
    /// Threads the JSON format may encode findings on at once.
    public var jobs: Int
    /// The rules SARIF describes (its findings point into this list).
    public var rules: [RuleDescription]
    /// The version SARIF names the tool with.
    public var toolVersion: String
    /// What the text and gcc formats' columns count (JSON and GitHub keep bytes, SARIF code points).
    /// `character` needs each finding's source line (see `ColumnUnit`).
    public var columnUnit: ColumnUnit

    public init(includeText: Bool = false, useColor: Bool = false, unreadableFiles: Int = 0, quiet: Bool = false, jobs: Int = 1,
                rules: [RuleDescription] = RuleRegistry.standard.descriptions, toolVersion: String = "0.0.0",
                columnUnit: ColumnUnit = .byte) {
        self.includeText = includeText
        self.useColor = useColor
        self.unreadableFiles = unreadableFiles
        self.quiet = quiet
        self.jobs = jobs
        self.rules = rules
        self.toolVersion = toolVersion
        self.columnUnit = columnUnit
    }
}
