import Dispatch

/// Frees large values (a file's Markdown tree, its journal model) on another thread, when the run
/// leaves a core idle: linting one file, the tree and the model take milliseconds to free, and
/// nothing after linting needs them. With every core busy it frees in place, as usual.
struct BackgroundRelease: Sendable {
    let isEnabled: Bool

    static let inPlace = BackgroundRelease(isEnabled: false)

    /// Takes `value` and lets it go, here or on a background thread.
    func release<Value: Sendable>(_ value: consuming Value) {
        guard isEnabled else { return }
        let released = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(released) {} }
    }
}
