import Synchronization

/// Keeps large values (a file's Markdown tree, its journal model) alive until the process exits
/// instead of freeing them, when a run lints only a few files: freeing a 1 MB journal's tree and
/// model takes milliseconds just before exit, when the operating system takes the memory back at
/// once anyway. A run over many files frees each file's as usual, so memory stays bounded.
///
/// Files are read while the search for them goes on, so the size of the run may be unknown when
/// a file is read: the choice is made when a value is released (by then, for a run over a few
/// files, the search is long over). Until `decide` is called, values are freed.
///
/// Only the values of files up to `byteLimit` are kept: a large file's tree and model are most of
/// a run's memory (a 10 MB file's, kept alongside its findings, took 160 MB), and freeing them
/// costs little next to linting them.
final class KeepUntilExit: Sendable {
    private enum Choice: Int { case undecided, keep, free }
    private let choice: Atomic<Int>
    /// Whether `decide` may choose to keep values (not for `never`).
    private let mayKeep: Bool

    /// Keeps nothing: every value is freed when it is released, whatever is decided.
    static let never = KeepUntilExit(choice: .free, mayKeep: false)

    /// At most this many files' trees and models are kept.
    static let fileLimit = 8
    /// Only the trees and models of files of at most this many bytes are kept (the size from
    /// which `MarkdownParser` parses an input in parts).
    static let byteLimit = 1 << 20

    private init(choice: Choice, mayKeep: Bool) {
        self.choice = Atomic(choice.rawValue)
        self.mayKeep = mayKeep
    }

    /// Undecided until told the number of files.
    convenience init() { self.init(choice: .undecided, mayKeep: true) }

    /// Keeps values if a run has at most `fileLimit` files.
    func decide(fileCount: Int) {
        guard mayKeep else { return }
        choice.store((fileCount <= Self.fileLimit ? Choice.keep : .free).rawValue, ordering: .relaxed)
    }

    /// Whether the values of a file are kept (decided so, and the file is small): a caller can
    /// then copy a value for `release` only when it will be kept, and otherwise hand it on to be
    /// freed where it is last used.
    /// - Parameter byteCount: the size of the file the values are of.
    func keepsValues(ofFileBytes byteCount: Int) -> Bool {
        byteCount <= Self.byteLimit && choice.load(ordering: .relaxed) == Choice.keep.rawValue
    }

    /// Takes `value`, made from a file of `byteCount` bytes: keeps it until exit when so decided
    /// and the file is small, else lets it go here.
    func release<Value: Sendable>(_ value: consuming Value, ofFileBytes byteCount: Int) {
        guard keepsValues(ofFileBytes: byteCount) else { return }
        let kept: any Sendable = value
        Self.kept.withLock { $0.append(kept) }
    }

    /// A global is never destroyed at exit, so what it holds is never freed.
    private static let kept = Mutex<[any Sendable]>([])
}
