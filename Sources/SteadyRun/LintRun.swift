import JournalAnalysis
import JournalFiles
import JournalLint
import JournalModel
import Synchronization
import WorkSharing

/// One run of the linter over files: finding, reading, building and linting them in parallel,
/// releasing each tree as it goes. Usable in-process (tests, an editor) as well as by the CLI.
///
/// The first pass lints files while the folders are still being searched (see `pipelineMap`);
/// a second one (after fixes were written) lints the same files again.
public struct LintRun {
    public let input: RunInput
    public let configurations: ConfigurationResolver
    public let jobs: Int
    public let keepsText: Bool
    /// Whether to keep the bytes of files with fixable findings: only fixing writes them, and
    /// otherwise they would be a large share of a run's memory.
    public let keepsFixableBytes: Bool
    /// Whether a run over a few files leaves their trees and models to the process's exit
    /// rather than freeing them (see `KeepUntilExit`): only for a process that exits after the
    /// run, as the CLI does; a long-lived one would keep them for good.
    public let keepsSmallRunsUntilExit: Bool
    /// Whether files named explicitly see the other files of their journal days beside them
    /// (see `DayContext`); on by default.
    public let usesDayContext: Bool
    /// Whether to count what went well in the entries as they are linted (from the linter's own
    /// analysis), for `wentWell`.
    public var countsWhatWentWell = false
    /// What went well in the last pass's entries, when `countsWhatWentWell`: counts, tallied file
    /// by file and run by run, never a record per entry.
    public private(set) var wentWell = WentWell()
    /// The files found by the first pass; `nil` before it.
    public private(set) var sources: [JournalSource]?
    /// Whether some path could not be searched (in the first pass).
    public private(set) var searchFailed = false
    /// The files the last pass could not read, in the order they were found.
    public private(set) var unreadableFiles: [JournalFileError] = []
    /// The original bytes of files with fixable findings, kept only when `keepsFixableBytes`.
    private var fixableBytes: [String: [UInt8]] = [:]

    /// - Parameters:
    ///   - jobs: files linted at once (at least 1).
    ///   - keepsText: whether findings keep the writer's words (see `LintEngine.keepsText`).
    ///   - keepsFixableBytes: whether `writeFixes(for:)` will be asked for.
    ///   - keepsSmallRunsUntilExit: whether the process exits after the run (see the property).
    ///   - usesDayContext: whether named files see the other files of their journal days.
    public init(input: RunInput, configurations: ConfigurationResolver, jobs: Int, keepsText: Bool = true,
                keepsFixableBytes: Bool = false, keepsSmallRunsUntilExit: Bool = false, usesDayContext: Bool = true) {
        self.input = input
        self.configurations = configurations
        self.jobs = JobCount.bounded(jobs)
        self.keepsText = keepsText
        self.keepsFixableBytes = keepsFixableBytes
        self.keepsSmallRunsUntilExit = keepsSmallRunsUntilExit
        self.usesDayContext = usesDayContext
    }

    /// Whether the last pass met a file it could not read.
    public var readFailed: Bool { !unreadableFiles.isEmpty }

    /// Lints every file. Throws when the configuration in force has problems, which are known
    /// only once the search is over (files already being linted are then dropped).
    /// - Parameters:
    ///   - progress: told of each file linted.
    ///   - searchFinished: given the search's outcome (paths not searched, files ignored) as soon
    ///     as it is over, on the calling thread; only the first pass searches.
    public mutating func execute(progress: some RunProgress = SilentProgress(),
                                 searchFinished: (JournalFileSearch) -> Void = { _ in }) throws(ConfigurationProblems) -> LintReport {
        let engine = LintEngine(keepsText: keepsText)
        let input = self.input
        let configurations = self.configurations
        let keepsFixableBytes = self.keepsFixableBytes
        // Set when the configuration turns out to be unusable: the work is then thrown away.
        let abandoned = Atomic<Bool>(false)
        var found: [JournalSource] = []
        var searchFailed = self.searchFailed
        // Trees of a run over a few files may be kept until exit (see `KeepUntilExit`).
        let release = keepsSmallRunsUntilExit ? KeepUntilExit() : .never
        let loader = JournalLoader(treeRelease: release, parseWorkers: jobs)
        let knownSources = sources
        let standardInputName = input.standardInputName
        let buffers = WorkerLintBuffers(workers: jobs)
        // Files named on the command line (and standard input with a name) get the other files of
        // their journal days as context (`DayContext`); files found in a folder have that folder
        // in the run already.
        let explicitPaths = usesDayContext ? Set(input.paths) : []
        let standardInputHasContext = usesDayContext && standardInputName != nil
        let countsWhatWentWell = self.countsWhatWentWell
        var outcomes = pipelineMap(jobs: jobs, produce: { handOver in
            if let knownSources {
                release.decide(fileCount: knownSources.count)
                for source in knownSources { handOver(source) }
                return
            }
            let search = input.findSources(ignoring: configurations.ignorePredicate()) { source in
                // The ignore predicate looks up the configuration of every file found; standard
                // input is never offered to it, so its configuration's problems are found here.
                if source.path == nil { _ = configurations.configuration(forFileAt: nil) }
                found.append(source)
                if found.count == KeepUntilExit.fileLimit + 1 { release.decide(fileCount: found.count) }
                handOver(source)
            }
            searchFinished(search)
            searchFailed = !search.errors.isEmpty
            progress.filesFound(found.count)
            release.decide(fileCount: found.count)
            if configurations.hasProblems { abandoned.store(true, ordering: .relaxed) }
        }, whenIdle: { first, worker in
            // Few files leave cores idle: one compiles the analyzer of the worker that took the
            // first file while it reads and parses it.
            configurations.prepareAnalyzer(for: first, worker: worker)
        }) { source, _, worker -> Outcome in
            defer { progress.fileDone() }
            if abandoned.load(ordering: .relaxed) { return .abandoned }
            let path = RunInput.displayPath(of: source, standardInputName: standardInputName)
            // Only the configuration here (its tag prefixes): the analyzer may still be compiling
            // on an idle core while this worker reads and parses (see `whenIdle`).
            let configurationHere = configurations.configuration(forFileAt: source.path)
            let wantsContext = switch source {
            case .file(let path): explicitPaths.contains(path)
            case .standardInput: standardInputHasContext
            }
            // A large file is linted a run of days at a time when its runs stand for it, so that
            // one run's tree and model are in memory at a time (`JournalDayRuns`, `FileLintInRuns`).
            var inRuns = FileLintInRuns(dayStartsAt: configurationHere.dayStartsAt)
            var runDates: [JournalDate] = []
            var wentWell = WentWell()
            let loaded = loader.load(source, displayPath: path, tagPrefixes: configurationHere.tagPrefixes,
                                     dayStartsAt: configurationHere.dayStartsAt) { run in
                guard inRuns.accepts(run) else { return false }
                let (configuration, analyzer) = configurations.settings(for: source, worker: worker)
                if wantsContext { runDates += JournalDayNeighbours.dates(of: run) }
                buffers.withBuffers(for: worker) { workerBuffers in
                    inRuns.lint(run, engine: engine, configuration: configuration, analyzer: analyzer, reusing: &workerBuffers,
                                inspect: countsWhatWentWell ? { wentWell.count(entriesOf: $0) } : nil)
                }
                return true
            }
            /// Lints the file whole: its runs could not stand for it.
            func lintWhole(_ journal: consuming Journal, bytes: [UInt8]) -> Outcome {
                let (configuration, analyzer) = configurations.settings(for: source, worker: worker)
                // The engine takes the journal and frees it when done, unless a run over a few
                // files keeps it until exit: only then is it copied, and the choice is made now
                // rather than after linting.
                if release.keepsValues(ofFileBytes: bytes.count) { release.release(copy journal, ofFileBytes: bytes.count) }
                let dates = wantsContext ? JournalDayNeighbours.dates(of: journal) : nil
                // Moved into the engine through an optional the closure reaches by reference, so
                // the journal itself is not captured (copied).
                var journalToLint: Journal? = consume journal
                // What the runs counted before they were stopped is dropped with them.
                wentWell = WentWell()
                let result = buffers.withBuffers(for: worker) { workerBuffers in
                    engine.lint(journalToLint.take()!, configuration: configuration, analyzer: analyzer, reusing: &workerBuffers,
                                inspect: countsWhatWentWell ? { wentWell.count(entriesOf: $0) } : nil)
                }
                return .linted(result, bytes: keepsFixableBytes && result.hasFixes ? bytes : nil, dates: dates, wentWell: wentWell)
            }
            switch loaded {
            case .failed(let error):
                return .failed(error)
            case .inRuns(let bytes):
                guard let result = inRuns.merged(by: engine) else {
                    // Some run was linted with another order than the file's, known only now.
                    return lintWhole(loader.build(bytes, displayPath: path, tagPrefixes: configurationHere.tagPrefixes), bytes: bytes)
                }
                return .linted(result, bytes: keepsFixableBytes && result.hasFixes ? bytes : nil, dates: wantsContext ? runDates : nil,
                               wentWell: wentWell)
            case .journal(let journal, let bytes):
                return lintWhole(consume journal, bytes: bytes)
            }
        }
        progress.finished()
        if sources == nil {
            sources = found
            self.searchFailed = searchFailed
        }
        try configurations.checkProblems()
        let sources = self.sources ?? []
        var results: [FileLintResult] = []
        results.reserveCapacity(outcomes.count)
        fixableBytes = [:]
        unreadableFiles = []
        var contextWanted: [DayContext.LintedFile] = []
        wentWell = WentWell()
        for index in outcomes.indices {
            // Moved out, leaving a payload-free case behind, so the file's result is not copied.
            var outcome = Outcome.abandoned
            swap(&outcome, &outcomes[index])
            switch consume outcome {
            case .failed(let error):
                unreadableFiles.append(error)
            case .linted(let result, let bytes, let dates, let fileWentWell):
                if let dates { contextWanted.append(DayContext.LintedFile(path: result.path, dates: dates)) }
                results.append(result)
                wentWell.add(fileWentWell)
                if let bytes, case .file(let path) = sources[index] { fixableBytes[path] = bytes }
            case .abandoned:
                break
            }
        }
        outcomes = []  // only payload-free outcomes are left
        var context: [FileLintResult] = []
        if !contextWanted.isEmpty {
            let linted = sources.map { RunInput.displayPath(of: $0, standardInputName: standardInputName) }
            var dayContext = DayContext(configurations: configurations)
            context = dayContext.results(around: contextWanted, alsoLinted: linted, engine: engine, jobs: jobs)
            try configurations.checkProblems()
        }
        // Handed over, not shared: `finish` releases each file's findings as it goes.
        return engine.finish(consume results, context: consume context)
    }

    /// The fixes `report` still asks for, grouped by file (in path order), with the bytes they
    /// apply to; empty unless the run keeps fixable bytes.
    public func fixes(in report: LintReport) -> [FileFixes] {
        var byPath: [String: [Fix]] = [:]
        for finding in report.findings { if let fix = finding.fix { byPath[finding.path, default: []].append(fix) } }
        return byPath.keys.sorted().compactMap { path in
            guard let bytes = fixableBytes[path], let fixes = byPath[path] else { return nil }
            return FileFixes(path: path, bytes: bytes, fixes: fixes)
        }
    }

    /// Applies the fixes `report` asks for and writes the changed files atomically (see
    /// docs/fix-safety.md). A file that cannot be written is reported and the others are still
    /// written.
    public func writeFixes(for report: LintReport) -> FixOutcome {
        FixWriter.apply(fixes(in: report))
    }

    enum Outcome: Sendable {
        /// `dates`: the entries' dates of a file that wants its day context, else `nil`;
        /// `wentWell`: what went well in its entries, when `countsWhatWentWell`.
        case linted(FileLintResult, bytes: [UInt8]?, dates: [JournalDate]?, wentWell: WentWell)
        case failed(JournalFileError)
        /// Not linted: the configuration had problems.
        case abandoned
    }
}
