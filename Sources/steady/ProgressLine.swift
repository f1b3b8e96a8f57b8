import Synchronization

/// "linting 340/1200 files" on standard error while long work runs; only on a terminal and only
/// for runs large enough to be worth it, so pipes and hooks stay quiet.
final class ProgressLine: Sendable {
    private let total: Int
    private let verb: String
    private let enabled: Bool
    private let done = Atomic<Int>(0)

    init(total: Int, verb: String) {
        self.total = total
        self.verb = verb
        self.enabled = total >= 200 && Terminal.isTerminal(2)
    }

    func advance() {
        guard enabled else { return }
        let count = done.wrappingAdd(1, ordering: .relaxed).newValue
        if count % 50 == 0 || count == total { Terminal.progress("\(verb) \(count)/\(total) files") }
    }

    func finish() {
        if enabled { Terminal.progress("") }
    }
}
