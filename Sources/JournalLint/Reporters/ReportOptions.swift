/// What a reporter may show, and what it needs to know of the run besides the findings.
public struct ReportOptions: Sendable {
    /// Machine-readable formats leave the journal's words out unless this is set.
    public var includeText: Bool
    /// ANSI colour (text format only; the CLI decides from the terminal and `NO_COLOR`).
    public var useColor: Bool
    /// Files that could not be read (their errors are printed elsewhere); the text format counts them.
    public var unreadableFiles: Int
    /// The paths that could not be read and why, for the formats other tools read (JSON's
    /// `unreadable`, SARIF's tool execution notifications): a review of the output should not
    /// take a run that skipped a file for a clean one.
    public var unreadable: [UnreadablePath] = []
    /// Leave out the text format's closing summary line when there is nothing to report.
    public var quiet: Bool
    /// Threads the JSON format may encode findings on at once.
    public var jobs: Int
    /// The rules SARIF describes (its findings point into this list).
    public var rules: [RuleDescription] {
        didSet { concerns = Self.concerns(of: rules) }
    }
    /// The version SARIF names the tool with.
    public var toolVersion: String
    /// What the text and gcc formats' columns count (JSON and GitHub keep bytes, SARIF code points).
    /// `character` needs each finding's source line (see `ColumnUnit`).
    public var columnUnit: ColumnUnit
    /// What each rule looks at, by id (from `rules`): the text format speaks of the two apart.
    public private(set) var concerns: [String: RuleConcern]
    /// A closing sentence saying what went well in the files linted (the text format, not
    /// `quiet`); the caller words it from the summary's model.
    public var wentWell: String?

    public init(includeText: Bool = false, useColor: Bool = false, unreadableFiles: Int = 0, quiet: Bool = false, jobs: Int = 1,
                rules: [RuleDescription] = RuleRegistry.standard.descriptions, toolVersion: String = "0.0.0",
                columnUnit: ColumnUnit = .byte, wentWell: String? = nil) {
        self.includeText = includeText
        self.useColor = useColor
        self.unreadableFiles = unreadableFiles
        self.quiet = quiet
        self.jobs = jobs
        self.rules = rules
        self.toolVersion = toolVersion
        self.columnUnit = columnUnit
        self.wentWell = wentWell
        self.concerns = Self.concerns(of: rules)
    }

    private static func concerns(of rules: [RuleDescription]) -> [String: RuleConcern] {
        Dictionary(rules.map { ($0.id, $0.concern) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A path the run could not read, and the message that says why (it names the path, never the
/// journal's words).
public struct UnreadablePath: Sendable, Hashable {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}
