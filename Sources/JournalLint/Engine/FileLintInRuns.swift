import JournalDetection
import JournalModel

/// One file linted a run of days at a time (`JournalDayRuns`), giving what `LintEngine.lint`
/// gives for the whole file whatever the order of its entries: each run is linted with what the
/// runs before it tell the rules that read the file's entries in order (`EarlierRuns`), and the
/// runs' results are merged at the end (`LintEngine.merge(runs:)`).
///
/// The file's order (`entry-out-of-order`: newest first when more steps between entries go
/// back in time than forward) is known only once every run is read: each run is linted with
/// the order its entries and all those above tell, and `merged` gives nil when that was not the
/// whole file's in some run (the file is then to be linted whole). A journal that keeps one
/// order, a few entries against it, tells it from its first run on.
public struct FileLintInRuns: Sendable {
    private var continuity: JournalDayRuns.Continuity
    private var results: [FileLintResult] = []
    private var earlier = EarlierRuns()
    private var steps = EntryOutOfOrderRule.OrderSteps()
    /// Whether some run was linted as newest first, and some as oldest first.
    private var lintedNewestFirst = false
    private var lintedOldestFirst = false

    public init(dayStartsAt: TimeOfDay) {
        continuity = JournalDayRuns.Continuity(dayStartsAt: dayStartsAt, carriesOrder: true)
    }

    /// Whether `run`, the next, can be linted on its own (`JournalDayRuns.Continuity`); false
    /// stops the runs, and the file is to be linted whole.
    public mutating func accepts(_ run: Journal) -> Bool {
        continuity.accepts(run)
    }

    /// Lints the next run (accepted), as `LintEngine.lint` does with `isRunOfDays`.
    public mutating func lint(_ run: consuming Journal, engine: LintEngine, configuration: LintConfiguration, analyzer: EntryAnalyzer,
                              reusing buffers: inout LintBuffers, inspect: ((JournalContext) -> Void)? = nil) {
        for entry in run.entries { steps.take(EarlierRuns.EntryMoment(entry).minutes) }
        let last = run.entries.last.map { EarlierRuns.EntryMoment($0) }
        earlier.newestFirst = steps.newestFirst
        if earlier.newestFirst { lintedNewestFirst = true } else { lintedOldestFirst = true }
        var noted = earlier.notedReassuranceDays
        results.append(engine.lint(run, configuration: configuration, analyzer: analyzer, reusing: &buffers, isRunOfDays: true,
                                   earlierRuns: earlier, inspect: { context in
            inspect?(context)
            noted = ReassuranceBeforeRegulationRule.notedDays(in: context)
        }))
        earlier.notedReassuranceDays = noted
        if let last { earlier.lastEntry = last }
    }

    /// The whole file's result, from its runs'; nil when some run was linted with another order
    /// than the file's (it is then to be linted whole).
    public consuming func merged(by engine: LintEngine) -> FileLintResult? {
        let fileNewestFirst = steps.newestFirst
        guard !results.isEmpty, fileNewestFirst ? !lintedOldestFirst : !lintedNewestFirst else { return nil }
        // Handed over rather than shared, so that `merge` frees each run's findings as it takes them.
        var taken: [FileLintResult] = []
        swap(&taken, &results)
        return engine.merge(runs: consume taken)
    }
}
