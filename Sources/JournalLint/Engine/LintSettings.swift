import JournalDetection
import JournalModel
import ThinkingTraps

/// The linter's reading of a `LintConfiguration`: the one place that knows its shape.
extension LintConfiguration {
    /// The severity a rule runs at, or `nil` when it is switched off.
    func effectiveSeverity(of rule: RuleDescription) -> Severity? {
        severity(ofRule: rule.id, default: rule.defaultSeverity).severity
    }

    /// An analyzer with this configuration's extra and ignored phrases.
    public func makeAnalyzer() -> EntryAnalyzer {
        EntryAnalyzer(
            extraPhrases: catastrophizing.extraPhrases.map { CuePhrase($0.phrase, kind: $0.kind) },
            ignoredPhrases: catastrophizing.ignoredPhrases,
            possibleClaims: severity(ofRule: PossibleCatastrophizingRule.id, default: PossibleCatastrophizingRule.defaultSeverity).severity != nil)
    }
}
