import JournalModel
import WorkSharing

extension EntryAnalyzer {
    /// A file at least this large has its entries shared among threads when more than one may
    /// work on it; below it, starting threads costs more than it saves.
    public static let sharedAnalysisMinimumBytes = 128 << 10

    /// The analyses of `entries`, in their order.
    ///
    /// Why threads: a run over many files keeps every core busy with a file each, but one large
    /// file (a year's journal in one file, or the buffer an editor shows) is read on one thread,
    /// and the detectors are about a third of its time (docs/benchmarks.md). With `workers` above
    /// 1 and `sourceBytes` at least `sharedAnalysisMinimumBytes`, the entries are cut into runs
    /// that threads take in turn. An entry's analysis depends on that entry alone, so the result
    /// is the one analysing them one by one gives.
    /// - Parameters:
    ///   - buffers: used when the entries are analysed on this thread.
    ///   - workers: how many threads may analyse at once (1: only this one).
    ///   - sourceBytes: the size of the file the entries were read from.
    public func analyze(_ entries: [Entry], reusing buffers: inout EntryAnalysisBuffers, workers: Int, sourceBytes: Int) -> [AnalyzedEntry] {
        // Several runs per thread, so one that drew short entries takes another run rather than
        // waiting for a thread that drew long ones.
        let runs = min(entries.count, 4 * workers)
        buffers.quietProse?.begin(with: id)
        defer { buffers.quietProse?.end() }
        guard workers > 1, runs > 1, sourceBytes >= Self.sharedAnalysisMinimumBytes else {
            return entries.map { analyze($0, reusing: &buffers) }
        }
        let count = entries.count
        let memory = buffers.quietProse?.forRun()
        let analysed = parallelMap(count: runs, jobs: workers) { [self] run -> (entries: [AnalyzedEntry], quiet: QuietProseMemory?) in
            var runBuffers = EntryAnalysisBuffers()
            runBuffers.quietProse = memory
            let analysed = entries[count * run / runs..<count * (run + 1) / runs].map { analyze($0, reusing: &runBuffers) }
            return (analysed, runBuffers.quietProse)
        }
        var all: [AnalyzedEntry] = []
        all.reserveCapacity(count)
        for run in analysed {
            all.append(contentsOf: run.entries)
            if let quiet = run.quiet { buffers.quietProse?.merge(quiet) }
        }
        return all
    }
}
