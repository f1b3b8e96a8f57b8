/// A format `steady lint --format` can write a report in (SwiftLint's `Reporter` idea): each
/// reporter names itself, and `Reporters.reporter(identifier:)` finds it by that name.
public protocol Reporter {
    /// The `--format` value that picks this reporter.
    static var identifier: String { get }
    /// Whether the report needs each finding's source line even when the writer's words are left
    /// out (the text format shows it; SARIF counts code points in it).
    static var needsLineText: Bool { get }
    /// Writes `report`, handing the output to `write` in one or more pieces, in order.
    static func write(_ report: LintReport, options: ReportOptions, to write: ([UInt8]) -> Void)
}

/// Every reporter, in the order `--format` lists them.
public enum Reporters {
    public static let all: [any Reporter.Type] = [TextReporter.self, GCCReporter.self, JSONReporter.self, SARIFReporter.self, GitHubReporter.self]

    /// The reporter whose identifier is `identifier`, or `nil` if none has it.
    public static func reporter(identifier: String) -> (any Reporter.Type)? {
        all.first { $0.identifier == identifier }
    }
}
