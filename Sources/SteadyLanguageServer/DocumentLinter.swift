import JournalLint
import JournalModel

/// Lints an open document's text as `steady lint` lints a file: the same engine, rules,
/// configuration and suppressions, together with its day companions so the rules that count
/// across a day see the whole day; only the document's own findings are kept.
struct DocumentLinter {
    private let engine = LintEngine(keepsText: true)

    struct Outcome {
        let journal: Journal
        let findings: [Finding]
    }

    func lint(_ document: OpenDocument, configurations: ServerConfigurations, companions: DayCompanions,
              openText: (String) -> [UInt8]?) -> Outcome {
        let settings = configurations.settings(forDocumentAt: document.path, isFile: document.isFile)
        let journal = JournalBuilder.build(bytes: document.bytes, path: document.path)
        var results = [engine.lint(journal, configuration: settings.configuration, analyzer: settings.analyzer)]
        if document.isFile {
            for companion in companions.companions(ofDocumentAt: document.path, journal: journal, openText: openText) {
                // Each companion with the configuration in force for it, as in a folder run.
                let companionSettings = configurations.settings(forDocumentAt: companion.path, isFile: true)
                results.append(engine.lint(JournalBuilder.build(bytes: companion.bytes, path: companion.path),
                                           configuration: companionSettings.configuration, analyzer: companionSettings.analyzer))
            }
        }
        let report = engine.finish(results)
        return Outcome(journal: journal, findings: report.findings.filter { $0.path == document.path })
    }
}
