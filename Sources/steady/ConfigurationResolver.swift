import ArgumentParser
import JournalFiles
import JournalLint
import Synchronization

/// The configuration in force for each journal: `--config`, else the nearest `.steady.yml`.
///
/// Configuration problems are collected (the file finder asks from inside its walk, where nothing
/// can throw) and reported together before any linting, with exit status 2.
final class ConfigurationResolver: Sendable {
    private let loader = ConfigurationLoader()
    private let explicitPath: String?
    private let knownRuleIDs = RuleRegistry.standard.ruleIDs
    /// Analyzers per configuration file: detectors compile their phrases once per file.
    private let analyzers = Mutex<[String: EntryAnalyzer]>([:])
    private let problems = Mutex<[ConfigurationError]>([])
    /// The configurations in force, by their file's path ("" for the defaults). Keyed by path
    /// because comparing whole configurations per journal file costs more than linting it.
    private let used = Mutex<[String: LintConfiguration]>([:])
    /// The configuration in force per folder of journal files.
    private let byFolder = Mutex<[String: LintConfiguration]>([:])

    init(options: ConfigurationOptions) throws {
        explicitPath = options.config
        if let explicitPath {
            do {
                _ = try loader.load(contentsOf: explicitPath, knownRuleIDs: knownRuleIDs)
            } catch {
                Terminal.writeError("\(error)")
                throw ExitCode(2)
            }
        }
    }

    /// The configuration for a journal file (`nil` path: standard input, looked up from the
    /// current folder) or, with `isFolder`, for a folder, or the defaults after recording a problem.
    func configuration(forFileAt path: String?, isFolder: Bool = false) -> LintConfiguration {
        // Journal files share folders: look each folder up once.
        let folderKey = path.map { isFolder ? $0 : LexicalPath.folder(of: $0) } ?? "."
        if let cached = byFolder.withLock({ $0[folderKey] }) { return cached }
        let found = lookUp(path, isFolder: isFolder)
        byFolder.withLock { $0[folderKey] = found }
        return found
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

    /// The configuration and a matching analyzer for a source.
    func settings(for source: JournalSource) -> (LintConfiguration, EntryAnalyzer) {
        let configuration = configuration(forFileAt: source.path)
        let analyzer = analyzers.withLock { cache in
            let key = configuration.sourcePath ?? ""
            if let cached = cache[key] { return cached }
            let made = configuration.makeAnalyzer()
            cache[key] = made
            return made
        }
        return (configuration, analyzer)
    }

    /// Skips what the configuration in force for a path ignores (`ignore:` globs).
    func ignorePredicate() -> JournalFileFinder.IgnorePredicate {
        { [self] candidate in
            let configuration = configuration(forFileAt: candidate.path, isFolder: candidate.isFolder)
            guard !configuration.ignore.isEmpty, let base = configuration.ignoreBaseFolder else { return false }
            return IgnorePatterns(configuration.ignore, relativeTo: base).ignores(absolutePath: candidate.absolutePath, isFolder: candidate.isFolder)
        }
    }

    /// Prints configuration problems met so far; exits 2 if there were any.
    func failOnProblems() throws {
        let found = problems.withLock { $0 }
        guard !found.isEmpty else { return }
        for problem in found { Terminal.writeError("\(problem)") }
        throw ExitCode(2)
    }

    /// The strictest `fail-on` among the configurations in use, so a hook fails if any folder
    /// asks it to (the defaults' `error` when none was found).
    var failOn: FailThreshold {
        let thresholds = used.withLock { $0 }.values.map(\.failOn)
        guard !thresholds.isEmpty else { return LintConfiguration.default.failOn }
        for severity in [Severity.note, .warning, .error] where thresholds.contains(.atLeast(severity)) {
            return .atLeast(severity)
        }
        return .never
    }
}
