import ArgumentParser
import Foundation
import JournalAnalysis
import MarkdownSyntax
import JournalFiles
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
            --by week (or month) adds one row per week (or month) with the period's totals. \
            JSON and CSV carry counts and dates (JSON also tag names), never your words; \
            --include-text adds your worst-case thoughts, facts and reframes to text, Markdown and \
            HTML (and regulation techniques to JSON; CSV has counts only, so it refuses it). \
            What each number means: docs/summary.md.
            Exit status: 0 when the review was written (also when the period has no entries), \
            2 for a bad option, an --output file that exists without --force, or a file that could not \
            be read (the review of the others is still written, and says what it leaves out).
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, markdown, json, html, csv
        }

        enum Grouping: String, ExpressibleByArgument, CaseIterable {
            case day, week, month
        }

        @OptionGroup var input: InputOptions
        @OptionGroup var configurationOptions: ConfigurationOptions

        @OptionGroup var jobs: JobsOption

        @Option(help: ArgumentHelp("First day of the period (YYYY-MM-DD); use with --to.", valueName: "date"))
        var from: String?

        @Option(help: ArgumentHelp("Last day of the period (YYYY-MM-DD); use with --from.", valueName: "date"))
        var to: String?

        @Option(help: ArgumentHelp("An ISO week, Monday to Sunday, for example 2026-W48.", valueName: "week"))
        var week: String?

        @Option(help: ArgumentHelp("The days (7d), weeks (4w) or months (6m) ending on the latest entry.", valueName: "length"))
        var last: String?

        @Flag(help: "Add the previous period of the same length and the changes since.")
        var compare = false

        @Option(help: ArgumentHelp("Add one row per week (ISO, Monday to Sunday) or month of the period, with trends; csv has one row per day without it.", valueName: "week|month|day"))
        var by: Grouping?

        @Option(help: "Output format: text (terminal), markdown (to save in your notes), json (counts for other tools, schema in docs/summary.md), html (one self-contained page with charts) or csv (one row per day, or per --by row, for a spreadsheet).")
        var format: Format = .text

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the review to this file (atomically) instead of standard output.", valueName: "file"))
        var output: String?

        @Flag(help: "Replace the --output file if it exists.")
        var force = false

        @Flag(help: "Text, markdown and html: add your worst-case thoughts (with their date and whether examined), facts and reframes; json: add regulation techniques as written; csv: not taken (counts only).")
        var includeText = false

        /// Bad options are usage errors: `Steady.main` prints them and exits 2.
        func validate() throws {
            _ = try periodRequest()
            if force && output == nil { throw ValidationError("--force only applies with --output") }
            if includeText && format == .csv {
                throw ValidationError("--include-text does not apply to --format csv, which carries counts only; your words go in text, markdown and html (json adds regulation techniques)")
            }
            if by != nil && compare { throw ValidationError("--by and --compare cannot be used together; the rows already show the change from one \(by!.rawValue) to the next") }
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
                throw ValidationError(error.message.withVisibleControls())
            }
            // Rows need more than a week to show a trend.
            switch by {
            case .week: return .endingOnLatestEntry(days: 28)
            case .month: return .monthsEndingOnLatestEntry(months: 3)
            case .day, nil: return .defaultPeriod
            }
        }

        func run() throws {
            if let output, !force, FileKind.exists(output) {
                Terminal.error("\(output) already exists; choose another name or add --force to replace it")
                throw ExitCode(2)
            }
            let configurations = try configurationOptions.resolver()
            let period = try periodRequest()
            let compare = self.compare
            // CSV is rows: one per day unless asked otherwise.
            let grouping: SummaryGrouping? = by.map { SummaryGrouping(rawValue: $0.rawValue)! } ?? (format == .csv ? .day : nil)
            let includeText = self.includeText && format != .json
            let run = SummaryRun(input: input.runInput, configurations: configurations, jobs: jobs.count)
            let read: SummaryRun.Outcome
            do {
                read = try run.execute(
                    anchorIsFolder: FileKind.isFolder(run.anchor),
                    options: { configuration in
                        SummaryOptions(period: period, compare: compare, dayStartsAt: configuration.dayStartsAt,
                                       reassuranceLimit: configuration.reassurance.maxPerDay, grouping: grouping,
                                       includeText: includeText)
                    },
                    progress: ProgressLine(verb: "reading"), searchFinished: Terminal.report)
            } catch {
                Terminal.report(error)
                throw ExitCode(2)
            }
            // A file that cannot be read is named, and the review of the others is still written:
            // the run then exits 2, so a script knows the review is incomplete.
            for error in read.unreadableFiles { Terminal.error("\(error)") }
            let options = read.options

            var built = SummaryBuilder.build(digests: read.digests, options: options)
            if built == nil, format != .text {
                // No entries, and the period was to end on the latest one. JSON, HTML and Markdown are
                // documents other tools and files expect: review the week ending today, with nothing
                // in it, rather than printing a sentence where a document belongs.
                var emptyOptions = options
                emptyOptions.period = .range(DatePeriod(days: 7, endingOn: LocalDay.today()))
                built = SummaryBuilder.build(digests: read.digests, options: emptyOptions)
            }
            guard let summary = built else {
                Terminal.write("No journal entries found in \((input.paths.isEmpty ? ["."] : input.paths).joined(separator: ", ").withVisibleControls()).\n")
                try Self.endIfIncomplete(read)
                return
            }
            if summary.current.isEmpty && format != .text {
                Terminal.warning("no entries between \(summary.current.period.from) and \(summary.current.period.to)")
            }
            let rendered: String = switch format {
            case .text: TextSummaryRenderer.render(summary)
            case .markdown: MarkdownSummaryRenderer.render(summary)
            case .json: JSONSummaryRenderer.render(summary, includeText: self.includeText)
            case .html: HTMLSummaryRenderer.render(summary)
            case .csv: CSVSummaryRenderer.render(summary)
            }
            guard let output else {
                Terminal.write(rendered)
                try Self.endIfIncomplete(read)
                return
            }
            do {
                try AtomicFileWriter().write(Array(rendered.utf8), to: output, overwrite: force ? .replaceExisting : .never)
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(2)
            }
            try Self.endIfIncomplete(read)
        }

        /// Exit 2 when some of the journal could not be read, after saying what the review lacks.
        private static func endIfIncomplete(_ read: SummaryRun.Outcome) throws {
            let unread = read.unreadableFiles.count
            guard read.searchFailed || unread > 0 else { return }
            let what = unread == 0 ? "a folder that could not be searched" : unread == 1 ? "1 file that could not be read" : "\(unread) files that could not be read"
            Terminal.error("this review leaves out \(what) (named above); fix or move it and run again for the whole period")
            throw ExitCode(2)
        }
    }
}

/// The calendar day on this machine's clock and time zone.
enum LocalDay {
    static func today() -> JournalDate {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return JournalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? JournalDate(year: 2000, month: 1, day: 1)!
    }
}
