import Foundation
import JournalAnalysis
import JournalDetection
import JournalLint
import JournalModel
import MarkdownSyntax

/// The in-process pass over one input: parse → model → lint → summary → fix, as the CLI runs
/// them, checking what Steady promises of every input: JSON and SARIF that parse, no raw ESC in
/// text meant for a terminal, and fixes that only add lines or change syntax Steady read, and are idempotent.
struct PipelineCheck {
    let configuration = LintConfiguration.default
    let engine = LintEngine()
    let analyzer: EntryAnalyzer
    let insights: DetectorInsightProvider
    let path = "fuzz/2026-11-28.md"

    init() {
        analyzer = configuration.makeAnalyzer()
        insights = DetectorInsightProvider(analyzer: analyzer)
    }

    func run(_ bytes: [UInt8]) throws(Failure) {
        let document = MarkdownParser.parse(bytes)
        // A large input is parsed in parts (LargeInputParts); cut this one as often as the rules
        // allow, and the tree must not change.
        guard MarkdownParser.parse(bytes, partSize: 1) == document else {
            throw Failure(kind: "parts-differ", reason: "parsing the input in parts gave another tree than parsing it whole")
        }
        // One large input is parsed in parts on several threads (ParallelParts): cut this one
        // as often as the rules allow, on three threads, and the tree must not change.
        guard MarkdownParser.parse(bytes, partSize: 1, workers: 3) == document else {
            throw Failure(kind: "parallel-parts-differ", reason: "parsing the input in parts on several threads gave another tree than parsing it whole")
        }
        let journal = JournalBuilder.build(document, path: path)
        try checkDayRuns(bytes, document: document)

        var parseJSON = JSONWriter()
        JournalJSON.begin(into: &parseJSON)
        JournalJSON.write(journal, into: &parseJSON)
        JournalJSON.finish(into: &parseJSON)
        try Self.requireJSON(parseJSON.bytes, "parse --format json")
        try Self.requireNoEscape(Array(JournalTree.render(journal).utf8), "parse --format tree")

        for period in [PeriodRequest.defaultPeriod, .endingOnLatestEntry(days: 10_000)] {
            let options = SummaryOptions(period: period, compare: true)
            let digests = SummaryBuilder.digests(of: journal, options: options, insights: insights)
            if let summary = SummaryBuilder.build(digests: digests, options: options) {
                try Self.requireJSON(Array(JSONSummaryRenderer.render(summary, includeText: true).utf8), "summary --format json")
                try Self.requireNoEscape(Array(TextSummaryRenderer.render(summary).utf8), "summary text")
                _ = MarkdownSummaryRenderer.render(summary)
                _ = HTMLSummaryRenderer.render(summary)
            }
        }

        let report = lint(journal)
        let options = ReportOptions(includeText: true)
        // With --include-text, a long line is a window around each finding (LineWindow), so the
        // words go in on every input, one-paragraph journals included.
        try Self.requireJSON(Self.rendered(JSONReporter.self, report, options), "lint --format json")
        try Self.requireJSON(Self.rendered(SARIFReporter.self, report, options), "lint --format sarif")
        try Self.requireNoEscape(Self.rendered(TextReporter.self, report, options), "lint text")
        try Self.requireNoEscape(Self.rendered(GitHubReporter.self, report, options), "lint --format github")

        let fixes = report.findings.compactMap(\.fix)
        let fixed = FixApplier.apply(fixes, to: bytes)
        guard Self.isSubsequence(FixApplier.keptBytes(of: bytes, under: fixes), of: fixed) else {
            throw Failure(kind: "fix-dropped-bytes", reason: "--fix lost or changed bytes of the writer's text")
        }
        guard fixed != bytes else { return }
        let again = lint(JournalBuilder.build(MarkdownParser.parse(fixed), path: path))
        let refixed = FixApplier.apply(again.findings.compactMap(\.fix), to: fixed)
        guard refixed == fixed else {
            throw Failure(kind: "fix-not-idempotent", reason: "a second --fix changed the fixed text again (\(fixed.count) → \(refixed.count) bytes)")
        }
    }

    /// A large file is linted a run of days at a time (`JournalDayRuns`): cut this input before
    /// every day the rules allow, and where the runs stand for the whole file (`FileLintInRuns`),
    /// the findings must be the whole file's, whatever its order, its suppression comments
    /// applied across the runs. `parse --format json` writes such a file run by run whatever its order: its bytes
    /// must be the whole file's. Under a plain name, or (inputs of odd length: the check is the
    /// slowest of all, and not run twice) under a daily note's, which dates the first run.
    private func checkDayRuns(_ bytes: [UInt8], document: Document) throws(Failure) {
        try checkDayRuns(bytes, document: document, path: bytes.count % 2 == 0 ? "fuzz/journal.md" : "fuzz/2026-03-01.md")
    }

    private func checkDayRuns(_ bytes: [UInt8], document: Document, path runsPath: String) throws(Failure) {
        var streamed = JSONWriter()
        var file = JournalJSON.FileInRuns(path: runsPath, into: &streamed)
        let cut = JournalDayRuns.build(bytes, path: runsPath, dayStartsAt: configuration.dayStartsAt, runSize: 1, minimumSize: 0) { run in
            file.add(run, into: &streamed)
            return true
        }
        if cut == .built {
            file.end(into: &streamed)
            var whole = JSONWriter()
            JournalJSON.write(JournalBuilder.build(document, path: runsPath), into: &whole)
            guard streamed.bytes == whole.bytes else {
                throw Failure(kind: "day-runs-json-differ", reason: "parse --format json of \(runsPath) written a run of days at a time gave other bytes than written whole")
            }
        }
        var inRuns = FileLintInRuns(dayStartsAt: configuration.dayStartsAt)
        var buffers = LintBuffers()
        let outcome = JournalDayRuns.build(bytes, path: runsPath, dayStartsAt: configuration.dayStartsAt, runSize: 1, minimumSize: 0) { run in
            guard inRuns.accepts(run) else { return false }
            inRuns.lint(run, engine: engine, configuration: configuration, analyzer: analyzer, reusing: &buffers)
            return true
        }
        guard outcome == .built, let merged = inRuns.merged(by: engine) else { return }
        let whole = lint(JournalBuilder.build(document, path: runsPath)).findings.map { String(describing: $0) }
        guard engine.finish([merged]).findings.map({ String(describing: $0) }) == whole else {
            throw Failure(kind: "day-runs-differ", reason: "linting \(runsPath) a run of days at a time gave other findings than linting it whole")
        }
    }

    private func lint(_ journal: Journal) -> LintReport {
        engine.finish([engine.lint(journal, configuration: configuration, analyzer: analyzer)])
    }

    private static func rendered(_ reporter: any Reporter.Type, _ report: LintReport, _ options: ReportOptions) -> [UInt8] {
        var out: [UInt8] = []
        reporter.write(report, options: options) { out += $0 }
        return out
    }

    static func requireJSON(_ bytes: [UInt8], _ what: String) throws(Failure) {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw Failure(kind: "invalid-json", reason: "\(what) is not valid JSON: \(error.localizedDescription)")
        }
    }

    /// Text for a terminal must show control characters, never send them (issue 17, item 13).
    static func requireNoEscape(_ bytes: [UInt8], _ what: String) throws(Failure) {
        if bytes.contains(0x1B) || bytes.contains(0x9B) && String(decoding: bytes, as: UTF8.self).unicodeScalars.contains("\u{9B}") {
            throw Failure(kind: "raw-escape", reason: "\(what) prints a raw escape character")
        }
    }

    /// Whether every byte of `original` is in `fixed`, in order: fixes only insert lines (and
    /// syntax edits, whose bytes the caller leaves out of `original`).
    static func isSubsequence(_ original: [UInt8], of fixed: [UInt8]) -> Bool {
        var next = original.startIndex
        for byte in fixed where next < original.endIndex && byte == original[next] { next += 1 }
        return next == original.endIndex
    }
}
