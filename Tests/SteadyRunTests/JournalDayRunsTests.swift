import Foundation
import JournalAnalysis
import JournalDetection
import JournalLint
import JournalModel
import SteadyRun
import SteadyTestSupport
import Testing

/// A large file read a run of days at a time (`JournalDayRuns`) is linted and summarised exactly
/// as the whole file is; where the runs could not stand for it, it is read whole.
@Suite("A large journal read a run of days at a time")
struct JournalDayRunsTests {
    private static let dayStart = LintConfiguration.default.dayStartsAt

    /// The pieces a day is made of: fields, slips, worst-case thoughts, asks, crisis wording,
    /// evidence, problems of every kind the builder reports.
    private static let pieces = [
        "temp: red\n", "temp: yellow\n", "temp green\n", "temp: purple\n", "tmep: red\n",
        "reassurance: asked if we're ok\n", "I asked him again if he still loves me.\n",
        "he's going to leave me, i just know it\n\nevidence:\n- for: he was quiet\n- against: he texted back\n",
        "i'll end up alone forever\n", "some nights i don't want to wake up.\n",
        "urge: text him (resisted)\n", "regulate: cold water\n", "evidence:\n- for: nothing\n",
        "walked to the bakery and bought bread.\n", "> he said \"are we good?\"\n", "- a list item\n- another #work\n",
        "```\ncode: not a field\n```\n", "fact: he was at work\n", "## notes without a time\n",
    ]

    /// What a writer puts between and inside days whose reading reaches past the day: suppression
    /// comments at day boundaries (a region over days, one left open to the end, a next-line
    /// comment right above the next day's heading, a file-wide one near the end, shouting
    /// case, an unknown rule id, one on an ask `excessive-reassurance` counts), and Obsidian
    /// `%%` comments opened in one day and closed days later. Keyed by the day's index: what
    /// goes before its heading, and what goes in its first entry.
    private static func crossing(day: Int, of days: Int) -> (before: String, inEntry: String) {
        var before = "", inEntry = ""
        if day % 17 == 3 { before += "<!-- steady-disable unknown-field, invalid-field-value -- typing on the bus -->\n\n" }
        if day % 17 == 9 { before += "<!-- steady-enable -->\n\n" }
        if day % 23 == 11 { before += "<!-- STEADY-DISABLE-NEXT-LINE invalid-date -->\n" }
        if day % 19 == 7 { inEntry += "%% a thought i keep to myself\n\n" }
        if day % 19 == 9 { inEntry += "still hidden %% temp: red\n" }
        if day % 29 == 13 { inEntry += "reassurance: asked if he's still mad <!-- steady-disable-next-line -->\nreassurance: asked again\n" }
        if day == days / 2 { inEntry += "<!-- steady-disable-next-line excessive-reassurance -->\nreassurance: did he mean it\n" }
        if day == days / 3 { before += "<!-- steady-disable not-a-rule -->\n\n" }
        if day == days * 2 / 3 { before += "<!-- steady-disable-file unsupported-catastrophizing -- too many for now -->\n\n" }
        if day == days - 4 { before += "<!-- steady-disable empty-evidence, one-sided-evidence -->\n\n" }
        return (before, inEntry)
    }

    /// A journal of `days` days in time order, its entries before 04:00 only in the evening's
    /// day (as the writer files them), a month heading before each month, and an invalid byte
    /// now and then. `shuffled` swaps some days, against the file's order; `crossing` adds
    /// comments whose reach crosses days (`crossing(day:of:)`).
    private func journal(days: Int, seed: UInt64, shuffled: Bool = false, nightAtDayStart: Bool = false, crossing: Bool = false) -> [UInt8] {
        var random = SeededGenerator(seed: seed)
        var order = Array(0..<days)
        if shuffled { for index in stride(from: 7, to: days, by: 11) { order.swapAt(index, index - 3) } }
        var bytes: [UInt8] = []
        var month = 0
        for day in order {
            let year = 2015 + day / 336, monthOfYear = day % 336 / 28 + 1, dayOfMonth = day % 28 + 1
            if monthOfYear != month, !shuffled {
                month = monthOfYear
                bytes += Array("# Month \(monthOfYear) of \(year)\n\n".utf8)
            }
            let extra = crossing ? Self.crossing(day: day, of: days) : (before: "", inEntry: "")
            bytes += Array(extra.before.utf8)
            bytes += Array("# \(year)-\(monthOfYear < 10 ? "0" : "")\(monthOfYear)-\(dayOfMonth < 10 ? "0" : "")\(dayOfMonth)\n\n".utf8)
            if nightAtDayStart, day % 5 == 0 { bytes += Array("## 01:30 still up\nreassurance: texted him again\n\n".utf8) }
            for (index, hour) in [8, 13, 21, 23].prefix(Int.random(in: 1...4, using: &random)).enumerated() {
                bytes += Array("## \(hour):\(Int.random(in: 10...59, using: &random)) entry\n".utf8)
                if index == 0 { bytes += Array(extra.inEntry.utf8) }
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    bytes += Array(Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)].utf8)
                }
                if Int.random(in: 0..<40, using: &random) == 0 { bytes += [0x6F, 0xFF, 0x6B, 0x0A] }
                bytes += [0x0A]
            }
        }
        return bytes
    }

    /// Every finding of a report, as text: where, which rule, what it says, and its fix.
    private func described(_ report: LintReport) -> [String] {
        report.findings.map { String(describing: $0) }
    }

    /// The runs' findings, text report and (when given) JSON are exactly the whole file's. Compared
    /// as booleans first: when they differ, hundreds of findings would be printed.
    private func expectRunsAgree(findings: (whole: [String], runs: [String]?), text: (whole: [UInt8], runs: [UInt8]?),
                                 json: (whole: [UInt8], runs: [UInt8]?)? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let same = findings.runs == findings.whole
        #expect(same, "the findings differ", sourceLocation: sourceLocation)
        let sameText = text.runs == text.whole
        #expect(sameText, "the text reports differ", sourceLocation: sourceLocation)
        if let json {
            let sameJSON = json.runs == json.whole
            #expect(sameJSON, "the JSON differs", sourceLocation: sourceLocation)
        }
    }

    /// Lints `bytes` whole, and run by run as `LintRun` does; nil for the runs when they
    /// could not stand for the file.
    private func lintBothWays(_ bytes: [UInt8], path: String = "journal.md", runSize: Int) -> (whole: [String], runs: [String]?, runCount: Int) {
        let engine = LintEngine(keepsText: true)
        let analyzer = EntryAnalyzer()
        var buffers = LintBuffers()
        let whole = engine.finish([engine.lint(JournalLoader().build(bytes, displayPath: path), configuration: .default, analyzer: analyzer)])
        var inRuns = FileLintInRuns(dayStartsAt: Self.dayStart)
        var runCount = 0
        let outcome = JournalDayRuns.build(bytes, path: path, dayStartsAt: Self.dayStart, runSize: runSize, minimumSize: 0) { run in
            guard inRuns.accepts(run) else { return false }
            inRuns.lint(run, engine: engine, configuration: .default, analyzer: analyzer, reusing: &buffers)
            runCount += 1
            return true
        }
        guard outcome == .built, let merged = inRuns.merged(by: engine) else { return (described(whole), nil, runCount) }
        return (described(whole), described(engine.finish([merged])), runCount)
    }

    /// The text report of `bytes`, closing with what went well, linted whole and run by run as
    /// `LintRun` does (each run's counts added up); nil for the runs when they could not stand
    /// for the file. Also what went well, as the whole file's lint counted it.
    private func textBothWays(_ bytes: [UInt8], path: String = "journal.md", runSize: Int) -> (whole: [UInt8], runs: [UInt8]?, wentWell: WentWell) {
        let engine = LintEngine(keepsText: true)
        let analyzer = EntryAnalyzer()
        var buffers = LintBuffers()
        func text(_ report: LintReport, _ wentWell: WentWell) -> [UInt8] {
            var out: [UInt8] = []
            TextReporter.write(report, options: ReportOptions(wentWell: wentWell.sentence)) { out += $0 }
            return out
        }
        var wholeWentWell = WentWell()
        let whole = engine.finish([engine.lint(JournalLoader().build(bytes, displayPath: path), configuration: .default, analyzer: analyzer,
                                               reusing: &buffers, inspect: { wholeWentWell.count(entriesOf: $0) })])
        var inRuns = FileLintInRuns(dayStartsAt: Self.dayStart)
        var runsWentWell = WentWell()
        let outcome = JournalDayRuns.build(bytes, path: path, dayStartsAt: Self.dayStart, runSize: runSize, minimumSize: 0) { run in
            guard inRuns.accepts(run) else { return false }
            var runWentWell = WentWell()
            inRuns.lint(run, engine: engine, configuration: .default, analyzer: analyzer, reusing: &buffers,
                        inspect: { runWentWell.count(entriesOf: $0) })
            runsWentWell.add(runWentWell)
            return true
        }
        let wholeText = text(whole, wholeWentWell)
        guard outcome == .built, let merged = inRuns.merged(by: engine) else { return (wholeText, nil, wholeWentWell) }
        return (wholeText, text(engine.finish([merged]), runsWentWell), wholeWentWell)
    }

    /// Whether `wentWell` counts what the review (`SummaryBuilder`) counts in the entries of `bytes`:
    /// thoughts examined, possible ones examined, urges resisted, entries cooler after red.
    private func countsAsTheReview(_ wentWell: WentWell, _ bytes: [UInt8], path: String = "journal.md") -> Bool {
        let options = SummaryOptions(period: .range(DatePeriod(from: .earliest, to: .latest)), dayStartsAt: Self.dayStart)
        guard let review = SummaryBuilder.build(journals: [JournalLoader().build(bytes, displayPath: path)], options: options,
                                                insights: DetectorInsightProvider(analyzer: EntryAnalyzer()))?.current else { return false }
        let fromRed = review.temperature.moves.filter { $0.from == .red }.reduce(0) { $0 + $1.count }
        return (wentWell.thoughtsExamined, wentWell.possibleThoughtsExamined, wentWell.urgesResisted, wentWell.cooledFromRed)
            == (review.progress.thoughtsExamined, review.progress.possibleThoughtsExamined, review.progress.pausedBeforeReacting, fromRed)
    }

    @Test("Read run by run, a journal's text report is the whole file's, to its closing line of what went well",
          arguments: [5 as UInt64, 6, 7])
    func sameTextReport(seed: UInt64) async throws {
        let results = try await offThePool { [self] in
            let bytes = journal(days: 120, seed: seed, nightAtDayStart: seed == 6)
            return [1, 4_000].map { runSize in
                let both = textBothWays(bytes, runSize: runSize)
                return (both, countsAsTheReview(both.wentWell, bytes))
            }
        }
        for ((whole, runs, wentWell), countsAsTheReview) in results {
            #expect(wentWell.sentence != nil)
            #expect(countsAsTheReview)
            #expect(runs != nil)
            let same = runs == whole  // not shown when they differ: hundreds of findings
            #expect(same, "the text reports differ")
        }
    }

    /// The `steady parse --format json` object of `bytes`, written for the whole file's journal
    /// and run by run as the command streams a large file; nil for the runs when the file is read whole.
    private func jsonBothWays(_ bytes: [UInt8], path: String = "journal.md", runSize: Int) -> (whole: [UInt8], runs: [UInt8]?) {
        var whole = JSONWriter()
        JournalJSON.write(JournalLoader().build(bytes, displayPath: path), into: &whole)
        var writer = JSONWriter()
        var file = JournalJSON.FileInRuns(path: path, into: &writer)
        let outcome = JournalDayRuns.build(bytes, path: path, dayStartsAt: Self.dayStart, runSize: runSize, minimumSize: 0) { run in
            file.add(run, into: &writer)
            return true
        }
        file.end(into: &writer)
        return (whole.bytes, outcome == .built ? writer.bytes : nil)
    }

    @Test("Written run by run, a journal's parse JSON is the whole file's, whatever its order or bytes",
          arguments: [(8 as UInt64, false, false), (9, true, false), (10, false, true)])
    func sameParseJSON(seed: UInt64, shuffled: Bool, nightAtDayStart: Bool) {
        let bytes = journal(days: 150, seed: seed, shuffled: shuffled, nightAtDayStart: nightAtDayStart)
        for runSize in [1, 3_000] {
            let (whole, runs) = jsonBothWays(bytes, runSize: runSize)
            #expect(runs != nil)
            let same = runs == whole  // not shown when they differ: a long document
            #expect(same, "the JSON differs with runs of \(runSize) bytes")
        }
        // Problems and format notes are there to be written last.
        let text = String(decoding: jsonBothWays(bytes, runSize: 1).whole, as: UTF8.self)
        #expect(text.contains("\"problems\":[{") && text.contains("\"formatNotes\":[{"))
    }

    @Test("What went well is four counts, however many entries a run has read")
    func wentWellIsCounts() throws {
        func lintRun(days: Int) throws -> LintRun {
            let folder = try TemporaryFolder()
            let path = try folder.file("journal.md", bytes: journal(days: days, seed: 12))
            var run = LintRun(input: RunInput(paths: [path]), configurations: try ConfigurationResolver(), jobs: 1)
            run.countsWhatWentWell = true
            _ = try run.execute()
            return run
        }
        let few = try lintRun(days: 10), many = try lintRun(days: 100)
        // More entries are more counted, not more kept: the run holds four numbers.
        #expect(many.wentWell.urgesResisted > few.wentWell.urgesResisted)
        #expect(many.wentWell.thoughtsExamined > few.wentWell.thoughtsExamined)
        for run in [few, many] {
            let counts = Mirror(reflecting: run.wentWell).children
            #expect(counts.count == 4 && counts.allSatisfy { $0.value is Int })
            #expect(!Mirror(reflecting: run).children.contains { String(describing: type(of: $0.value)).contains("EntryDigest") })
        }
        #expect(MemoryLayout<WentWell>.size == 4 * MemoryLayout<Int>.size)
    }

    @Test("Linted run by run, a journal gives the findings linting it whole gives", arguments: [1 as UInt64, 2, 3, 4])
    func sameFindings(seed: UInt64) async throws {
        let results = try await offThePool { [self] in
            let bytes = journal(days: 120, seed: seed)
            return [1, 700, 4_000].map { runSize in (runSize, lintBothWays(bytes, runSize: runSize)) }
        }
        for (runSize, (whole, runs, runCount)) in results {
            #expect(runCount > 3)
            #expect(whole.count > 100)
            let same = runs == whole  // not shown when they differ: hundreds of findings
            #expect(same, "the findings differ with runs of \(runSize) bytes")
        }
    }

    @Test("Summarised run by run, a journal gives the digests reading it whole gives, whatever its comments, order or name", arguments: [
        ("journal.md", false), ("journal.md", true), ("2015-01-01.md", true), ("journals/2015_01_01.md", true),
    ])
    func sameDigests(path: String, messy: Bool) throws {
        let bytes = journal(days: 150, seed: 9, shuffled: messy, nightAtDayStart: messy, crossing: messy)
        let options = SummaryOptions(period: .defaultPeriod, compare: false, dayStartsAt: LintConfiguration.default.dayStartsAt,
                                     reassuranceLimit: 1)
        let wholeDigests = SummaryBuilder.digests(of: JournalLoader().build(bytes, displayPath: path), options: options)
        #expect(wholeDigests.count > 100)
        var runs: [EntryDigest] = []
        var count = 0
        let outcome = JournalDayRuns.build(bytes, path: path, dayStartsAt: Self.dayStart, runSize: 200, minimumSize: 0) { run in
            runs += SummaryBuilder.digests(of: run, options: options)
            count += 1
            return true
        }
        #expect(outcome == .built)
        #expect(count > 10)
        let same = runs == wholeDigests  // not shown when they differ: hundreds of digests
        #expect(same, "the digests differ")
    }

    @Test("Entries against the file's order are linted run by run as the whole file is; a day that starts in the night before is never a run's first",
          arguments: [(5 as UInt64, false), (24, true)])
    func entriesOutOfOrder(seed: UInt64, crossing: Bool) async throws {
        let results = try await offThePool { [self] in
            // Days swapped against the file's order, their asks' journal days in two runs, 1 a.m. entries.
            let bytes = journal(days: 90, seed: seed, shuffled: true, nightAtDayStart: true, crossing: crossing)
            return [1, 300, 2_000].map { runSize in (lintBothWays(bytes, runSize: runSize), textBothWays(bytes, runSize: runSize)) }
        }
        for ((whole, runs, runCount), text) in results {
            #expect(runCount > 3)
            #expect(whole.contains { $0.contains("ruleID: \"entry-out-of-order\"") })
            #expect(whole.contains { $0.contains("ruleID: \"reassurance-before-regulation\"") })
            expectRunsAgree(findings: (whole, runs), text: (text.whole, text.runs))
        }
        // A 01:30 entry under the next day's heading counts for the night before: no run starts there.
        var starts: [Int] = []
        let bytes = journal(days: 60, seed: 6, nightAtDayStart: true)
        _ = JournalDayRuns.build(bytes, path: "journal.md", dayStartsAt: Self.dayStart, runSize: 1, minimumSize: 0) { run in
            if let first = run.entries.first { starts.append(first.time?.minutesSinceMidnight ?? -1) }
            return true
        }
        #expect(!starts.isEmpty && starts.dropFirst().allSatisfy { $0 >= Self.dayStart.minutesSinceMidnight })
    }

    @Test("An entry out of order across the runs' border, and a journal day noted in an earlier run, are judged as in the whole file")
    func orderAcrossTheBorder() {
        // Each day a run. Day 3 is dated before day 2 (the border pair is out of order); day 4
        // comes back to day 1's date, whose red ask was noted there already.
        let day = { (date: String, time: String) in "# \(date)\n\n## \(time) x\ntemp: red\nreassurance: asked if we're ok\n\n" }
        let bytes = Array((day("2026-05-01", "09:00") + day("2026-05-05", "09:00") + day("2026-04-20", "09:00") + day("2026-05-06", "09:00")
            + day("2026-05-01", "20:00") + day("2026-05-07", "09:00") + day("2026-05-08", "09:00")).utf8)
        let (whole, runs, runCount) = lintBothWays(bytes, runSize: 1)
        #expect(runCount == 7)
        #expect(runs == whole)
        #expect(whole.filter { $0.contains("ruleID: \"entry-out-of-order\"") }.count == 2)
        #expect(whole.filter { $0.contains("ruleID: \"reassurance-before-regulation\"") }.count == 6)
    }

    @Test("A file whose order is told only by its later runs is linted whole")
    func orderToldLate() {
        // Oldest first for 4 days, then newest first for 8: the first runs were linted as
        // oldest first, the file is newest first.
        var text = ""
        for day in 1...4 { text += "# 2026-05-0\(day)\n\n## 09:00 x\ntemp: red\n\n" }
        for day in (10...17).reversed() { text += "# 2026-05-\(day)\n\n## 09:00 x\ntemp: red\n\n" }
        let bytes = Array(text.utf8)
        let (whole, runs, runCount) = lintBothWays(bytes, runSize: 1)
        #expect(runCount == 12)
        #expect(runs == nil)
        #expect(whole.contains { $0.contains("newest-first") })
        // The same days oldest first throughout are linted run by run.
        var inOrder = ""
        for day in [1, 2, 3, 4] + Array(10...17) { inOrder += "# 2026-05-\(day < 10 ? "0" : "")\(day)\n\n## 09:00 x\ntemp: red\n\n" }
        #expect(lintBothWays(Array(inOrder.utf8), runSize: 1).runs != nil)
    }

    @Test("Suppression comments whose reach crosses days, and %% comments over days, read run by run: the whole file's findings, report and JSON",
          arguments: [(21 as UInt64, false), (22, true), (23, false)])
    func suppressionsAndObsidianCommentsAcrossRuns(seed: UInt64, nightAtDayStart: Bool) async throws {
        let results = try await offThePool { [self] in
            let bytes = journal(days: 120, seed: seed, nightAtDayStart: nightAtDayStart, crossing: true)
            return [1, 700, 4_000].map { runSize in
                (lintBothWays(bytes, runSize: runSize), textBothWays(bytes, runSize: runSize), jsonBothWays(bytes, runSize: runSize))
            }
        }
        for ((whole, runs, runCount), text, json) in results {
            #expect(runCount > 3)
            // The comments are there and work: some silence, some silence nothing, one names no rule.
            #expect(whole.contains { $0.contains("unused-suppression") && $0.contains("silences nothing") })
            #expect(whole.contains { $0.contains("unknown rule") })
            // The file-wide comment near the end silences what the runs before it found.
            #expect(!whole.contains { $0.contains("ruleID: \"unsupported-catastrophizing\"") })
            #expect(!whole.contains { $0.contains("unused-suppression") && $0.contains("steady-disable-file unsupported-catastrophizing") })
            expectRunsAgree(findings: (whole, runs), text: (text.whole, text.runs), json: (json.whole, json.runs))
        }
    }

    @Test("A suppression comment silences across runs: a region over days, a file-wide comment below, the next line in the next run")
    func suppressionReachesOtherRuns() {
        // Each day a run of its own (a run never ends in an HTML block, so the comments that
        // reach another run are written inline); the comments reach other runs.
        var text = "<!-- steady-disable unknown-field -->\n\n"
        for day in 1...6 { text += "# 2026-05-0\(day)\n\n## 09:00 x\ntmep: red\nfeling: low\n\n" }
        text += "# 2026-05-07\n\n## 09:00 x\nsome words <!-- steady-enable unknown-field -->\n\ntmep: red\ntemp: purple\n\n"
        text += "## 10:00 y\ntemp: blue <!-- steady-disable-file invalid-field-value -->\n\nand then <!-- steady-disable-next-line invalid-date -->\n"
        text += "# 2026-02-30\n\n## 09:00 x\ntemp: red\n\n# 2026-05-09\n\n## 09:00 x\ntemp: purple\n"
        let bytes = Array(text.utf8)
        let (whole, runs, runCount) = lintBothWays(bytes, runSize: 1)
        #expect(runCount == 9)
        #expect(runs == whole)
        // Days 1–6 silenced, day 7's slip reported; no purple reported anywhere; the impossible
        // date in the run below the comment silenced.
        #expect(whole.filter { $0.contains("ruleID: \"unknown-field\"") }.count == 1)
        #expect(!whole.contains { $0.contains("ruleID: \"invalid-field-value\"") })
        #expect(!whole.contains { $0.contains("ruleID: \"invalid-date\"") })
        #expect(!whole.contains { $0.contains("ruleID: \"unused-suppression\"") })
    }

    @Test("A daily note's name dates its first run only, and no run starts at a heading of its date", arguments: [
        "2015-01-01.md", "notes/2015-01-01-evening.md", "journals/2015_01_01.md", "2015/01/01.md", "2015-13-45.md", "2014-12-31.md",
    ])
    func dailyNoteInRuns(path: String) async throws {
        let results = try await offThePool { [self] in
            // Entries under the name's day before the first heading, then a jrnl-style heading
            // of the name's date, which goes on with that day.
            let top = "---\ntags: [daily]\n---\n## 07:10 woke early\ntemp: yellow\n\n## 2015-01-01 07:40 coffee\nurge: text him (resisted)\n\n"
            let bytes = Array(top.utf8) + journal(days: 80, seed: 31, crossing: true)
            return [1, 900].map { runSize in
                (lintBothWays(bytes, path: path, runSize: runSize), textBothWays(bytes, path: path, runSize: runSize),
                 jsonBothWays(bytes, path: path, runSize: runSize))
            }
        }
        for ((whole, runs, runCount), text, json) in results {
            #expect(runCount > 3)
            expectRunsAgree(findings: (whole, runs), text: (text.whole, text.runs), json: (json.whole, json.runs))
        }
    }

    @Test("A review steady summary wrote is one run of no entries, never parsed; a file under the size is read whole")
    func savedReviewInOneRun() {
        let review = Array("---\nsteady: review\n---\n\n".utf8) + journal(days: 30, seed: 7, crossing: true)
        var journals: [Journal] = []
        #expect(JournalDayRuns.build(review, path: "journal.md", dayStartsAt: Self.dayStart, runSize: 300, minimumSize: 0) { journals.append($0); return true } == .built)
        #expect(journals == [JournalLoader().build(review, displayPath: "journal.md")])
        #expect(journals.first?.entries.isEmpty == true)
        // `steady: review` in the body, not the front matter: an ordinary journal, cut in runs.
        let notReview = Array("---\ntitle: x\n---\n\nsteady: review\n\n".utf8) + journal(days: 30, seed: 7)
        var runCount = 0
        #expect(JournalDayRuns.build(notReview, path: "journal.md", dayStartsAt: Self.dayStart, runSize: 300, minimumSize: 0) { _ in runCount += 1; return true } == .built)
        #expect(runCount > 3)
        #expect(JournalDayRuns.build(journal(days: 30, seed: 7), path: "journal.md", dayStartsAt: Self.dayStart) { _ in true } == .readWhole)
    }

    @Test("steady lint and summary of a large file read it in runs and report what reading it whole reports")
    func largeFileThroughTheRuns() async throws {
        struct Outcome: Sendable {
            let readInRuns: Bool, fileCount: Int, findings: Int, wholeFindings: Int, sameFindings: Bool
            let digests: Int, wholeDigests: Int, sameDigests: Bool
            let wentWell: WentWell, wholeWentWell: WentWell
        }
        // A minute of work in a debug build: off the cooperative pool, so that other tests' time
        // limits do not run out while it holds one of its threads.
        let outcome = try await offThePool { [self] () throws -> Outcome in
            var bytes = journal(days: 2_000, seed: 11)
            var days = 2_000
            while bytes.count < JournalDayRuns.minimumSize + 1 {
                days += 500
                bytes = journal(days: days, seed: 11)
            }
            let folder = try TemporaryFolder()
            let path = try folder.file("journal.md", bytes: bytes)
            let readInRuns = JournalDayRuns.build(bytes, path: path, dayStartsAt: Self.dayStart) { _ in true } == .built
            var run = LintRun(input: RunInput(paths: [path]), configurations: try ConfigurationResolver(), jobs: 2)
            run.countsWhatWentWell = true
            let report = try run.execute()
            let engine = LintEngine(keepsText: true)
            let whole = engine.finish([engine.lint(JournalLoader().build(bytes, displayPath: path), configuration: .default, analyzer: EntryAnalyzer())])
            let options = { (configuration: LintConfiguration) in
                SummaryOptions(period: .defaultPeriod, compare: false, dayStartsAt: configuration.dayStartsAt,
                               reassuranceLimit: configuration.reassurance.maxPerDay)
            }
            let read = try SummaryRun(input: RunInput(paths: [path]), configurations: try ConfigurationResolver(), jobs: 2)
                .execute(anchorIsFolder: false, options: options)
            let wholeDigests = SummaryBuilder.digests(of: JournalLoader().build(bytes, displayPath: path), options: options(.default),
                                                      insights: DetectorInsightProvider(analyzer: EntryAnalyzer()))
            return Outcome(readInRuns: readInRuns, fileCount: report.fileCount, findings: report.findings.count,
                           wholeFindings: whole.findings.count, sameFindings: described(report) == described(whole),
                           digests: read.digests.count, wholeDigests: wholeDigests.count, sameDigests: read.digests == wholeDigests,
                           wentWell: run.wentWell, wholeWentWell: WentWell(digests: wholeDigests))
        }
        #expect(outcome.readInRuns)
        #expect(outcome.fileCount == 1)
        #expect(outcome.findings == outcome.wholeFindings)
        #expect(outcome.sameFindings, "the findings differ")
        #expect(outcome.digests == outcome.wholeDigests)
        #expect(outcome.sameDigests, "the digests differ")
        // What went well, counted run by run as the text report closes with it.
        #expect(outcome.wentWell.sentence != nil)
        #expect(outcome.wentWell == outcome.wholeWentWell)
    }

    @Test("When the runs stop partway, what they counted is dropped and the whole file is counted once")
    func wentWellAfterStoppedRuns() async throws {
        struct Outcome: Sendable { let readInRuns: Bool, accepted: Int, wentWell: WentWell, wholeWentWell: WentWell }
        // A minute of work in a debug build: off the cooperative pool (see above).
        let outcome = try await offThePool { [self] () throws -> Outcome in
            // Over 1 MiB in time order, then undated text under a month heading: the last run
            // cannot be linted on its own, after the runs before it were linted and counted.
            var bytes = journal(days: 2_000, seed: 13)
            var days = 2_000
            while bytes.count < JournalDayRuns.minimumSize + 1 {
                days += 500
                bytes = journal(days: days, seed: 13)
            }
            bytes += Array("# 2034-06-01\n\n## 08:00 found in an old notebook\nurge: text him (resisted)\n\n# December\n\nan undated note\n".utf8)
            let folder = try TemporaryFolder()
            let path = try folder.file("journal.md", bytes: bytes)
            var inRuns = FileLintInRuns(dayStartsAt: Self.dayStart)
            var accepted = 0
            let readInRuns = JournalDayRuns.build(bytes, path: path, dayStartsAt: Self.dayStart) { run in
                guard inRuns.accepts(run) else { return false }
                accepted += 1
                return true
            } == .built
            var run = LintRun(input: RunInput(paths: [path]), configurations: try ConfigurationResolver(), jobs: 2)
            run.countsWhatWentWell = true
            _ = try run.execute()
            let options = SummaryOptions(period: .defaultPeriod, dayStartsAt: Self.dayStart)
            let wholeDigests = SummaryBuilder.digests(of: JournalLoader().build(bytes, displayPath: path), options: options,
                                                      insights: DetectorInsightProvider(analyzer: EntryAnalyzer()))
            return Outcome(readInRuns: readInRuns, accepted: accepted, wentWell: run.wentWell, wholeWentWell: WentWell(digests: wholeDigests))
        }
        #expect(!outcome.readInRuns)
        #expect(outcome.accepted > 1)
        #expect(outcome.wentWell.urgesResisted > 0)
        #expect(outcome.wentWell == outcome.wholeWentWell)
    }

    /// The repository's `Examples/` folder (from this file's path).
    private static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")

    @Test("Files other tools wrote and messy writing: jrnl's exports, a month file, phone notes", arguments: [
        "messy/jrnl-export.md", "jrnl/phone-export.md", "monthly/2026-11.md", "messy/phone-notes.md",
    ])
    func realFiles(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.examples.appendingPathComponent(name)))
        let (whole, runs, runCount) = lintBothWays(bytes, runSize: 1)
        // Each is cut at least once, unless its reading crosses days (comments), and then the runs
        // are never used.
        if runs != nil { #expect(runCount > 1) }
        #expect(runs == nil || runs == whole)
    }

    /// Every journal file in `Examples/`, by its path there.
    private static let exampleFiles: [String] = {
        let files = FileManager.default.enumerator(atPath: examples.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".md") }.sorted()
    }()

    @Test("Every example's text report and parse JSON, read run by run, are the whole file's; what went well counts as the review does",
          arguments: exampleFiles)
    func examplesTextReport(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.examples.appendingPathComponent(name)))
        let (whole, runs, wentWell) = textBothWays(bytes, path: name, runSize: 1)
        #expect(runs == nil || runs == whole)
        #expect(countsAsTheReview(wentWell, bytes, path: name))
        let json = jsonBothWays(bytes, path: name, runSize: 1)
        #expect(json.runs == nil || json.runs == json.whole)
    }

    @Test("The examples hold what went well to count")
    func examplesHaveWentWell() throws {
        #expect(Self.exampleFiles.count > 10)
        var total = WentWell()
        for name in Self.exampleFiles {
            total.add(textBothWays(try [UInt8](Data(contentsOf: Self.examples.appendingPathComponent(name))), path: name, runSize: 1).wentWell)
        }
        #expect(total.thoughtsExamined > 0 && total.urgesResisted > 0 && total.cooledFromRed > 0)
    }

    @Test("Hostile bytes between days: control characters, deep nesting, a huge line, lone CRs")
    func hostileBytes() {
        var bytes: [UInt8] = []
        for day in 1...20 {
            bytes += Array("# 2026-03-\(day < 10 ? "0" : "")\(day)\n\n## 09:00 x\n".utf8)
            switch day % 4 {
            case 0: bytes += Array(String(repeating: "> ", count: 3_000).utf8) + Array("he'll leave me\n".utf8)
            case 1: bytes += [0x1B, 0x5B, 0x32, 0x4A, 0x07, 0x0D] + Array("temp: red\rreassurance: asked\r\n".utf8)
            case 2: bytes += Array(String(repeating: "it will be a disaster. ", count: 3_000).utf8) + [0x0A]
            default: bytes += Array(String(repeating: "- ", count: 2_000).utf8) + [0xFF, 0xFE, 0x0A]
            }
            bytes += [0x0A]
        }
        let (whole, runs, runCount) = lintBothWays(bytes, runSize: 1)
        #expect(runCount > 5)
        let same = runs == whole
        #expect(same)
        let json = jsonBothWays(bytes, runSize: 1)
        #expect(json.runs != nil)
        let sameJSON = json.runs == json.whole
        #expect(sameJSON)
    }
}
