import JournalLint
import JournalModel

/// Lints an open document's text as `steady lint` lints a file: the same engine, rules,
/// configuration and suppressions, together with its day companions so the rules that count
/// across a day see the whole day; only the document's own findings are kept.
final class DocumentLinter {
    private let engine = LintEngine(keepsText: true)
    /// The companions' results by path, with the bytes they were made from: a keystroke changes
    /// the document, rarely its companions, so each is parsed and linted again only when its text
    /// changes (`forget()` on configuration or disk changes).
    private var companionResults: [String: (bytes: [UInt8], result: FileLintResult)] = [:]
    /// More cached companions than this are dropped all at once (a long session, many folders).
    private static let maximumCachedCompanions = 256

    struct Outcome {
        let journal: Journal
        let findings: [Finding]
    }

    func lint(_ document: OpenDocument, configurations: ServerConfigurations, companions: DayCompanions,
              openText: (String) -> [UInt8]?) -> Outcome {
        let settings = configurations.settings(forDocumentAt: document.path, isFile: document.isFile)
        let journal = JournalBuilder.build(bytes: document.bytes, path: document.path, tagPrefixes: settings.configuration.tagPrefixes)
        var results = [engine.lint(journal, configuration: settings.configuration, analyzer: settings.analyzer)]
        if document.isFile {
            for companion in companions.companions(ofDocumentAt: document.path, journal: journal, openText: openText) {
                results.append(result(ofCompanion: companion.path, bytes: companion.bytes, configurations: configurations))
            }
        }
        let report = engine.finish(results)
        return Outcome(journal: journal, findings: report.findings.filter { $0.path == document.path })
    }

    /// A companion's result, linted with the configuration in force for it, as in a folder run.
    private func result(ofCompanion path: String, bytes: [UInt8], configurations: ServerConfigurations) -> FileLintResult {
        if let cached = companionResults[path], cached.bytes == bytes { return cached.result }
        let settings = configurations.settings(forDocumentAt: path, isFile: true)
        let result = engine.lint(JournalBuilder.build(bytes: bytes, path: path, tagPrefixes: settings.configuration.tagPrefixes), configuration: settings.configuration, analyzer: settings.analyzer)
        if companionResults.count >= Self.maximumCachedCompanions { companionResults = [:] }
        companionResults[path] = (bytes, result)
        return result
    }

    /// Configuration or files on disk changed: nothing cached holds.
    func forget() {
        companionResults = [:]
    }
}
