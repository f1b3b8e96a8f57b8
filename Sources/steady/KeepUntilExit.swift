import Synchronization

/// Keeps large values (a file's Markdown tree, its journal model) alive until the process exits
/// instead of freeing them, when a run lints only a few files: freeing a 1 MB journal's tree and
/// model takes milliseconds just before exit, when the operating system takes the memory back at
/// once anyway. A run over many files frees each file's as usual, so memory stays bounded.
struct KeepUntilExit: Sendable {
    let isEnabled: Bool

    static let never = KeepUntilExit(isEnabled: false)

    /// At most this many files' trees and models are kept.
    static let fileLimit = 8

    /// Takes `value`: keeps it until exit when enabled, else lets it go here.
    func release<Value: Sendable>(_ value: consuming Value) {
        guard isEnabled else { return }
        let kept: any Sendable = value
        Self.kept.withLock { $0.append(kept) }
    }

    /// A global is never destroyed at exit, so what it holds is never freed.
    private static let kept = Mutex<[any Sendable]>([])
}
