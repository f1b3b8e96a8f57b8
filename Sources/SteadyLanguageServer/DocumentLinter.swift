import JournalDetection
import JournalFiles
import JournalLint
import JournalModel
import MarkdownSyntax
import SteadyRun
import WorkSharing

/// Lints an open document's text as `steady lint` lints a file: the same engine, rules,
/// configuration and suppressions, with the other files of its journal days as context
/// (`DayContext`, as `steady lint FILE` has them), the editor's open buffers winning over the
/// files on disk, so the rules that count across a day see the whole day. Only the document's own
/// findings are reported.
final class DocumentLinter {
    private let engine = LintEngine(keepsText: true)
    /// Kept between lints; a large buffer's entries are analysed on every core.
    private var buffers = LintBuffers(analysisWorkers: JobCount.coreCount)
    /// Kept between lints (folders listed once, each file of the day collected again only when its
    /// text changes) until `forget()` or a new configuration resolver.
    private var dayContext: DayContext?
    /// Each open document's quiet paragraphs, so that an edit rescans only what changed
    /// (`QuietProseMemory`); forgotten when the document closes.
    private var quietProse: [String: QuietProseMemory] = [:]
    /// Which folders are in an Obsidian vault, where `temp:: red` is a Dataview field.
    private let vaults = ObsidianVaults()

    struct Outcome {
        let journal: Journal
        let findings: [Finding]
    }

    /// - Parameter openDocuments: the text of every open document, by path.
    func lint(_ document: OpenDocument, configurations: ServerConfigurations, openDocuments: [String: [UInt8]]) -> Outcome {
        let settings = configurations.settings(forDocumentAt: document.path, isFile: document.isFile)
        let journal = JournalBuilder.build(MarkdownParser.parse(document.bytes, workers: JobCount.coreCount), path: document.path,
                                          tagPrefixes: settings.configuration.tagPrefixes,
                                          readsInlineFields: document.isFile && vaults.contains(file: document.path))
        buffers.quietProse = quietProse[document.path, default: QuietProseMemory()]
        let result = engine.lint(journal, configuration: settings.configuration, analyzer: settings.analyzer, reusing: &buffers)
        quietProse[document.path] = buffers.quietProse
        buffers.quietProse = nil
        var context: [FileLintResult] = []
        if document.isFile {
            if dayContext?.configurations !== configurations.resolver {
                dayContext = DayContext(configurations: configurations.resolver, remembersFiles: true)
            }
            let file = DayContext.LintedFile(path: document.path, dates: JournalDayNeighbours.dates(of: journal))
            context = dayContext!.results(around: [file], engine: engine, openDocuments: openDocuments)
            dayContext!.remember(result.asContext, forOpenDocument: document.path, bytes: document.bytes)
        }
        let report = engine.finish([result], context: context)
        return Outcome(journal: journal, findings: report.findings)
    }

    /// Files on disk changed: nothing listed or read holds.
    func forget() {
        dayContext?.forget()
        vaults.forget()
    }

    /// The document at `path` was closed: its paragraphs need not be remembered.
    func close(_ path: String) {
        quietProse[path] = nil
    }
}
