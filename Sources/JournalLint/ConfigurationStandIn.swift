import JournalModel
import ThinkingTraps

/// TEMPORARY stand-in until the configuration loader lands.
public struct LintConfiguration: Sendable {
    public enum RuleSeverity: Sendable, Hashable { case off, severity(Severity) }
    public var failOn: Severity? = .error
    public var dayStartsAt = TimeOfDay(hour: 4, minute: 0)!
    public var rules: [String: RuleSeverity] = [:]
    public var reassuranceMaxPerDay = 1
    public var requireAgainst = false
    public var extraPhrases: [CuePhrase] = []
    public var ignoredPhrases: [String] = []
    public var crisisMessage = "If you are thinking about harming yourself, you deserve support right now. In the US, call or text 988 (Suicide & Crisis Lifeline); elsewhere, call your local emergency number or a local crisis line. Steady is a writing tool, not a diagnosis."
    public init() {}
    public static let `default` = LintConfiguration()
}
