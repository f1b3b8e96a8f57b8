import JournalDetection
import JournalFiles
import JournalLint
import JournalModel
import MarkdownSyntax
import WorkSharing

/// The other files of a journal day, for rules that count across a day (reassurance per day with
/// `day-starts-at`): linting one file sees the asks of the same journal day in the files beside
/// it, and reports only on the file asked for. The one way Steady lints "with the day's other
/// files": `steady lint FILE` (through `LintRun`, and so the pre-commit hooks) and `steady lsp`
/// both use it.
///
/// `JournalDayNeighbours` says which files may share a journal day with a linted file; this reads
/// them (an open document's bytes first, else the file through `JournalFileReader`), builds them,
/// and lets the collecting rules collect from them (`LintEngine.collectContext`) without linting
/// them. `LintEngine.finish(_:context:)` then counts their acts with the linted files' and drops
/// any finding that falls in them. A neighbour that cannot be read is left out silently: nobody
/// asked for it.
///
/// A long-lived caller (a language server, linting at every keystroke) keeps one value: the
/// folders it listed stay known until `forget()` (files added or removed on disk), and with
/// `remembersFiles` what it collected of each file is used again while the file is unchanged (an
/// open document's bytes equal, a file on disk with the same `FileStamp`, so it is not read).
public struct DayContext: Sendable {
    public let configurations: ConfigurationResolver
    /// The folder relative paths start from.
    public let currentDirectory: String
    /// Whether what was collected of each file is kept for the next call: a keystroke changes the
    /// document, rarely the rest of its day.
    public let remembersFiles: Bool
    private var neighbours: JournalDayNeighbours
    private var remembered: [String: Remembered] = [:]
    private var absolutePaths: [String: String] = [:]
    private let loader = JournalLoader()
    /// More remembered files than this are dropped all at once (a long session, many folders).
    /// Above the days a year of daily notes and a file spanning that year share.
    private static let maximumRemembered = 4096

    /// What was collected of a file, and what it was collected from: an open document's bytes,
    /// or the stamp of the file on disk (so an unchanged file is not even read again); `nil`
    /// when nothing is remembered.
    private struct Remembered: Sendable {
        enum Source: Sendable {
            case open([UInt8])
            case disk(FileStamp)
        }
        let source: Source?
        let result: FileLintResult
    }

    public init(configurations: ConfigurationResolver, currentDirectory: String? = nil, remembersFiles: Bool = false) {
        self.configurations = configurations
        self.currentDirectory = currentDirectory ?? JournalFiles.currentWorkingDirectory()
        self.remembersFiles = remembersFiles
        neighbours = JournalDayNeighbours(finder: JournalFileFinder(currentDirectory: self.currentDirectory,
                                                                   shouldIgnore: configurations.ignorePredicate()))
    }

    /// A file being linted: its path as the run shows it, and its entries' dates
    /// (`JournalDayNeighbours.dates(of:)`).
    public struct LintedFile: Sendable {
        public let path: String
        public let dates: [JournalDate]

        public init(path: String, dates: [JournalDate]) {
            self.path = path
            self.dates = dates
        }
    }

    /// The neighbours of `files` that are not among them, read, built and collected for the
    /// collecting rules, in path order; hand them to `LintEngine.finish(_:context:)`.
    /// - Parameters:
    ///   - alsoLinted: paths the run lints besides `files` (never taken as context).
    ///   - openDocuments: an editor's buffers by path as the caller names files (absolute, for a
    ///     language server): their bytes replace the file on disk, and one not on disk yet (a new
    ///     note, unsaved) is a neighbour as if it were.
    ///   - jobs: files read and collected at once.
    public mutating func results(around files: [LintedFile], alsoLinted: [String] = [], engine: LintEngine,
                                 openDocuments: [String: [UInt8]] = [:], jobs: Int = 1) -> [FileLintResult] {
        let linted = Set((files.map(\.path) + alsoLinted).map { absolute($0) })
        let openPaths = Array(openDocuments.keys)
        var seen = Set<String>()
        var context: [(path: String, absolute: String)] = []
        for file in files {
            // Only files of the same journal: those the same configuration file is in force for
            // (a folder with a `.steady.yml` of its own, or none above it, is another journal).
            let journal = configurations.configuration(forFileAt: file.path).sourcePath
            for path in neighbours.paths(near: file.path, dates: file.dates, alsoConsidering: openPaths)
            where configurations.configuration(forFileAt: path).sourcePath == journal {
                let key = absolute(path)
                if !linted.contains(key), seen.insert(key).inserted { context.append((path, key)) }
            }
        }
        context.sort { $0.path < $1.path }
        let paths = context.map(\.path), absolutePaths = context.map(\.absolute)
        let reader = JournalFileReader()
        let configurations = self.configurations, remembersFiles = self.remembersFiles, loader = self.loader
        let remembered = self.remembered
        let collected = parallelMap(count: paths.count, jobs: jobs) { index -> Remembered? in
            let path = paths[index]
            func collect(_ bytes: [UInt8]) -> FileLintResult {
                let (configuration, analyzer) = configurations.settings(for: .file(path: path))
                let journal = loader.build(bytes, displayPath: path, tagPrefixes: configuration.tagPrefixes)
                var buffers = LintBuffers()
                return engine.collectContext(journal, configuration: configuration, analyzer: analyzer, reusing: &buffers)
            }
            if let bytes = openDocuments[path] {
                if case .open(let known)? = remembered[path]?.source, known == bytes { return remembered[path] }
                return Remembered(source: .open(bytes), result: collect(bytes))
            }
            guard remembersFiles else {
                return (try? reader.read(.file(path: path))).map { Remembered(source: nil, result: collect($0.bytes)) }
            }
            guard let stamp = FileStamp.of(path: absolutePaths[index]) else { return nil }
            if case .disk(let known)? = remembered[path]?.source, known == stamp { return remembered[path] }
            guard let contents = try? reader.read(.file(path: path)) else { return nil }
            return Remembered(source: .disk(stamp), result: collect(contents.bytes))
        }
        if remembersFiles {
            if self.remembered.count + paths.count > Self.maximumRemembered { self.remembered = [:] }
            for (path, file) in zip(paths, collected) { self.remembered[path] = file }
        }
        return collected.compactMap { $0?.result }
    }

    /// Remembers `result` (`FileLintResult.asContext` of a lint just made) as what an open
    /// document with `bytes` at `path` is as context, so that the other open notes of its days,
    /// linted again after it changed, do not analyse it again (a large file, at every keystroke).
    public mutating func remember(_ result: FileLintResult, forOpenDocument path: String, bytes: [UInt8]) {
        guard remembersFiles else { return }
        if remembered[path] == nil, remembered.count >= Self.maximumRemembered { remembered = [:] }
        remembered[path] = Remembered(source: .open(bytes), result: result)
    }

    /// Files changed on disk: folders are listed again and files read again.
    public mutating func forget() {
        self = DayContext(configurations: configurations, currentDirectory: currentDirectory, remembersFiles: remembersFiles)
    }

    /// `path` made absolute, looked up once per path while the folders' listings hold: a file
    /// spanning months has hundreds of neighbours, each asked about at every keystroke.
    private mutating func absolute(_ path: String) -> String {
        if let known = absolutePaths[path] { return known }
        let made = LexicalPath.absolute(path, relativeTo: currentDirectory)
        if remembersFiles { absolutePaths[path] = made }
        return made
    }
}
