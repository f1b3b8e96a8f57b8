import SteadyRun
import Synchronization

/// "linting 340/1200 files" on standard error while long work runs; only on a terminal and only
/// for runs large enough to be worth it, so pipes and hooks stay quiet.
///
/// The total may be learnt late: files are read while the folders are still being searched, so
/// until `total` is set the line shows the count alone, from 200 files on.
final class ProgressLine: Sendable {
    private let verb: String
    private let enabled: Bool
    private let done = Atomic<Int>(0)
    /// The number of files, 0 while not yet known.
    private let knownTotal = Atomic<Int>(0)

    init(total: Int? = nil, verb: String) {
        self.verb = verb
        self.enabled = (total ?? 200) >= 200 && Terminal.isTerminal(2)
        if let total { knownTotal.store(total, ordering: .relaxed) }
    }

    /// Sets the number of files once the search has found them all.
    func setTotal(_ total: Int) {
        knownTotal.store(total, ordering: .relaxed)
    }

    func advance() {
        guard enabled else { return }
        let count = done.wrappingAdd(1, ordering: .relaxed).newValue
        let total = knownTotal.load(ordering: .relaxed)
        if total == 0 {
            if count >= 200 && count % 50 == 0 { Terminal.progress("\(verb) \(count) files") }
        } else if total >= 200 && (count % 50 == 0 || count == total) {
            Terminal.progress("\(verb) \(count)/\(total) files")
        }
    }

    /// Clears the line, if the run was large enough to show one.
    func finish() {
        if enabled && max(done.load(ordering: .relaxed), knownTotal.load(ordering: .relaxed)) >= 200 { Terminal.progress("") }
    }
}

/// The line is how the commands watch a run of the library.
extension ProgressLine: RunProgress {
    func filesFound(_ total: Int) { setTotal(total) }
    func fileDone() { advance() }
    func finished() { finish() }
}
