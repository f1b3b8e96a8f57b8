import JournalDetection
import JournalFiles
import JournalLint
import Synchronization

/// The configuration in force for each journal: `--config`, else the nearest `.steady.yml`.
///
/// Configuration problems are collected (the file finder asks from inside its walk, where nothing
/// can throw) and reported together (`checkProblems()`) before any findings.
public final class ConfigurationResolver: Sendable {
    private let loader = ConfigurationLoader()
    /// The configuration file used for every journal (`--config`), if any.
    public let explicitPath: String?
    private let knownRuleIDs = RuleRegistry.standard.ruleIDs
    /// Analyzers per configuration file (by its path, "" for the defaults) and worker: detectors
    /// compile their phrases once per configuration file and worker (see `AnalyzerSlot`).
    private let analyzers = Mutex<[String: WorkerAnalyzers]>([:])
    private let problems = Mutex<[ConfigurationError]>([])
    /// The configurations in force, by their file's path ("" for the defaults). Keyed by path
    /// because comparing whole configurations per journal file costs more than linting it.
    private let used = Mutex<[String: LintConfiguration]>([:])
    /// The configuration in force per folder of journal files, and the last folder asked about.
    private let byFolder = Mutex(FolderCache())

    /// - Parameter explicitPath: one configuration file for every journal (`--config`), read
    ///   now; `nil` to use the nearest `.steady.yml` above each file.
    public convenience init(explicitPath: String? = nil) throws(ConfigurationError) {
        self.init(checkedExplicitPath: explicitPath)
        if let explicitPath {
            _ = try loader.load(contentsOf: explicitPath, knownRuleIDs: knownRuleIDs)
        }
    }

    private init(checkedExplicitPath explicitPath: String?) {
        self.explicitPath = explicitPath
    }

    /// A resolver that uses the nearest configuration file above each journal (no `--config`):
    /// with no file named up front, it cannot fail to start.
    public static func discovering() -> ConfigurationResolver {
        ConfigurationResolver(checkedExplicitPath: nil)
    }

    /// The configuration for a journal file (`nil` path: standard input, looked up from the
    /// current folder) or, with `isFolder`, for a folder, or the defaults after recording a problem.
    public func configuration(forFileAt path: String?, isFolder: Bool = false) -> LintConfiguration {
        folderSettings(forFileAt: path, isFolder: isFolder).configuration
    }

    /// The settings of the folder a journal file (or, with `isFolder`, a folder) is in. Journal
    /// files share folders and come folder by folder: the last folder's settings are reused
    /// after comparing bytes, else each folder is looked up once.
    private func folderSettings(forFileAt path: String?, isFolder: Bool) -> FolderSettings {
        if let path, let last = byFolder.withLock({ $0.last }),
           isFolder ? path.utf8.elementsEqual(last.folder.utf8) : LexicalPath.isFolder(last.folder, of: path) {
            return last.settings
        }
        let folderKey = path.map { isFolder ? $0 : LexicalPath.folder(of: $0) } ?? "."
        if let cached = byFolder.withLock({ $0.remember(folderKey) }) { return cached }
        let configuration = lookUp(path, isFolder: isFolder)
        let found = FolderSettings(configuration, analyzers: workerAnalyzers(for: configuration))
        return byFolder.withLock { cache in
            // Another worker may have looked the same folder up meanwhile: keep the first.
            cache.remember(folderKey) ?? cache.add(found, for: folderKey)
        }
    }

    private func lookUp(_ path: String?, isFolder: Bool) -> LintConfiguration {
        do {
            let configuration: LintConfiguration
            if isFolder, explicitPath == nil, let path {
                if let found = loader.discover(fromFolder: path) {
                    configuration = try loader.load(contentsOf: found, knownRuleIDs: knownRuleIDs)
                } else {
                    configuration = .default
                }
            } else {
                configuration = try loader.configuration(forFileAt: path, explicitPath: explicitPath, knownRuleIDs: knownRuleIDs)
            }
            let key = configuration.sourcePath ?? ""
            used.withLock { if $0[key] == nil { $0[key] = configuration } }
            return configuration
        } catch {
            problems.withLock { if !$0.contains(error) { $0.append(error) } }
            return .default
        }
    }

    /// The configuration and a matching analyzer for a source, for one worker of a parallel run.
    public func settings(for source: JournalSource, worker: Int = 0) -> (LintConfiguration, EntryAnalyzer) {
        let folder = folderSettings(forFileAt: source.path, isFolder: false)
        return (folder.configuration, folder.analyzers.slot(worker: worker).analyzer(for: folder.configuration))
    }

    /// The configuration and analyzer for a file in `folder` that has no name yet (an editor's
    /// untitled buffer, configured from the workspace's folder).
    public func settings(forFileIn folder: String, worker: Int = 0) -> (LintConfiguration, EntryAnalyzer) {
        let settings = folderSettings(forFileAt: folder, isFolder: true)
        return (settings.configuration, settings.analyzers.slot(worker: worker).analyzer(for: settings.configuration))
    }

    /// Compiles the analyzer a worker will need for `source` now, typically on an idle core
    /// while that worker reads and parses the file (compiling the lexicon costs milliseconds).
    public func prepareAnalyzer(for source: JournalSource, worker: Int) {
        _ = settings(for: source, worker: worker)
    }

    /// The analyzers of a configuration's file, looked up once per folder (each folder's
    /// settings keep them), not once per journal file.
    private func workerAnalyzers(for configuration: LintConfiguration) -> WorkerAnalyzers {
        analyzers.withLock { analyzers in
            let key = configuration.sourcePath ?? ""
            if let existing = analyzers[key] { return existing }
            let made = WorkerAnalyzers()
            analyzers[key] = made
            return made
        }
    }

    /// The analyzer slots of one configuration file, by worker number.
    private final class WorkerAnalyzers: Sendable {
        private let slots = Mutex<[AnalyzerSlot]>([])

        func slot(worker: Int) -> AnalyzerSlot {
            slots.withLock { slots in
                while slots.count <= worker { slots.append(AnalyzerSlot()) }
                return slots[worker]
            }
        }
    }

    /// One analyzer, compiled by whoever asks first; others asking meanwhile wait for it.
    /// Each worker gets its own: the detectors' tables are shared objects, and two cores taking
    /// and dropping references to the same ones at every word slowed both down.
    private final class AnalyzerSlot: Sendable {
        private let compiled = Mutex<EntryAnalyzer?>(nil)

        func analyzer(for configuration: LintConfiguration) -> EntryAnalyzer {
            compiled.withLock { compiled in
                if let compiled { return compiled }
                let made = configuration.makeAnalyzer()
                compiled = made
                return made
            }
        }
    }

    /// Skips what the configuration in force for a path ignores (`ignore:` globs).
    public func ignorePredicate() -> JournalFileFinder.IgnorePredicate {
        { [self] candidate in
            guard let patterns = folderSettings(forFileAt: candidate.path, isFolder: candidate.isFolder).ignorePatterns else { return false }
            return patterns.ignores(absolutePath: candidate.absolutePath, isFolder: candidate.isFolder)
        }
    }

    /// What is known about one folder: its configuration, and that configuration's ignore globs
    /// compiled once (the finder asks about every file). A class, so that handing it out of the
    /// cache copies one reference, not every field of the configuration.
    private final class FolderSettings: Sendable {
        let configuration: LintConfiguration
        /// `nil` when the configuration ignores nothing.
        let ignorePatterns: IgnorePatterns?
        /// The analyzers of the configuration's file.
        let analyzers: WorkerAnalyzers

        init(_ configuration: LintConfiguration, analyzers: WorkerAnalyzers) {
            self.configuration = configuration
            self.analyzers = analyzers
            if !configuration.ignore.isEmpty, let base = configuration.ignoreBaseFolder {
                ignorePatterns = IgnorePatterns(configuration.ignore, relativeTo: base)
            } else {
                ignorePatterns = nil
            }
        }
    }

    /// The settings per folder (keyed as `LexicalPath.folder(of:)` names it), and the folder
    /// asked about last.
    private struct FolderCache {
        var byFolder: [String: FolderSettings] = [:]
        var last: (folder: String, settings: FolderSettings)?

        /// The settings of a folder seen before, which becomes the last one.
        mutating func remember(_ folder: String) -> FolderSettings? {
            guard let settings = byFolder[folder] else { return nil }
            last = (folder, settings)
            return settings
        }

        mutating func add(_ settings: FolderSettings, for folder: String) -> FolderSettings {
            byFolder[folder] = settings
            last = (folder, settings)
            return settings
        }
    }

    /// The configuration for a path looked up ahead of time, or `nil` if it has a problem (the
    /// caller then looks it up in turn, where the problem is reported).
    public func scout(forFileAt path: String, isFolder: Bool) -> LintConfiguration? {
        let configuration = configuration(forFileAt: path, isFolder: isFolder)
        return hasProblems ? nil : configuration
    }

    /// Whether any configuration problem has been met so far.
    public var hasProblems: Bool { problems.withLock { !$0.isEmpty } }

    /// The configuration problems met so far, each once, in the order met.
    public var problemsFound: [ConfigurationError] { problems.withLock { $0 } }

    /// Throws the configuration problems met so far, if there were any.
    public func checkProblems() throws(ConfigurationProblems) {
        let found = problems.withLock { $0 }
        guard !found.isEmpty else { return }
        throw ConfigurationProblems(problems: found)
    }

    /// The strictest `fail-on` among the configurations in use, so a hook fails if any folder
    /// asks it to (the defaults' `error` when none was found).
    public var failOn: FailThreshold {
        let thresholds = used.withLock { $0 }.values.map(\.failOn)
        guard !thresholds.isEmpty else { return LintConfiguration.default.failOn }
        for severity in [Severity.note, .warning, .error] where thresholds.contains(.atLeast(severity)) {
            return .atLeast(severity)
        }
        return .never
    }
}
