/// The least severe finding that makes `steady lint` exit with failure (`fail-on:`).
///
/// `never` exists for people who use the linter as a gentle mirror rather than a gate: findings are
/// shown, the exit code stays 0.
public enum FailThreshold: Sendable, Hashable, CustomStringConvertible {
    /// Findings of this severity or worse fail the run.
    case atLeast(Severity)
    /// No finding fails the run.
    case never

    /// The spellings accepted in configuration, in the order messages list them.
    public static let names = ["error", "warning", "note", "never"]

    /// Parses `never` or a severity name (exact, lower case).
    public init?(_ name: String) {
        if name == "never" {
            self = .never
        } else if let severity = Severity(rawValue: name) {
            self = .atLeast(severity)
        } else {
            return nil
        }
    }

    public var description: String {
        if case .atLeast(let severity) = self { severity.rawValue } else { "never" }
    }
}
