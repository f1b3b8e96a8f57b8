import JournalModel

/// What a `JournalRule` sees: one journal, its entries analysed, and the configuration in force.
public struct JournalContext: Sendable {
    public let journal: Journal
    /// The journal's entries in order, each with what the detectors found.
    public let entries: [AnalyzedEntry]
    public let configuration: LintConfiguration

    public init(journal: Journal, entries: [AnalyzedEntry], configuration: LintConfiguration) {
        self.journal = journal
        self.entries = entries
        self.configuration = configuration
    }
}
