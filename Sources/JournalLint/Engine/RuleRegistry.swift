/// Every rule Steady knows, in the order `steady rules` lists them. Explicit, so adding a rule is
/// one line here and one file under Rules/.
public struct RuleRegistry: Sendable {
    public let journalRules: [any JournalRule]
    public let corpusRules: [any CorpusRule]

    public init(journalRules: [any JournalRule], corpusRules: [any CorpusRule]) {
        self.journalRules = journalRules
        self.corpusRules = corpusRules
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

    /// Descriptions of all rules, the engine's own `unused-suppression` included.
    public var descriptions: [RuleDescription] {
        let journal = journalRules.map(\.description)
        let corpus = corpusRules.map(\.description)
        let ordered = Array(journal.prefix(1)) + corpus + Array(journal.dropFirst())
        return ordered + [UnusedSuppressionRule.description]
    }

    public var ruleIDs: Set<String> { Set(descriptions.map(\.id)) }

    public func description(of id: String) -> RuleDescription? {
        descriptions.first { $0.id == id }
    }
}
