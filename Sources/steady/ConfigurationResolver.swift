import ArgumentParser
import JournalFiles
import JournalLint
import Synchronization

/// TEMPORARY: the configuration for each file (stand-in until the loader lands).
struct ConfigurationResolver: Sendable {
    let failOn: Severity? = .error
    private let analyzer = LintConfiguration.default.makeAnalyzer()

    init(options: ConfigurationOptions) throws {}

    func settings(for source: JournalSource) -> (LintConfiguration, EntryAnalyzer) {
        (.default, analyzer)
    }

    func ignorePredicate() -> JournalFileFinder.IgnorePredicate {
        { _ in false }
    }
}
