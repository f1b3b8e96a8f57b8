/// The severity configured for one rule: off, or on at a severity.
///
/// Encoded as `"off"`, `"note"`, `"warning"` or `"error"`, as written in `.steady.yml`.
public enum RuleSeverity: Sendable, Hashable, CustomStringConvertible {
    /// The rule does not run.
    case off
    /// The rule runs and its findings have this severity.
    case enabled(Severity)

    /// The spellings accepted in configuration, in the order messages list them.
    public static let names = ["error", "warning", "note", "off"]

    /// Parses `off` or a severity name (exact, lower case).
    public init?(_ name: String) {
        if name == "off" {
            self = .off
        } else if let severity = Severity(rawValue: name) {
            self = .enabled(severity)
        } else {
            return nil
        }
    }

    /// The severity findings get, or `nil` when the rule is off.
    public var severity: Severity? {
        if case .enabled(let severity) = self { severity } else { nil }
    }

    public var description: String { severity?.rawValue ?? "off" }
}
