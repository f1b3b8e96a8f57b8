import Foundation
import Testing

/// Issue 16's "How it is checked", on a messy three-week journal (Fixtures/messy-three-weeks:
/// lower case, typos, a red entry at 01:10 with no tag, one that went red → yellow before any
/// reassurance and one calmed by a call in between).
@Suite struct TherapistViewCLITests {
    static let period = ["--from", "2026-10-05", "--to", "2026-10-25"]

    func journal() throws -> String { try SteadyBinary.fixture("messy-three-weeks").path }

    func json(_ arguments: [String]) async throws -> [String: Any] {
        let output = try await SteadyBinary.run(["summary", try journal()] + arguments + ["--format", "json"])
        #expect(output.status == 0, "\(output.transcript)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout)) as? [String: Any])
    }

    @Test func threeWeeksAddUpToThePeriodsTotals() async throws {
        let report = try await json(["--by", "week"] + Self.period)
        #expect(report["by"] as? String == "week")
        let rows = try #require(report["rows"] as? [[String: Any]])
        let totals = try #require(report["totals"] as? [String: Any])
        #expect(rows.map { $0["period"] as? String } == ["2026-W41", "2026-W42", "2026-W43"])
        let counts = ["daysInPeriod", "days", "entries", "red", "yellow", "green", "movesDown", "downOnOwn", "redDownOnOwn",
                      "reassuranceActs", "daysOverLimit", "thoughts", "thoughtsExamined", "urgesResisted", "urgesActed",
                      "urgesUnmarked", "facts", "reframes"]
        for key in counts {
            let sum = rows.reduce(0) { $0 + (($1[key] as? Int) ?? -1_000) }
            #expect(sum == totals[key] as? Int, "\(key)")
        }
        #expect(totals["entries"] as? Int == report["entries"] as? Int)
        #expect(totals["entries"] as? Int == 15)
        #expect(totals["daysInPeriod"] as? Int == 21)
    }

    @Test func theRedEntryAt0110WithoutATagIsUnderNoTag() async throws {
        let report = try await json(Self.period)
        let untagged = try #require(report["untagged"] as? [String: Any])
        // 01:10 on the 15th belongs to the night of the 14th (days start at 04:00).
        #expect((untagged["days"] as? [String])?.contains("2026-10-14") == true)
        #expect(untagged["reachedRed"] as? Int == 1)
        let text = try await SteadyBinary.run(["summary", try journal()] + Self.period)
        #expect(text.stdoutText.contains("  no tag            4  ██████████  1 red"), "\(text.stdoutText)")
    }

    @Test func theRedReadingsComeLate() async throws {
        let report = try await json(Self.period)
        let parts = try #require((report["timeOfDay"] as? [String: Any])?["parts"] as? [[String: Any]])
        let red = Dictionary(uniqueKeysWithValues: parts.map { ($0["part"] as? String ?? "?", $0["red"] as? Int ?? -1) })
        #expect(red == ["night": 1, "morning": 0, "afternoon": 0, "evening": 0, "late-evening": 3])
        #expect(parts.first?["from"] as? String == "00:00")
        #expect(parts.first?["to"] as? String == "04:00")
    }

    @Test func redToYellowBeforeAnyReassuranceIsBroughtDownOnOnesOwn() async throws {
        let week = try await json(["--week", "2026-W42"])
        // 21:15: an ask before the red reading, the cooler reading, then an ask: its own.
        // 22:50: red, a call, then yellow: not its own.
        // 16:20 on the 15th: yellow, evidence, then `temp: green` straight under the last item
        // (a lazy continuation line, read as the field it is): its own, with no ask at all.
        #expect(week["trajectoriesDown"] as? Int == 3)
        #expect(week["downOnOwn"] as? Int == 2)
        #expect((week["progress"] as? [String: Any])?["redBroughtDownOnOwn"] as? Int == 1)
    }

    /// The CSV columns as docs/summary.md lists them.
    static func documentedColumns() throws -> [String] {
        let docs = try String(contentsOfFile: SteadyBinary.packageRoot + "/docs/summary.md", encoding: .utf8)
        let start = try #require(docs.range(of: "<!-- BEGIN csv-columns -->"))
        let end = try #require(docs.range(of: "<!-- END csv-columns -->"))
        return docs[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).prefix { $0 != "`" }.description
        }
    }

    /// Reads CSV with Python's csv module: the header must be `columns`, every record as long,
    /// every count a whole number; prints the records as JSON.
    static let reader = """
    import csv, io, json, sys
    columns = json.loads(sys.argv[1])
    data = sys.stdin.buffer.read().decode("utf-8")
    assert "\\r\\n" in data and "\\n" not in data.replace("\\r\\n", ""), "lines must end with CRLF"
    records = list(csv.reader(io.StringIO(data, newline=""), strict=True))
    assert records[0] == columns, f"header {records[0]} is not the documented {columns}"
    for record in records[1:]:
        assert len(record) == len(columns), record
        for name, value in zip(columns, record):
            if name in ("period", "from", "to"): continue
            if name.endswith("_share"): assert value == "" or 0 <= float(value) <= 1, (name, value)
            else: int(value)
    print(json.dumps([dict(zip(columns, record)) for record in records[1:]]))
    """

    func csv(_ arguments: [String]) async throws -> [[String: String]] {
        let columns = try Self.documentedColumns()
        #expect(columns.count > 20)
        let output = try await SteadyBinary.run(["summary", try journal(), "--format", "csv"] + arguments)
        #expect(output.status == 0, "\(output.transcript)")
        let parsed = try await Subprocess.run(
            "/usr/bin/env", ["python3", "-c", Self.reader, String(decoding: try JSONSerialization.data(withJSONObject: columns), as: UTF8.self)],
            in: SteadyBinary.packageRoot, stdin: output.stdout)
        #expect(parsed.status == 0, "\(parsed.transcript)")
        return try #require(try JSONSerialization.jsonObject(with: Data(parsed.stdout)) as? [[String: String]])
    }

    @Test func csvHasOneRowPerDayAndParsesWithPythonsCSVModule() async throws {
        let rows = try await csv(Self.period)
        #expect(rows.count == 21)
        #expect(rows.first?["period"] == "2026-10-05")
        #expect(rows.reduce(0) { $0 + Int($1["entries"] ?? "x")! } == 15)
        // The 01:10 entry: a red reading at night, counted for the 14th.
        let fourteenth = try #require(rows.first { $0["period"] == "2026-10-14" })
        #expect(fourteenth["night_red"] == "1")
    }

    @Test func csvByWeekHasOneRowPerWeek() async throws {
        let rows = try await csv(["--by", "week"] + Self.period)
        #expect(rows.map { $0["period"] } == ["2026-W41", "2026-W42", "2026-W43"])
        // The `temp: green` lines straight under an evidence item (16:20 on the 15th, 20:10 on
        // the 21st) are readings: W42 has 3 red of 10, and W42 and W43 each a second move down.
        #expect(rows.map { $0["down_on_own"] } == ["1", "2", "2"])
        #expect(rows.map { $0["red_share"] } == ["0.200", "0.300", "0.000"])
    }

    @Test func csvCarriesNoWordsAndNoTags() async throws {
        let output = try await SteadyBinary.run(["summary", try journal(), "--format", "csv", "--by", "week"] + Self.period)
        for words in ["no-reply", "partner", "leave me", "sister", "walk", "breathwork"] { #expect(!output.stdoutText.contains(words)) }
    }

    @Test func optionsThatDoNotGoTogetherAreUsageErrors() async throws {
        let compare = try await SteadyBinary.run(["summary", try journal(), "--by", "week", "--compare"])
        #expect(compare.status == 2)
        // Text takes the writer's words now (ErrorMessageCLITests); CSV, counts only, refuses them.
        let csv = try await SteadyBinary.run(["summary", try journal(), "--include-text", "--format", "csv"])
        #expect(csv.status == 2)
        #expect(csv.stderrText.contains("--include-text does not apply to --format csv"))
        let month = try await SteadyBinary.run(["summary", try journal(), "--by", "month", "--last", "6m", "--format", "json"])
        #expect(month.status == 0)
    }

    @Test func markdownHoldsTheThoughtsOnlyWhenAsked() async throws {
        let plain = try await SteadyBinary.run(["summary", try journal(), "--format", "markdown"] + Self.period)
        #expect(!plain.stdoutText.contains("going to leave me"))
        #expect(plain.stdoutText.contains("none of your sentences"))
        let asked = try await SteadyBinary.run(["summary", try journal(), "--format", "markdown", "--include-text"] + Self.period)
        #expect(asked.stdoutText.contains("Worst-case thought (fortune-telling, not examined): “hes going to leave me, i know it.”"), "\(asked.stdoutText)")
        #expect(asked.stdoutText.contains("**Mon 5 Oct, 23:40**"))
        #expect(asked.stdoutText.contains("- Reframe: “he's allowed a night out.”"))
    }

    // MARK: Print and small screens

    static var chromium: Bool {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Renders a page and checks it with `Scripts/check-html-report --layout --max-pages`.
    func checkPage(_ arguments: [String], maxPages: Int) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let page = folder.path + "/review.html"
        let rendered = try await SteadyBinary.run(["summary"] + arguments + ["--format", "html", "--output", page])
        #expect(rendered.status == 0, "\(rendered.transcript)")
        let checked = try await Subprocess.run(
            "/bin/bash", [SteadyBinary.packageRoot + "/Scripts/check-html-report", "--max-pages", "\(maxPages)", "--layout", page],
            in: SteadyBinary.packageRoot, timeLimit: 600)
        #expect(checked.status == 0, "\(checked.transcript)")
    }

    @Test(.enabled(if: chromium, "chromium is not installed (Scripts/bootstrap installs it)"))
    func aWeekPrintsOnOnePage() async throws {
        try await checkPage([try journal(), "--week", "2026-W42"], maxPages: 1)
        try await checkPage([SteadyBinary.packageRoot + "/Examples", "--week", "2026-W47"], maxPages: 1)
    }

    @Test(.enabled(if: chromium, "chromium is not installed (Scripts/bootstrap installs it)"))
    func aMonthPrintsOnTwoPages() async throws {
        try await checkPage([SteadyBinary.packageRoot + "/Examples", "--from", "2026-11-01", "--to", "2026-11-30"], maxPages: 2)
    }

    @Test(.enabled(if: chromium, "chromium is not installed (Scripts/bootstrap installs it)"))
    func trendPagesLayOutOnPhonesAndWideScreens() async throws {
        try await checkPage([try journal(), "--by", "week", "--include-text"] + Self.period, maxPages: 3)
        try await checkPage([SteadyBinary.packageRoot + "/Examples", "--last", "120"], maxPages: 2)
    }
}

/// A review names the days an entry speaks of crisis, without quoting it, in every format for
/// people and in JSON; and says nothing of it where no entry does.
@Suite struct SummaryCrisisLanguageCLITests {
    static let journal = """
        # 2026-11-24
        temp: yellow
        He was late again.

        # 2026-11-25
        temp: red
        Honestly I want to kill myself tonight.

        # 2026-11-26
        temp: green
        Walked by the river.

        """

    @Test func theDaysAreNamedAndTheWordsAreNot() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("journal.md", Self.journal)
        for format in ["text", "markdown", "html"] {
            let output = try await SteadyBinary.run(["summary", "journal.md", "--format", format], in: folder.path)
            #expect(output.status == 0, "\(output.transcript)")
            #expect(output.stdoutText.contains("1 entry (Wed 25 Nov)"), "\(format): \(output.stdoutText)")
            #expect(!output.stdoutText.contains("kill myself"), "\(format) never quotes the words")
        }
        let json = try await SteadyBinary.run(["summary", "journal.md", "--format", "json"], in: folder.path)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        let crisis = try #require(report["crisisLanguage"] as? [String: Any])
        #expect(crisis["entries"] as? Int == 1)
        #expect(crisis["dates"] as? [String] == ["2026-11-25"])
    }

    @Test func nothingIsSaidWhereNoEntrySpeaksOfCrisis() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("journal.md", Self.journal.replacingOccurrences(of: "Honestly I want to kill myself tonight.", with: "I could kill for a coffee."))
        let output = try await SteadyBinary.run(["summary", "journal.md"], in: folder.path)
        #expect(!output.stdoutText.contains("harming yourself"), "\(output.stdoutText)")
    }
}
