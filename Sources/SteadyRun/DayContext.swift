import JournalDetection
import JournalFiles
import JournalLint
import JournalModel
import MarkdownSyntax

/// The other files of a journal day, for rules that count across a day (reassurance per day with
/// `day-starts-at`): linting one file sees the asks of the same journal day in the files beside
/// it, and reports only on the file asked for.
///
/// `JournalDayNeighbours` says which files may share a journal day with a linted file; this reads
/// them (an open document's bytes first, else the file through `JournalFileReader`), builds them,
/// and lets the collecting rules collect from them (`LintEngine.collectContext`) without linting
/// them. `LintEngine.finish(_:context:)` then counts their acts with the linted files' and drops
/// any finding that falls in them. A neighbour that cannot be read is left out silently: nobody
/// asked for it.
///
/// `steady lint FILE` uses it through `LintRun`; a language server calls `lint(path:bytes:)`
/// with the documents it has open.
public struct DayContext: Sendable {
    public let configurations: ConfigurationResolver
    /// Documents whose bytes replace the file on disk (an editor's unsaved buffers), by path as
    /// the caller names files (absolute, for a language server). One not on disk still counts.
    public let openDocuments: [String: [UInt8]]
    /// The folder relative paths start from.
    public let currentDirectory: String

    public init(configurations: ConfigurationResolver, openDocuments: [String: [UInt8]] = [:], currentDirectory: String? = nil) {
        self.configurations = configurations
        self.openDocuments = openDocuments
        self.currentDirectory = currentDirectory ?? JournalFiles.currentWorkingDirectory()
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
    ///   - jobs: files read and collected at once.
    public func results(around files: [LintedFile], alsoLinted: [String] = [], engine: LintEngine, jobs: Int = 1) -> [FileLintResult] {
        let finder = JournalFileFinder(currentDirectory: currentDirectory, shouldIgnore: configurations.ignorePredicate())
        var neighbours = JournalDayNeighbours(finder: finder, extraPaths: Array(openDocuments.keys))
        let linted = Set((files.map(\.path) + alsoLinted).map(absolute))
        var seen = Set<String>()
        var context: [String] = []
        for file in files {
            for path in neighbours.paths(near: file.path, dates: file.dates) where !linted.contains(absolute(path)) {
                if seen.insert(absolute(path)).inserted { context.append(path) }
            }
        }
        let paths = context.sorted()
        let loader = JournalLoader()
        let openDocuments = self.openDocuments, configurations = self.configurations
        let collected = parallelMap(count: paths.count, jobs: jobs) { index -> FileLintResult? in
            let path = paths[index]
            let (configuration, analyzer) = configurations.settings(for: .file(path: path))
            let journal: Journal
            if let bytes = openDocuments[path] {
                journal = loader.build(bytes, displayPath: path, tagPrefixes: configuration.tagPrefixes)
            } else if case .journal(let built, _) = loader.load(.file(path: path), displayPath: path, tagPrefixes: configuration.tagPrefixes) {
                journal = built
            } else {
                return nil
            }
            var buffers = LintBuffers()
            return engine.collectContext(journal, configuration: configuration, analyzer: analyzer, reusing: &buffers)
        }
        return collected.compactMap { $0 }
    }

    /// Lints one document (its bytes as the editor has them) with the other files of its journal
    /// days as context, on disk or open: the report holds findings for `path` only. Configuration
    /// problems are thrown, as `LintRun.execute` throws them.
    public func lint(path: String, bytes: [UInt8], engine: LintEngine = LintEngine()) throws(ConfigurationProblems) -> LintReport {
        let loader = JournalLoader()
        let (configuration, analyzer) = configurations.settings(for: .file(path: path))
        let journal = loader.build(bytes, displayPath: path, tagPrefixes: configuration.tagPrefixes)
        let dates = JournalDayNeighbours.dates(of: journal)
        let result = engine.lint(journal, configuration: configuration, analyzer: analyzer)
        let context = results(around: [LintedFile(path: path, dates: dates)], engine: engine)
        try configurations.checkProblems()
        return engine.finish([result], context: context)
    }

    private func absolute(_ path: String) -> String {
        LexicalPath.absolute(path, relativeTo: currentDirectory)
    }
}
