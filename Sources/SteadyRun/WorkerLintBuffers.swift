import JournalLint
import Synchronization

/// Each worker's `LintBuffers`, reused for every file it lints. Only worker `n` takes slot `n`,
/// so its lock is never contended; it is there because the slots are shared between threads.
final class WorkerLintBuffers: Sendable {
    private final class Slot: Sendable {
        let buffers: Mutex<LintBuffers>
        init(analysisWorkers: Int) { buffers = Mutex(LintBuffers(analysisWorkers: analysisWorkers)) }
    }

    private let slots: [Slot]

    /// - Parameter workers: the run's jobs; each may also share one large file's entries among
    ///   that many threads (`--jobs 1` stays on one thread).
    init(workers: Int) {
        slots = (0..<max(1, workers)).map { _ in Slot(analysisWorkers: workers) }
    }

    /// Runs `body` with the worker's buffers, in place: taking them out and handing them back
    /// made and destroyed a set of empty buffers for every file.
    func withBuffers<Result>(for worker: Int, _ body: (inout LintBuffers) -> Result) -> Result {
        slots[worker].buffers.withLock { body(&$0) }
    }
}
