import JournalAnalysis
import JournalLint

extension WentWell {
    /// Counts what went well in a file's (or a run's) entries from what its lint analysed (the
    /// context `LintEngine.lint(_:configuration:analyzer:reusing:inspect:)` hands over): each
    /// entry's digest is made, counted and dropped.
    public mutating func count(entriesOf context: JournalContext) {
        let dayStartsAt = context.configuration.dayStartsAt
        for analysed in context.entries { add(EntryDigest(analysed.entry, dayStartsAt: dayStartsAt, found: analysed.insights)) }
    }
}
