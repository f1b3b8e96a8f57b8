import JournalDetection
import JournalFiles
import JournalLint
import SteadyRun

/// The configuration in force for each open document: the nearest `.steady.yml` or
/// `.steady.yaml` above it, found by the `ConfigurationResolver` `steady lint` uses, which is
/// replaced (so every file is read again) after `reload()`.
///
/// A broken configuration does not stop linting: the document is linted with the defaults and
/// the problem is kept, to be shown as one diagnostic on the configuration file.
final class ServerConfigurations {
    /// The resolver in force; a new one after each `reload()`.
    private(set) var resolver = ConfigurationResolver.discovering()
    /// The folder untitled documents take their configuration from (the workspace root).
    let rootFolder: String?
    private let log: ServerLog
    private var saidNoConfiguration = false
    /// The configuration files whose problem has been logged since the last reload.
    private var loggedProblems: Set<String> = []
    /// The analyzer of the defaults, for untitled documents without a workspace folder.
    private lazy var defaultAnalyzer = LintConfiguration.default.makeAnalyzer()

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
        let (configuration, analyzer): (LintConfiguration, EntryAnalyzer)
        if isFile {
            (configuration, analyzer) = resolver.settings(for: .file(path: path))
        } else if let rootFolder {
            (configuration, analyzer) = resolver.settings(forFileIn: rootFolder)
        } else {
            (configuration, analyzer) = (.default, defaultAnalyzer)
        }
        if resolver.hasProblems {
            for problem in resolver.problemsFound where loggedProblems.insert(problem.path).inserted {
                log.warning("the configuration \(problem.path) has a problem; using the default settings until it is fixed")
            }
        } else if configuration.sourcePath == nil, !saidNoConfiguration {
            saidNoConfiguration = true
            log.info("no .steady.yml or .steady.yaml found above the journal; using the default settings")
        }
        return Settings(configuration: configuration, analyzer: analyzer)
    }

    /// The problem of each broken configuration file met since the last reload, by its path.
    var problems: [String: ConfigurationError] {
        Dictionary(resolver.problemsFound.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The folder of the configuration file nearest above a document, if there is one (and it
    /// can be read).
    func configurationFolder(forDocumentAt path: String) -> String? {
        resolver.configuration(forFileAt: path).sourcePath.map(LexicalPath.folder(of:))
    }

    /// Forgets every configuration read, so the next lookups read the files again.
    func reload() {
        resolver = .discovering()
        loggedProblems = []
    }

    /// Whether `path` names a configuration file.
    static func isConfigurationFile(_ path: String) -> Bool {
        ConfigurationLoader.fileNames.contains(LexicalPath.lastComponent(of: path))
    }
}
