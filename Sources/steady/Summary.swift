import ArgumentParser
import Foundation
import JournalAnalysis
import JournalDetection
import JournalFiles
import JournalLint
import JournalModel
import SteadyRun
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Steady {
    /// `steady summary`: the weekly review.
    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "summary",
            abstract: "Review a period of the journal: temperature, triggers, reassurance, urges, worst-case thoughts.",
            discussion: """
            The period is the seven days ending on the latest entry unless you pick one with \
            --week, --from/--to or --last. Days start at day-starts-at (default 04:00): an entry at 02:30 counts for the \
            day before. Tags that go with red are shown as associations, not causes. \
            The JSON output carries counts, dates and tag names only, never your words, unless \
            --include-text. What each number means: docs/summary.md.
            Exit status: 0 when the review was written (also when the period has no entries), \
            2 for a bad option, an unreadable file, or an --output file that exists without --force.
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, markdown, json, html
        }

        @OptionGroup var input: InputOptions
        @OptionGroup var configurationOptions: ConfigurationOptions

        @Option(name: .long, help: "Files to read at once (default: all cores).")
        var jobs: Int = System.coreCount

        @Option(help: ArgumentHelp("First day of the period (YYYY-MM-DD); use with --to.", valueName: "date"))
        var from: String?

        @Option(help: ArgumentHelp("Last day of the period (YYYY-MM-DD); use with --from.", valueName: "date"))
        var to: String?

        @Option(help: ArgumentHelp("An ISO week, Monday to Sunday, for example 2026-W48.", valueName: "week"))
        var week: String?

        @Option(help: ArgumentHelp("The days (7d) or weeks (4w) ending on the latest entry.", valueName: "length"))
        var last: String?

        @Flag(help: "Add the previous period of the same length and the changes since.")
        var compare = false

        @Option(help: "Output format: text (terminal), markdown (to save in your notes), json (counts for other tools, schema in docs/summary.md) or html (one self-contained page with charts).")
        var format: Format = .text

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the review to this file (atomically) instead of standard output.", valueName: "file"))
        var output: String?

        @Flag(help: "Replace the --output file if it exists.")
        var force = false

        @Flag(help: "JSON only: also include regulation techniques as written (words from your journal).")
        var includeText = false

        /// Bad options exit with status 2 (the project's status for a usage problem), with the
        /// message on standard error, rather than ArgumentParser's 64.
        func validate() throws {
            do {
                _ = try periodRequest()
                if force && output == nil { throw ValidationError("--force only applies with --output") }
                if includeText && format != .json { throw ValidationError("--include-text only applies to --format json") }
            } catch let error as ValidationError {
                Terminal.error("\(error.message)\nsee 'steady summary --help'")
                throw ExitCode(2)
            }
        }

        /// The period the options ask for.
        func periodRequest() throws -> PeriodRequest {
            let chosen = [week != nil, from != nil || to != nil, last != nil].count { $0 }
            guard chosen <= 1 else { throw ValidationError("choose one of --week, --from/--to and --last") }
            do {
                if let week { return .week(try ISOWeek(parsing: week)) }
                if let last { return try PeriodRequest.parseLast(last) }
                if from != nil || to != nil {
                    guard let from, let to else { throw ValidationError("give both --from and --to (or use --last or --week)") }
                    let start = try PeriodRequest.parseDate(from, option: "--from")
                    let end = try PeriodRequest.parseDate(to, option: "--to")
                    guard start <= end else { throw ValidationError("--from \(from) is after --to \(to)") }
                    guard end.dayNumber - start.dayNumber < 3660 else { throw ValidationError("a period can cover at most 3660 days") }
                    return .range(DatePeriod(from: start, to: end))
                }
            } catch let error as PeriodError {
                throw ValidationError(error.message)
            }
            return .defaultPeriod
        }

        /// What reading a file needs: the summary's options and the detector.
        private struct ReadSettings: Sendable {
            let options: SummaryOptions
            let insights: DetectorInsightProvider
        }

        private func makeSettings(_ configuration: LintConfiguration) throws -> ReadSettings {
            let options = SummaryOptions(
                period: try periodRequest(), compare: compare,
                dayStartsAt: configuration.dayStartsAt, reassuranceLimit: configuration.reassurance.maxPerDay)
            return ReadSettings(options: options, insights: DetectorInsightProvider(analyzer: configuration.makeAnalyzer()))
        }

        /// Reads the files `produce` hands over in parallel, each into its entries' digests (not
        /// its tree), in the order handed over. Without settings, `produce` only runs.
        private func readDigests(_ settings: ReadSettings?, progress: ProgressLine,
                                 produce: (_ handOver: (JournalSource) -> Void) -> Void) -> [Result<[EntryDigest], JournalFileError>] {
            guard let settings else {
                produce { _ in }
                return []
            }
            let loader = JournalLoader()
            let input = self.input.runInput
            return pipelineMap(jobs: jobs, produce: produce) { source, _, _ -> Result<[EntryDigest], JournalFileError> in
                defer { progress.advance() }
                switch loader.load(source, displayPath: input.displayPath(of: source)) {
                case .failed(let error): return .failure(error)
                case .journal(let journal, _):
                    return .success(SummaryBuilder.digests(of: journal, options: settings.options, insights: settings.insights))
                }
            }
        }

        func run() throws {
            if let output, !force, FileKind.exists(output) {
                Terminal.error("\(output) already exists; choose another name or add --force to replace it")
                throw ExitCode(2)
            }
            let configurations = try configurationOptions.resolver()
            // The review is one report over all files: the configuration of the first path given
            // (or the current folder) sets the day boundary, the limit and the detector's phrases.
            let anchor = input.paths.first ?? "."
            let anchorIsFolder = FileKind.isFolder(anchor)
            // Files are read while the folders are searched, which needs that configuration before
            // the search. It is looked up on a resolver of its own, so configuration problems are
            // still found (and reported) in the search's order; without it, the files are read
            // after the search as before.
            let scouted = try configurationOptions.resolver().scout(forFileAt: anchor, isFolder: anchorIsFolder)
            var found: [JournalSource] = []
            var searchFailed = false
            let progress = ProgressLine(verb: "reading")
            let scoutedSettings = try scouted.map(makeSettings)
            var perFile = readDigests(scoutedSettings, progress: progress) { handOver in
                (found, searchFailed) = input.findSources(ignoring: configurations.ignorePredicate()) { source in
                    handOver(source)
                }
                progress.setTotal(found.count)
            }
            let configuration = configurations.configuration(forFileAt: anchor, isFolder: anchorIsFolder)
            try configurations.failOnProblems()
            let settings: ReadSettings
            if let scoutedSettings, configuration == scouted {
                settings = scoutedSettings
            } else {
                settings = try makeSettings(configuration)
                let sources = found
                perFile = readDigests(settings, progress: progress) { handOver in sources.forEach(handOver) }
            }
            progress.finish()
            let options = settings.options
            var digests: [EntryDigest] = []
            var failed = searchFailed
            for result in perFile {
                switch result {
                case .success(let found): digests += found
                case .failure(let error):
                    Terminal.error("\(error)")
                    failed = true
                }
            }
            if failed { throw ExitCode(2) }

            guard let summary = SummaryBuilder.build(digests: digests, options: options) else {
                Terminal.write("No journal entries found in \((input.paths.isEmpty ? ["."] : input.paths).joined(separator: ", ")).\n")
                return
            }
            if summary.current.isEmpty && format != .text {
                Terminal.warning("no entries between \(summary.current.period.from) and \(summary.current.period.to)")
            }
            let rendered: String = switch format {
            case .text: TextSummaryRenderer.render(summary)
            case .markdown: MarkdownSummaryRenderer.render(summary)
            case .json: JSONSummaryRenderer.render(summary, includeText: includeText)
            case .html: HTMLSummaryRenderer.render(summary)
            }
            guard let output else {
                Terminal.write(rendered)
                return
            }
            do {
                try AtomicFileWriter().write(Array(rendered.utf8), to: output, overwrite: force ? .replaceExisting : .never)
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(2)
            }
        }
    }
}
