import ArgumentParser
import Dispatch
import Synchronization
import JournalFiles
import JournalLint
import JournalModel

extension Steady {
    /// `steady lint`: gentle, precise findings about a journal.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check journals: unexamined worst-case thoughts, reassurance-seeking, malformed fields and dates.",
            discussion: """
            Findings are printed as path:line:col (columns count UTF-8 bytes). Configuration comes \
            from the nearest .steady.yml above each file, or --config. `steady rules` lists the rules; \
            `steady explain RULE` tells why each exists.

            json, sarif and github output leave your words out (messages name the rule and kind) \
            unless --include-text is given. Without --fix no file is ever written.

            Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for usage, \
            configuration or read errors.
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif, github }
        enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

        @OptionGroup var input: InputOptions
        @OptionGroup var configurationOptions: ConfigurationOptions

        @Option(name: .long, help: "Output format: text, json, sarif or github.")
        var format: Format = .text

        @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at least this severe: error, warning, note or never (default: the configuration's fail-on, else error).")
        var failOn: FailThreshold?

        @Flag(name: .customLong("include-text"), help: "Include the journal's words (cues, source lines) in json, sarif and github output.")
        var includeText = false

        @Flag(name: .long, help: "Insert an evidence: scaffold under each unexamined worst-case thought (never changes your words; files are written atomically).")
        var fix = false

        @Option(name: .long, help: "Files to lint at once (default: all cores).")
        var jobs: Int = System.coreCount

        @Option(name: .long, help: "Colour in text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
        var color: ColorChoice = .auto

        @Flag(name: .shortAndLong, help: "Print nothing when there is nothing to report (for hooks).")
        var quiet = false

        func validate() throws {
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
            if fix, input.paths.contains(JournalSource.standardInputArgument) {
                throw ValidationError("--fix cannot write to standard input; give file paths")
            }
        }

        func run() throws {
            let configurations = try ConfigurationResolver(options: configurationOptions)
            // Machine-readable output without --include-text never shows the writer's words, so the
            // engine need not keep them (most of a large run's memory).
            let reporter = Reporters.reporter(identifier: format.rawValue)!  // every `Format` names a reporter
            let keepsText = reporter.needsLineText || includeText
            var run = LintRun(input: input, configurations: configurations, jobs: jobs, keepsText: keepsText,
                              keepsFixableBytes: fix)
            var report = try run.execute()
            if fix {
                let fixed = try FixWriter.apply(run.fixes(in: report))
                if fixed > 0 {
                    Terminal.note("inserted evidence scaffolds in \(fixed) file\(fixed == 1 ? "" : "s")")
                    report = try run.execute()
                }
            }
            let options = ReportOptions(
                includeText: includeText, useColor: useColor, unreadableFiles: run.unreadableCount + (run.searchFailed ? 1 : 0),
                quiet: quiet, jobs: jobs, rules: RuleRegistry.standard.descriptions, toolVersion: Steady.configuration.version)
            reporter.write(report, options: options) { Terminal.write($0) }
            if run.searchFailed || run.readFailed { throw ExitCode(2) }
            if let threshold = failThreshold(configurations), report.findings.contains(where: { $0.severity >= threshold }) {
                throw ExitCode(1)
            }
        }

        private var useColor: Bool {
            switch color {
            case .always: true
            case .never: false
            case .auto: Terminal.isTerminal(1) && (System.environment("NO_COLOR") ?? "").isEmpty
            }
        }

        /// The command line wins over configuration; `never` means exit 0 whatever is found.
        private func failThreshold(_ configurations: ConfigurationResolver) -> Severity? {
            let threshold = failOn ?? configurations.failOn
            if case .atLeast(let severity) = threshold { return severity }
            return nil
        }
    }
}

/// One pass of finding, reading, building and linting, in parallel, releasing each tree as it goes.
///
/// The first pass lints files while the folders are still being searched (see `pipelineMap`);
/// a second one (after `--fix`) lints the same files again.
struct LintRun {
    let input: InputOptions
    let configurations: ConfigurationResolver
    let jobs: Int
    let keepsText: Bool
    /// Whether to keep the bytes of files with fixable findings: only `--fix` writes them, and
    /// without it they would be a large share of a run's memory.
    let keepsFixableBytes: Bool
    /// The files found by the first pass; `nil` before it.
    private(set) var sources: [JournalSource]?
    private(set) var searchFailed = false
    private(set) var readFailed = false
    private(set) var unreadableCount = 0
    /// The original bytes of files with fixable findings, kept only for --fix.
    private var fixableBytes: [String: [UInt8]] = [:]

    init(input: InputOptions, configurations: ConfigurationResolver, jobs: Int, keepsText: Bool, keepsFixableBytes: Bool) {
        self.input = input
        self.configurations = configurations
        self.jobs = jobs
        self.keepsText = keepsText
        self.keepsFixableBytes = keepsFixableBytes
    }

    /// Lints every file; throws (exit 2) when the configuration in force has problems, which are
    /// known only once the search is over (files already being linted are then dropped).
    mutating func execute() throws -> LintReport {
        let engine = LintEngine(keepsText: keepsText)
        let input = self.input
        let configurations = self.configurations
        let keepsFixableBytes = self.keepsFixableBytes
        let progress = ProgressLine(total: sources?.count, verb: "linting")
        // Set when the configuration turns out to be unusable: the work is then thrown away.
        let abandoned = Atomic<Bool>(false)
        var found: [JournalSource] = []
        var searchFailed = self.searchFailed
        // Trees of a run over a few files are kept until exit (see `KeepUntilExit`).
        let release = KeepUntilExit()
        let loader = JournalLoader(treeRelease: release)
        let knownSources = sources
        let standardInputName = input.standardInputName
        let buffers = WorkerLintBuffers(workers: jobs)
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
            searchFailed = search.failed
            progress.setTotal(found.count)
            release.decide(fileCount: found.count)
            if configurations.hasProblems { abandoned.store(true, ordering: .relaxed) }
        }, whenIdle: { first, worker in
            // Few files leave cores idle: one compiles the analyzer of the worker that took the
            // first file while it reads and parses it.
            configurations.prepareAnalyzer(for: first, worker: worker)
        }) { source, _, worker -> Outcome in
            defer { progress.advance() }
            if abandoned.load(ordering: .relaxed) { return .abandoned }
            let path = InputOptions.displayPath(of: source, standardInputName: standardInputName)
            switch loader.load(source, displayPath: path) {
            case .failed(let error):
                return .failed(error)
            case .journal(let journal, let bytes):
                let (configuration, analyzer) = configurations.settings(for: source, worker: worker)
                // The engine takes the journal and frees it when done, unless a run over a few
                // files keeps it until exit: only then is it copied (a copy retains each of its
                // references), and the choice is made now rather than after linting.
                if release.keepsValues { release.release(journal) }
                // The journal is moved into the engine through an optional the closure reaches by
                // reference: capturing the journal itself copied it (retaining its references).
                var journalToLint: Journal? = consume journal
                let result = buffers.withBuffers(for: worker) { workerBuffers in
                    engine.lint(journalToLint.take()!, configuration: configuration, analyzer: analyzer, reusing: &workerBuffers)
                }
                return .linted(result, bytes: keepsFixableBytes && result.hasFixes ? bytes : nil)
            }
        }
        progress.finish()
        if sources == nil {
            sources = found
            self.searchFailed = searchFailed
        }
        try configurations.failOnProblems()
        let sources = self.sources ?? []
        var results: [FileLintResult] = []
        results.reserveCapacity(outcomes.count)
        fixableBytes = [:]
        readFailed = false
        unreadableCount = 0
        for index in outcomes.indices {
            // Moved out, leaving a payload-free case behind: a copy retained every reference of
            // the file's result, and destroying the outcomes released them all again.
            var outcome = Outcome.abandoned
            swap(&outcome, &outcomes[index])
            switch consume outcome {
            case .failed(let error):
                Terminal.error("\(error)")
                readFailed = true
                unreadableCount += 1
            case .linted(let result, let bytes):
                results.append(result)
                if let bytes, case .file(let path) = sources[index] { fixableBytes[path] = bytes }
            case .abandoned:
                break
            }
        }
        outcomes = []  // only payload-free outcomes are left
        // Handed over, not shared: `finish` releases each file's findings as it goes, and a
        // shared array made it copy them all first.
        return engine.finish(consume results)
    }

    /// The fixes the report still asks for, grouped by file, with the bytes they apply to.
    func fixes(in report: LintReport) -> [(path: String, bytes: [UInt8], fixes: [Fix])] {
        var byPath: [String: [Fix]] = [:]
        for finding in report.findings { if let fix = finding.fix { byPath[finding.path, default: []].append(fix) } }
        return byPath.keys.sorted().compactMap { path in
            guard let bytes = fixableBytes[path], let fixes = byPath[path] else { return nil }
            return (path, bytes, fixes)
        }
    }

    enum Outcome: Sendable {
        case linted(FileLintResult, bytes: [UInt8]?)
        case failed(JournalFileError)
        /// Not linted: the configuration had problems.
        case abandoned
    }
}

/// Each worker's `LintBuffers`, reused for every file it lints. Only worker `n` takes slot `n`,
/// so its lock is never contended; it is there because the slots are shared between threads.
private final class WorkerLintBuffers: Sendable {
    private final class Slot: Sendable {
        let buffers = Mutex(LintBuffers())
    }

    private let slots: [Slot]

    init(workers: Int) {
        slots = (0..<max(1, workers)).map { _ in Slot() }
    }

    /// Runs `body` with the worker's buffers, in place: taking them out and handing them back
    /// made and destroyed a set of empty buffers for every file.
    func withBuffers<Result>(for worker: Int, _ body: (inout LintBuffers) -> Result) -> Result {
        slots[worker].buffers.withLock { body(&$0) }
    }
}

/// Writes fixed files atomically, keeping their permissions.
enum FixWriter {
    static func apply(_ files: [(path: String, bytes: [UInt8], fixes: [Fix])]) throws -> Int {
        let writer = AtomicFileWriter()
        var written = 0
        for file in files {
            let fixed = FixApplier.apply(file.fixes, to: file.bytes)
            guard fixed != file.bytes else { continue }
            do {
                try writer.write(fixed, to: file.path, overwrite: .replaceExisting)
                written += 1
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(2)
            }
        }
        return written
    }
}
