import ArgumentParser
import JournalFiles
import JournalLint
import SteadyRun

extension Steady {
    /// `steady lint`: gentle, precise findings about a journal.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check journals: unexamined worst-case thoughts, reassurance-seeking, malformed fields and dates.",
            discussion: """
            Findings are printed as path:line:col (columns count UTF-8 bytes, or characters with \
            --column-unit char). --format gcc prints exactly one line per finding and nothing else, \
            for editors (Vim's :make, Emacs compile-mode). Configuration comes \
            from the nearest .steady.yml above each file, or --config. `steady rules` lists the rules; \
            `steady explain RULE` tells why each exists.

            A file named alone is linted with the date-named files of its journal days beside it \
            (read for rules that count across a day, never reported on), so it gets the same \
            findings as linting its folder.

            json, sarif and github output leave your words out (messages name the rule and kind) \
            unless --include-text is given. Without --fix no file is ever written.

            Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for usage, \
            configuration or read errors.
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, gcc, json, sarif, github }
        enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

        @OptionGroup var input: InputOptions
        @OptionGroup var configurationOptions: ConfigurationOptions

        @Option(name: .long, help: "Output format: text, gcc (one line per finding, for editors), json, sarif or github.")
        var format: Format = .text

        @Option(name: .customLong("column-unit"), help: "What columns count in text and gcc output: byte (UTF-8 bytes, as Vim's %c expects; the default) or char (Unicode characters, as Emacs counts them).")
        var columnUnit: ColumnUnit = .byte

        @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at least this severe: error, warning, note or never (default: the configuration's fail-on, else error).")
        var failOn: FailThreshold?

        @Flag(name: .customLong("include-text"), help: "Include the journal's words (cues, source lines) in json, sarif and github output.")
        var includeText = false

        @Flag(name: .long, help: "Insert an evidence: scaffold under each unexamined worst-case thought (never changes your words; files are written atomically).")
        var fix = false

        @OptionGroup var jobs: JobsOption

        @Option(name: .long, help: "Colour in text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
        var color: ColorChoice = .auto

        @Flag(name: .shortAndLong, help: "Print nothing when there is nothing to report (for hooks).")
        var quiet = false

        func validate() throws {
            if fix, input.paths.contains(JournalSource.standardInputArgument) {
                throw ValidationError("--fix cannot write to standard input; give file paths")
            }
        }

        func run() throws {
            let configurations = try configurationOptions.resolver()
            // Machine-readable output without --include-text never shows the writer's words, so the
            // engine need not keep them (most of a large run's memory).
            let reporter = Reporters.reporter(identifier: format.rawValue)!  // every `Format` names a reporter
            // Character columns are counted in each finding's source line.
            let keepsText = reporter.needsLineText || includeText || columnUnit == .character
            var run = LintRun(input: input.runInput, configurations: configurations, jobs: jobs.count, keepsText: keepsText,
                              keepsFixableBytes: fix, keepsSmallRunsUntilExit: true)
            // The text format closes with what went well, counted by the summary's model.
            run.countsWhatWentWell = format == .text && !quiet
            // Paths the search could not read, each counted in the summary line (only the first
            // pass searches).
            var searchErrors = 0
            var report = try execute(&run, searchErrors: &searchErrors)
            var fixFailed = false
            if fix {
                let outcome = run.writeFixes(for: report)
                for failure in outcome.failures { Terminal.error("\(failure)") }
                fixFailed = !outcome.failures.isEmpty
                let fixed = outcome.written
                if fixed > 0 {
                    Terminal.note("wrote fixes (evidence scaffolds, field syntax) in \(fixed) file\(fixed == 1 ? "" : "s")")
                    report = try execute(&run, searchErrors: &searchErrors)
                }
            }
            var options = ReportOptions(
                includeText: includeText, useColor: useColor, unreadableFiles: run.unreadableFiles.count + searchErrors,
                quiet: quiet, jobs: run.jobs, rules: RuleRegistry.standard.descriptions, toolVersion: Steady.configuration.version,
                columnUnit: columnUnit, wentWell: run.countsWhatWentWell ? run.wentWell.sentence : nil)
            options.unreadable = run.unreadableFiles.map { UnreadablePath(path: $0.path, message: "\($0)") }
            reporter.write(report, options: options) { Terminal.write($0) }
            if run.searchFailed || run.readFailed || fixFailed { throw ExitCode(2) }
            if let threshold = failThreshold(configurations), report.fails(at: threshold) {
                throw ExitCode(1)
            }
        }

        /// One pass of the run, with its progress line, and its search, configuration and read
        /// problems printed as they are known.
        private func execute(_ run: inout LintRun, searchErrors: inout Int) throws -> LintReport {
            // After --fix, the second pass meets the first one's unreadable files again: each is
            // printed once.
            let reported = Set(run.unreadableFiles)
            let report: LintReport
            do {
                report = try run.execute(progress: ProgressLine(total: run.sources?.count, verb: "linting"),
                                         searchFinished: { search in
                                             searchErrors += search.errors.count
                                             Terminal.report(search)
                                         })
            } catch {
                Terminal.report(error)
                throw ExitCode(2)
            }
            for error in run.unreadableFiles where !reported.contains(error) { Terminal.error("\(error)") }
            return report
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
