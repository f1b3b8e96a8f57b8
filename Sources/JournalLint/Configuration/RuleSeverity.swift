/// The severity configured for one rule: off, or on at a severity.
///
/// Encoded as `"off"`, `"note"`, `"warning"` or `"error"`, as written in `.steady.yml`.
public enum RuleSeverity: Sendable, Hashable, Codable, CustomStringConvertible {
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

    public init(from decoder: any Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let value = RuleSeverity(name) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "unknown severity '\(name)'; use \(RuleSeverity.names.joined(separator: ", "))"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
