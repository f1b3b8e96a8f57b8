import JournalDetection
import JournalModel

/// What a `JournalRule` sees: one journal, its entries analysed, and the configuration in force.
public struct JournalContext: Sendable {
    public let journal: Journal
    /// The journal's entries in order, each with what the detectors found (analysed once, so
    /// every rule sees the same claims, reassurance and crisis mentions).
    public let entries: [AnalyzedEntry]
    public let configuration: LintConfiguration
    /// When the journal is a run of days of a larger file linted run by run (`FileLintInRuns`):
    /// what the runs before it tell the rules that read the file's entries in order.
    public let earlierRuns: EarlierRuns?

    public init(journal: Journal, entries: [AnalyzedEntry], configuration: LintConfiguration, earlierRuns: EarlierRuns? = nil) {
        self.journal = journal
        self.entries = entries
        self.configuration = configuration
        self.earlierRuns = earlierRuns
    }
}
