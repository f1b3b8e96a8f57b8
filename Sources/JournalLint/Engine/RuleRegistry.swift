/// Every rule Steady knows, in the order `steady rules` lists them. Explicit, so adding a rule is
/// one line here and one file under Rules/.
public struct RuleRegistry: Sendable {
    public let journalRules: [any JournalRule]
    public let corpusRules: [any CorpusRule]

    /// Descriptions of all rules, the engine's own `unused-suppression` included, in listing order.
    public let descriptions: [RuleDescription]
    public let ruleIDs: Set<String>
    /// Rules that inline comments may not silence.
    public let unsuppressibleIDs: Set<String>
    private let descriptionsByID: [String: RuleDescription]
    /// The id and default severity of each journal rule, in `journalRules` order: the engine asks
    /// for them for every file, and a rule's `description` hands back its whole documentation.
    let journalRuleIDs: [String]
    let journalRuleDefaultSeverities: [Severity]
    /// The same for the corpus rules, in `corpusRules` order.
    let corpusRuleIDs: [String]
    let corpusRuleDefaultSeverities: [Severity]

    public init(journalRules: [any JournalRule], corpusRules: [any CorpusRule]) {
        self.journalRules = journalRules
        self.corpusRules = corpusRules
        // Computed once: the engine consults them for every finding.
        let journal = journalRules.map(\.description)
        journalRuleIDs = journal.map(\.id)
        journalRuleDefaultSeverities = journal.map(\.defaultSeverity)
        let corpus = corpusRules.map(\.description)
        corpusRuleIDs = corpus.map(\.id)
        corpusRuleDefaultSeverities = corpus.map(\.defaultSeverity)
        descriptions = Array(journal.prefix(1)) + corpus + Array(journal.dropFirst()) + [UnusedSuppressionRule.description]
        ruleIDs = Set(descriptions.map(\.id))
        unsuppressibleIDs = Set(descriptions.filter { !$0.isSuppressible }.map(\.id))
        descriptionsByID = Dictionary(descriptions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public static let standard = RuleRegistry(
        journalRules: [
            UnsupportedCatastrophizingRule(),
            ReassuranceBeforeRegulationRule(),
            EmptyEvidenceRule(),
            OneSidedEvidenceRule(),
            UnknownFieldRule(),
            InvalidFieldValueRule(),
            UndatedEntryRule(),
            InvalidDateRule(),
            InvalidEncodingRule(),
            EntryOutOfOrderRule(),
            CrisisLanguageRule(),
        ],
        corpusRules: [ExcessiveReassuranceRule()]
    )

    public func description(of id: String) -> RuleDescription? {
        descriptionsByID[id]
    }
}
