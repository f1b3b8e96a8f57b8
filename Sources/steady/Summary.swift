import ArgumentParser
import Foundation
import JournalAnalysis
import JournalModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Steady {
    /// `steady summary`: the weekly review.
    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review a period of the journal: temperature, triggers, reassurance, urges, worst-case thoughts.",
            discussion: """
            The period is the seven days ending on the latest entry unless you pick one with \
            --week, --from/--to or --last. Days start at 04:00: an entry at 02:30 counts for the \
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

        func run() throws {
            if let output, !force, ReviewFile.exists(output) {
                Terminal.error("\(output) already exists; choose another name or add --force to replace it")
                throw ExitCode(2)
            }
            // TODO(lead): feed day-starts-at and the reassurance limit from .steady.yml, and the
            // thinking-trap detector as the insight provider.
            let options = SummaryOptions(period: try periodRequest(), compare: compare)
            let insights = FieldsOnlyInsightProvider()

            // One file at a time: keep each entry's digest, let the file's tree and source go.
            var digests: [EntryDigest] = []
            var failed = false
            for file in try input.journalFiles() {
                do {
                    let journal = JournalBuilder.build(bytes: try file.read(), path: file.displayPath)
                    digests += SummaryBuilder.digests(of: journal, options: options, insights: insights)
                } catch {
                    Terminal.error("\(error)")
                    failed = true
                }
            }
            if failed { throw ExitCode(2) }

            guard let summary = SummaryBuilder.build(digests: digests, options: options) else {
                Terminal.write("No journal entries found in \(input.paths.joined(separator: ", ")).\n")
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
                try ReviewFile.write(Array(rendered.utf8), to: output, replacing: force)
            } catch let error as ReviewFile.WriteError {
                Terminal.error(error.message)
                throw ExitCode(2)
            }
        }
    }
}

/// Writes a review file atomically: a temporary file in the same folder, then a rename (or a
/// hard link that fails when the name is taken, so an existing file is never replaced without
/// `--force`). TEMPORARY: replaced by the shared AtomicFileWriter once it lands.
enum ReviewFile {
    struct WriteError: Error { let message: String }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty, name != ".", name != ".." else {
            throw WriteError(message: "--output \(path) names a folder; give a file name such as reviews/2026-W48.md")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "/" : folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw WriteError(message: "the folder \(folder) does not exist; create it first (Steady does not create folders)")
        }
        var template = Array(((folder.isEmpty ? "" : folder) + "/." + name + ".steady-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw WriteError(message: "cannot create a file in \(folder): \(String(cString: strerror(errno)))")
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var removeTemporary = true
        defer { if removeTemporary { unlink(temporary) } }

        let mask = umask(0)
        umask(mask)
        var ok = fchmod(descriptor, 0o666 & ~mask) == 0
        var offset = 0
        while ok && offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { ok = false } else { offset += written }
        }
        if ok { ok = fsync(descriptor) == 0 }
        let writeErrno = errno
        close(descriptor)
        guard ok else { throw WriteError(message: "cannot write \(path): \(String(cString: strerror(writeErrno)))") }

        if replacing {
            guard rename(temporary, path) == 0 else {
                throw WriteError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            removeTemporary = false
        } else if link(temporary, path) != 0 {
            if errno == EEXIST {
                throw WriteError(message: "\(path) already exists; choose another name or add --force to replace it")
            }
            throw WriteError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
