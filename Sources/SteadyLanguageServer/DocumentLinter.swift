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
///
/// A large buffer is linted a run of days at a time (`JournalDayRuns`, as `steady lint` reads a
/// file of a megabyte or more), and after an edit only the runs whose text changed are read
/// again (`DayRunMemory`); what the runs give together is what linting the buffer whole gives.
final class DocumentLinter {
    /// From what size a buffer is read a run of days at a time, and about how large a run is:
    /// smaller than `steady lint`'s (`JournalDayRuns`), since here a run is what an edit costs.
    struct RunSizes {
        let minimumSize: Int
        let runSize: Int

        static let standard = RunSizes(minimumSize: 128 << 10, runSize: 32 << 10)
        /// Never in runs: every buffer is linted whole.
        static let never = RunSizes(minimumSize: .max, runSize: .max)
    }

    private let engine = LintEngine(keepsText: true)
    /// Kept between lints; a large buffer's entries are analysed on every core.
    private var buffers = LintBuffers(analysisWorkers: JobCount.coreCount)
    /// Kept between lints (folders listed once, each file of the day collected again only when its
    /// text changes) until `forget()` or a new configuration resolver.
    private var dayContext: DayContext?
    /// Each open document's quiet paragraphs, so that an edit rescans only what changed
    /// (`QuietProseMemory`), for a document linted whole; forgotten when the document closes.
    private var quietProse: [String: QuietProseMemory] = [:]
    /// Each open document's runs of days, for a document linted in runs (`DayRunMemory`);
    /// forgotten when the document closes or is next linted whole.
    private var dayRuns: [String: DayRunMemory] = [:]
    /// Which folders are in an Obsidian vault, where `temp:: red` is a Dataview field.
    private let vaults = ObsidianVaults()
    let runSizes: RunSizes

    init(runSizes: RunSizes = .standard) {
        self.runSizes = runSizes
    }

    struct Outcome {
        let days: DocumentDays
        let findings: [Finding]
    }

    /// - Parameter openDocuments: the text of every open document, by path.
    func lint(_ document: OpenDocument, configurations: ServerConfigurations, openDocuments: [String: [UInt8]]) -> Outcome {
        let settings = configurations.settings(forDocumentAt: document.path, isFile: document.isFile)
        let readsInlineFields = document.isFile && vaults.contains(file: document.path)
        let (result, days) = lintInRuns(document, settings: settings, readsInlineFields: readsInlineFields)
            ?? lintWhole(document, settings: settings, readsInlineFields: readsInlineFields)
        var context: [FileLintResult] = []
        if document.isFile {
            if dayContext?.configurations !== configurations.resolver {
                dayContext = DayContext(configurations: configurations.resolver, remembersFiles: true)
            }
            let file = DayContext.LintedFile(path: document.path, dates: JournalDayNeighbours.dates(of: days.entries))
            context = dayContext!.results(around: [file], engine: engine, openDocuments: openDocuments)
            dayContext!.remember(result.asContext, forOpenDocument: document.path, bytes: document.bytes)
        }
        let report = engine.finish([result], context: context)
        return Outcome(days: days, findings: report.findings)
    }

    private func lintWhole(_ document: OpenDocument, settings: ServerConfigurations.Settings,
                           readsInlineFields: Bool) -> (FileLintResult, DocumentDays) {
        let journal = JournalBuilder.build(MarkdownParser.parse(document.bytes, workers: JobCount.coreCount), path: document.path,
                                          tagPrefixes: settings.configuration.tagPrefixes, readsInlineFields: readsInlineFields)
        let days = DocumentDays(journal)
        buffers.quietProse = quietProse[document.path, default: QuietProseMemory()]
        let result = engine.lint(journal, configuration: settings.configuration, analyzer: settings.analyzer, reusing: &buffers)
        quietProse[document.path] = buffers.quietProse
        buffers.quietProse = nil
        return (result, days)
    }

    /// Lints a large buffer a run of days at a time, reading again only the runs whose bytes
    /// changed since its last lint; nil when it is to be read whole (small, read whole by its
    /// kind, or its runs cannot stand for it: `JournalDayRuns`).
    private func lintInRuns(_ document: OpenDocument, settings: ServerConfigurations.Settings,
                            readsInlineFields: Bool) -> (FileLintResult, DocumentDays)? {
        // Taken out while in use, and put back only when the buffer read in runs.
        var memory = dayRuns.removeValue(forKey: document.path) ?? DayRunMemory()
        let bytes = document.bytes
        guard bytes.count >= runSizes.minimumSize else { return nil }
        let configuration = settings.configuration
        memory.begin(with: DayRunMemory.Settings(path: document.path, configuration: configuration, analyzer: settings.analyzer.id,
                                                 readsInlineFields: readsInlineFields))
        var continuity = JournalDayRuns.Continuity(dayStartsAt: configuration.dayStartsAt)
        var results: [FileLintResult] = []
        var days: [DocumentDays.Run] = []
        // The run `memory` knows, found just before the parser skips it.
        var found: DayRunMemory.Run?
        let outcome = JournalDayRuns.build(
            bytes, path: document.path, tagPrefixes: configuration.tagPrefixes, readsInlineFields: readsInlineFields,
            dayStartsAt: configuration.dayStartsAt, runSize: runSizes.runSize, minimumSize: runSizes.minimumSize,
            skipping: { run in
                found = memory.remembered(run, in: bytes)
                return found != nil
            }
        ) { run, journal in
            let linted: DayRunMemory.Run
            if let journal {
                guard continuity.accepts(journal) else { return false }
                linted = DayRunMemory.Run(run, of: bytes, days: journal.days, hasUndatedNotes: !journal.undatedNotes.isEmpty,
                                          result: engine.lint(journal, configuration: configuration, analyzer: settings.analyzer, reusing: &buffers,
                                                                  isRunOfDays: true))
            } else {
                linted = found!
                guard continuity.accepts(days: linted.days, hasUndatedNotes: linted.hasUndatedNotes) else { return false }
            }
            memory.keep(linted, wasRemembered: journal == nil)
            let shift = LineShift(from: linted.linesBefore, to: run.linesBefore)
            results.append(engine.shifted(linted.result, by: shift))
            days.append(DocumentDays.Run(days: linted.days, shift: shift))
            return true
        }
        guard outcome == .built else { return nil }
        memory.end()
        dayRuns[document.path] = memory
        return (engine.merge(runs: results), DocumentDays(runs: days))
    }

    /// How many runs of the document at `path` its last lint took from memory and read again;
    /// nil when it was linted whole.
    func runsOfLastLint(_ path: String) -> (reused: Int, read: Int)? {
        dayRuns[path].map { ($0.reused, $0.read) }
    }

    /// Files on disk changed: nothing listed or read holds.
    func forget() {
        dayContext?.forget()
        vaults.forget()
    }

    /// The document at `path` was closed: its paragraphs and runs need not be remembered.
    func close(_ path: String) {
        quietProse[path] = nil
        dayRuns[path] = nil
    }
}
