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
    /// Whether it is about the file's format or about the practice (see `RuleConcern`).
    public let concern: RuleConcern

    public init(id: String, summary: String, rationale: String, defaultSeverity: Severity,
                triggeringExamples: [String], nonTriggeringExamples: [String], isSuppressible: Bool = true,
                concern: RuleConcern = .format) {
        self.id = id
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
        self.isSuppressible = isSuppressible
        self.concern = concern
    }
}

/// What a rule looks at, which decides how its findings are spoken of and whether they can stop
/// anything.
public enum RuleConcern: String, Sendable, Hashable {
    /// The file's format: dates, fields and encoding Steady must read to keep the writer's data.
    /// Text output may call these problems plainly; they alone can make `steady lint` fail.
    case format
    /// The practice: what a person may want to notice (an unexamined worst-case thought, a day of
    /// reassurance-seeking). Never called an error or a warning in text for people, and never a
    /// reason for a non-zero exit or a stopped commit, whatever its severity.
    case wellbeing
}
