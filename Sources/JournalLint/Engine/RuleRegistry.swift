/// Every rule Steady knows, in the order `steady rules` lists them. Explicit, so adding a rule is
/// one line here and one file under Rules/.
public struct RuleRegistry: Sendable {
    public let journalRules: [any JournalRule]
    public let collectingRules: [any CollectingRule]
    public let suppressionRules: [any SuppressionRule]

    /// Descriptions of all rules, in listing order.
    public let descriptions: [RuleDescription]
    public let ruleIDs: Set<String>
    /// Rules that inline comments may not silence.
    public let unsuppressibleIDs: Set<String>
    private let descriptionsByID: [String: RuleDescription]
    /// The id and default severity of each journal rule, in `journalRules` order: the engine asks
    /// for them for every file, and a rule's `description` hands back its whole documentation.
    let journalRuleIDs: [String]
    let journalRuleDefaultSeverities: [Severity]
    /// The same for the rules `LintEngine.finish` runs: the collecting rules, then the
    /// suppression rules.
    let finishingRuleIDs: [String]
    let finishingRuleDefaultSeverities: [Severity]

    public init(journalRules: [any JournalRule], collectingRules: [any CollectingRule], suppressionRules: [any SuppressionRule]) {
        self.journalRules = journalRules
        self.collectingRules = collectingRules
        self.suppressionRules = suppressionRules
        // Computed once: the engine consults them for every finding.
        let journal = journalRules.map(\.description)
        journalRuleIDs = journal.map(\.id)
        journalRuleDefaultSeverities = journal.map(\.defaultSeverity)
        let collecting = collectingRules.map(\.description)
        let suppression = suppressionRules.map(\.description)
        finishingRuleIDs = (collecting + suppression).map(\.id)
        finishingRuleDefaultSeverities = (collecting + suppression).map(\.defaultSeverity)
        descriptions = Array(journal.prefix(1)) + collecting + Array(journal.dropFirst()) + suppression
        ruleIDs = Set(descriptions.map(\.id))
        unsuppressibleIDs = Set(descriptions.filter { !$0.isSuppressible }.map(\.id))
        descriptionsByID = Dictionary(descriptions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public static let standard = RuleRegistry(
        journalRules: [
            UnsupportedCatastrophizingRule(),
            PossibleCatastrophizingRule(),
            ReassuranceBeforeRegulationRule(),
            EmptyEvidenceRule(),
            UnfilledScaffoldRule(),
            OneSidedEvidenceRule(),
            UnknownFieldRule(),
            FormatNoteRule(),
            InvalidFieldValueRule(),
            UndatedEntryRule(),
            UndatedNoteRule(),
            InvalidDateRule(),
            InvalidEncodingRule(),
            EntryOutOfOrderRule(),
            CrisisLanguageRule(),
        ],
        collectingRules: [ExcessiveReassuranceRule()],
        suppressionRules: [UnusedSuppressionRule()]
    )

    public func description(of id: String) -> RuleDescription? {
        descriptionsByID[id]
    }

    /// What the rule `id` looks at; an id no rule has is treated as a format rule.
    public func concern(of id: String) -> RuleConcern {
        descriptionsByID[id]?.concern ?? .format
    }
}
