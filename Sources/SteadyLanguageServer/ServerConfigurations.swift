import JournalDetection
import JournalFiles
import JournalLint

/// The configuration in force for each open document: the nearest `.steady.yml` or
/// `.steady.yaml` above it (as `steady lint` finds it), read again after `reload()`.
///
/// A broken configuration does not stop linting: the document is linted with the defaults and
/// the problem is kept, to be shown as one diagnostic on the configuration file.
final class ServerConfigurations {
    private var loader = ConfigurationLoader()
    /// Analyzers by configuration file ("" for the defaults): compiling the detectors' phrases
    /// takes milliseconds, so it is done once per configuration, not per lint.
    private var analyzers: [String: EntryAnalyzer] = [:]
    /// The problem of each broken configuration file met since the last reload, by its path.
    private(set) var problems: [String: ConfigurationError] = [:]
    /// The folder untitled documents take their configuration from (the workspace root).
    let rootFolder: String?
    private let log: ServerLog
    private var saidNoConfiguration = false
    private let knownRuleIDs = RuleRegistry.standard.ruleIDs

    init(rootFolder: String?, log: ServerLog) {
        self.rootFolder = rootFolder
        self.log = log
    }

    struct Settings {
        let configuration: LintConfiguration
        let analyzer: EntryAnalyzer
    }

    /// The settings for a document at `path` (`isFile` false: an untitled buffer, configured
    /// from the workspace root).
    func settings(forDocumentAt path: String, isFile: Bool) -> Settings {
        let configuration = configuration(forDocumentAt: path, isFile: isFile)
        let key = configuration.sourcePath ?? ""
        if let analyzer = analyzers[key] { return Settings(configuration: configuration, analyzer: analyzer) }
        let analyzer = configuration.makeAnalyzer()
        analyzers[key] = analyzer
        return Settings(configuration: configuration, analyzer: analyzer)
    }

    private func configuration(forDocumentAt path: String, isFile: Bool) -> LintConfiguration {
        let found: String?
        if isFile {
            found = loader.discover(forFileAt: path)
        } else if let rootFolder {
            found = loader.discover(fromFolder: rootFolder)
        } else {
            found = nil
        }
        guard let found else {
            if !saidNoConfiguration {
                saidNoConfiguration = true
                log.info("no .steady.yml or .steady.yaml found above the journal; using the default settings")
            }
            return .default
        }
        do {
            return try loader.load(contentsOf: found, knownRuleIDs: knownRuleIDs)
        } catch {
            if problems[error.path] == nil { log.warning("the configuration \(error.path) has a problem; using the default settings until it is fixed") }
            problems[error.path] = error
            return .default
        }
    }

    /// The folder of the configuration file nearest above a document, if there is one.
    func configurationFolder(forDocumentAt path: String) -> String? {
        loader.discover(forFileAt: path).map(LexicalPath.folder(of:))
    }

    /// Forgets every configuration read, so the next lookups read the files again.
    /// - Returns: the paths of configuration files that had problems (their diagnostics are to
    ///   be refreshed).
    func reload() -> [String] {
        loader = ConfigurationLoader()
        analyzers = [:]
        let broken = Array(problems.keys)
        problems = [:]
        return broken
    }

    /// Whether `path` names a configuration file.
    static func isConfigurationFile(_ path: String) -> Bool {
        ConfigurationLoader.fileNames.contains(LexicalPath.lastComponent(of: path))
    }
}
