import JournalLint
import JournalModel
import MarkdownSyntax

/// The runs of days of one open document as its last lint read them (`JournalDayRuns`), with
/// what linting each gave. An edit changes one run or two of a large buffer: the next lint
/// parses, builds and lints again only the runs whose bytes changed, and takes the others from
/// here, their findings moved by as many lines as an edit above them moved them
/// (`LintEngine.shifted`).
///
/// A run is looked up by its length and first bytes (its day's heading: hashing all its bytes
/// cost more than comparing them) and then compared byte for byte, and is the same run only in
/// the same place first or last: the first holds the front matter, and nothing follows the last
/// (a fix below a run's last line looks at the line after it). What a run gives depends on the
/// settings it was linted with too: other settings forget every run. Only the runs of the last
/// lint are kept, about the buffer's own size in bytes besides their findings and days.
struct DayRunMemory {
    /// What one run's lint left.
    struct Run {
        /// Its length and first bytes, hashed with whether it is first and last.
        fileprivate let key: Int
        let bytes: [UInt8]
        let isFirst: Bool
        let isLast: Bool
        /// The lines above the run when it was linted: its findings' and days' positions count them.
        let linesBefore: Int
        /// Its days, positions as linted: for the outline, the day's other files, and whether the
        /// runs still stand for the whole buffer (`JournalDayRuns.Continuity`).
        let days: [Day]
        let hasUndatedNotes: Bool
        /// Its findings and what the collecting rules need (`LintEngine.lint`).
        let result: FileLintResult

        /// The run at `run` of `bytes`, just linted: its journal's days, and `result`.
        init(_ run: InputRun, of bytes: [UInt8], days: [Day], hasUndatedNotes: Bool, result: FileLintResult) {
            key = DayRunMemory.key(run, in: bytes)
            self.bytes = Array(bytes[run.bytes])
            isFirst = run.isFirst
            isLast = run.isLast
            linesBefore = run.linesBefore
            self.days = days
            self.hasUndatedNotes = hasUndatedNotes
            self.result = result
        }
    }

    /// What a run's lint depends on besides its bytes.
    struct Settings: Equatable {
        let path: String
        let configuration: LintConfiguration
        /// The analyzer's identity: a new configuration file makes a new one.
        let analyzer: ObjectIdentifier
        let readsInlineFields: Bool
    }

    private var settings: Settings?
    private var known: [Int: Run] = [:]
    /// The runs of the lint under way.
    private var kept: [Int: Run] = [:]

    /// How many runs the last lint took from memory, and how many it read (for tests).
    private(set) var reused = 0
    private(set) var read = 0

    /// Starts a lint with `settings`.
    mutating func begin(with settings: Settings) {
        if self.settings != settings {
            self.settings = settings
            known = [:]
        }
        kept = [:]
        reused = 0
        read = 0
    }

    /// The run remembered with the bytes and place of `run` in `bytes`.
    func remembered(_ run: InputRun, in bytes: [UInt8]) -> Run? {
        guard let remembered = known[Self.key(run, in: bytes)], remembered.isFirst == run.isFirst, remembered.isLast == run.isLast,
              ByteSearch.sameBytes(remembered.bytes[...], bytes[run.bytes]) else { return nil }
        return remembered
    }

    /// Keeps `run` for the next lint; `wasRemembered` when it came from here.
    mutating func keep(_ run: Run, wasRemembered: Bool) {
        kept[run.key] = run
        if wasRemembered { reused += 1 } else { read += 1 }
    }

    /// Ends the lint: its runs are the ones remembered.
    mutating func end() {
        known = kept
        kept = [:]
    }

    /// How many of a run's first bytes its key reads: its first line and more. Runs that share
    /// them and their length only share a key (the last one kept wins, and the other is read again).
    private static let keyPrefix = 64

    fileprivate static func key(_ run: InputRun, in bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        hasher.combine(run.bytes.count)
        bytes[run.bytes.prefix(Self.keyPrefix)].withUnsafeBytes { hasher.combine(bytes: $0) }
        hasher.combine(run.isFirst)
        hasher.combine(run.isLast)
        return hasher.finalize()
    }
}
