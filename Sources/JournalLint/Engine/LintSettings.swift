import JournalModel
import ThinkingTraps

/// The linter's reading of a `LintConfiguration`: the one place that knows its shape.
extension LintConfiguration {
    /// The severity a rule runs at, or `nil` when it is switched off.
    func effectiveSeverity(of rule: RuleDescription) -> Severity? {
        switch rules[rule.id] {
        case .off: nil
        case .severity(let severity): severity
        case nil: rule.defaultSeverity
        }
    }

    /// An analyzer with this configuration's extra and ignored phrases.
    public func makeAnalyzer() -> EntryAnalyzer {
        EntryAnalyzer(extraPhrases: extraPhrases, ignoredPhrases: ignoredPhrases)
    }
}
