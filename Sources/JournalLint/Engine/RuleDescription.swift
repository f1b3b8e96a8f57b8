/// What a rule is, why it exists, and examples that are both its documentation and its tests.
///
/// Examples are small journals. In triggering examples, `↓` marks where each finding starts.
public struct RuleDescription: Sendable {
    public let id: String
    public let summary: String
    /// Why the rule helps, citing the practice it supports.
    public let rationale: String
    public let defaultSeverity: Severity
    public let triggeringExamples: [String]
    public let nonTriggeringExamples: [String]
    /// Whether inline comments may silence it (crisis language: never).
    public let isSuppressible: Bool

    public init(id: String, summary: String, rationale: String, defaultSeverity: Severity,
                triggeringExamples: [String], nonTriggeringExamples: [String], isSuppressible: Bool = true) {
        self.id = id
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
        self.isSuppressible = isSuppressible
    }
}
