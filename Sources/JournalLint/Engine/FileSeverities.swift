/// The severities `LintEngine.finish` needs for one file: each corpus rule's and
/// `unused-suppression`'s, or off. Packed in one integer (two bits a rule) rather than keeping the
/// file's whole configuration: a run holds one per file until the end.
struct FileSeverities: Sendable {
    /// Two bits per rule: 0 off, 1 note, 2 warning, 3 error. Bits 0–1 are `unused-suppression`,
    /// then corpus rule 0, 1, …
    private let packed: UInt64

    /// Both borrowed: an initializer's arguments are otherwise copied in (for every file).
    init(configuration: borrowing LintConfiguration, registry: borrowing RuleRegistry) {
        precondition(registry.corpusRules.count < 32, "FileSeverities packs at most 31 corpus rules")
        var packed = Self.code(configuration.severity(ofRule: UnusedSuppressionRule.id, default: UnusedSuppressionRule.defaultSeverity).severity)
        for index in registry.corpusRuleIDs.indices {
            let severity = configuration.severity(ofRule: registry.corpusRuleIDs[index], default: registry.corpusRuleDefaultSeverities[index])
            packed |= Self.code(severity.severity) << (2 * (index + 1))
        }
        self.packed = packed
    }

    /// `unused-suppression`'s severity, or `nil` when it is off.
    var unusedSuppression: Severity? { Self.severity(packed & 3) }

    /// The severity of the registry's corpus rule at `index`, or `nil` when it is off.
    func corpusRule(_ index: Int) -> Severity? { Self.severity((packed >> (2 * (index + 1))) & 3) }

    private static func code(_ severity: Severity?) -> UInt64 {
        switch severity {
        case nil: 0
        case .note: 1
        case .warning: 2
        case .error: 3
        }
    }

    private static func severity(_ code: UInt64) -> Severity? {
        switch code {
        case 1: .note
        case 2: .warning
        case 3: .error
        default: nil
        }
    }
}
