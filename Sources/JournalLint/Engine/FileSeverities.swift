/// The severities `LintEngine.finish` needs for one file: those of the rules it runs (the
/// collecting rules, then the suppression rules; see `RuleRegistry.finishingRuleIDs`), or off.
/// Packed in one integer (two bits a rule) rather than keeping the file's whole configuration:
/// a run holds one per file until the end.
struct FileSeverities: Sendable {
    /// Two bits per rule, rule `i` at bits `2i` and `2i + 1`: 0 off, 1 note, 2 warning, 3 error.
    private let packed: UInt64
    /// Where the suppression rules start among the rules packed.
    private let suppressionRulesStart: Int

    /// Both borrowed: an initializer's arguments are otherwise copied in (for every file).
    init(configuration: borrowing LintConfiguration, registry: borrowing RuleRegistry) {
        precondition(registry.finishingRuleIDs.count <= 32, "FileSeverities packs at most 32 rules")
        var packed: UInt64 = 0
        for index in registry.finishingRuleIDs.indices {
            let severity = configuration.severity(ofRule: registry.finishingRuleIDs[index], default: registry.finishingRuleDefaultSeverities[index])
            packed |= Self.code(severity.severity) << (2 * index)
        }
        self.packed = packed
        suppressionRulesStart = registry.collectingRules.count
    }

    /// The severity of the collecting rule at `index` in the registry, or `nil` when it is off.
    func collectingRule(_ index: Int) -> Severity? { severity(at: index) }

    /// The severity of the suppression rule at `index` in the registry, or `nil` when it is off.
    func suppressionRule(_ index: Int) -> Severity? { severity(at: suppressionRulesStart + index) }

    private func severity(at index: Int) -> Severity? { Self.severity((packed >> (2 * index)) & 3) }

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
