import Foundation
import Testing

/// Slips read as meant or reported, through the command line: machine formats carry the right
/// words, and evidence written nearly right counts as the examination the writer did
/// (docs/format.md, "Read as meant").
@Suite struct ReadAsMeantCLITests {
    static func lint(_ text: String, _ arguments: [String], name: String = "november.md") async throws -> ProcessOutput {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(name, text)
        return try await SteadyBinary.run(["lint", name] + arguments, in: folder.path)
    }

    static let otherDates = "# 2026-11-20\n\ntemp: green\n\n# 21/11/2026\n\ntemp: red\n\n# 03/04/2026\n\ntemp: yellow\n"

    /// A day dated another way says so in the message itself, not only in the detail that
    /// machine formats leave out: JSON and SARIF consumers see the right words.
    @Test func aDateWrittenAnotherWayHasItsOwnMessageInJSON() async throws {
        let output = try await Self.lint(Self.otherDates, ["--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout)) as? [String: Any], "\(output.transcript)")
        let findings = (root["findings"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == "invalid-date" }
        let messages = findings.compactMap { $0["message"] as? String }
        #expect(messages.count == 2, "\(output.transcript)")
        #expect(messages.first?.contains("write it as 2026-11-21") == true, "\(messages)")
        #expect(messages.last?.contains("could be 2026-04-03 or 2026-03-04") == true, "\(messages)")
        #expect(!messages.contains { $0.contains("does not exist") })
    }

    @Test func aDateWrittenAnotherWayHasItsOwnMessageInSARIF() async throws {
        let output = try await Self.lint(Self.otherDates, ["--format", "sarif"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout)) as? [String: Any], "\(output.transcript)")
        let results = ((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]] ?? [])
            .filter { $0["ruleId"] as? String == "invalid-date" }
        let texts = results.compactMap { ($0["message"] as? [String: Any])?["text"] as? String }
        #expect(texts.count == 2, "\(output.transcript)")
        #expect(texts.first?.contains("written another way than YYYY-MM-DD") == true && texts.first?.contains("2026-11-21") == true, "\(texts)")
        #expect(!texts.contains { $0.contains("does not exist") })
    }

    @Test func aDateThatDoesNotExistKeepsTheGeneralMessage() async throws {
        let output = try await Self.lint("# 2026-02-30\n\ntemp: red\n", ["--format", "json"])
        #expect(output.stdoutText.contains("this date does not exist"), "\(output.transcript)")
    }

    /// A worst-case thought cross-examined in a `for:`/`against:` list with no `evidence:` line,
    /// and the ways of writing that list's key and items nearly right: the work the writer did
    /// counts (no "no evidence examined"), a gentle note says how it was read, and `--fix`
    /// writes the syntax, keeping every word.
    static let nearlyRightEvidence = """
    # 2026-11-28

    ## 21:40
    He is going to leave me.
    - for: he was short with me
    - against: he texted at lunch

    ## 22:30
    I know I'll end up alone.

    Evidence 👇
    - for he was short with me
    - con: we laughed at dinner

    ## 23:10
    Everyone is going to leave me.

    Evidence:

    for: nobody answered
    against: Sam called back

    """

    @Test func evidenceWrittenNearlyRightCountsAndIsFixed() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("journal.md", Self.nearlyRightEvidence)
        let first = try await SteadyBinary.run(["lint", "journal.md", "--format", "json"], in: folder.path)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout)) as? [String: Any], "\(first.transcript)")
        let rules = (root["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(!rules.contains("unsupported-catastrophizing"), "\(first.transcript)")
        #expect(!rules.contains("empty-evidence"), "\(first.transcript)")
        // The list with no key above it, `Evidence 👇`, and the two stances written another way.
        #expect(rules.filter { $0 == "format-note" }.count == 4, "\(first.transcript)")

        let fixed = try await SteadyBinary.run(["lint", "--fix", "journal.md"], in: folder.path)
        let text = try String(contentsOfFile: folder.path + "/journal.md", encoding: .utf8)
        #expect(text.contains("He is going to leave me.\nevidence:\n- for: he was short with me"), "\(fixed.transcript)\n\(text)")
        #expect(text.contains("Evidence: 👇\n- for: he was short with me\n- against: we laughed at dinner"), "\(text)")
        let again = try await SteadyBinary.run(["lint", "journal.md", "--format", "json"], in: folder.path)
        #expect(!again.stdoutText.contains("format-note"), "\(again.transcript)")
        #expect(!again.stdoutText.contains("unsupported-catastrophizing"), "\(again.transcript)")
    }

    @Test func theTextFormatSaysHowItWasRead() async throws {
        let output = try await Self.lint(Self.nearlyRightEvidence, [], name: "journal.md")
        #expect(output.stdoutText.contains("read as an `evidence:` section"), "\(output.transcript)")
        #expect(output.stdoutText.contains("read as a `for:` item of the evidence"), "\(output.transcript)")
        #expect(output.stdoutText.contains("read as an `against:` item of the evidence"), "\(output.transcript)")
    }

    /// A Logseq graph's journal, as Logseq writes it (`journals/YYYY_MM_DD.md`, tab-nested
    /// bullets, `key:: value` properties): its day, fields and evidence are read, with no
    /// note asking to rewrite Logseq's property syntax.
    @Test func aLogseqJournalIsRead() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("journals/2026_11_23.md", "- rough morning #anxious\n\t- He is going to leave me.\n\t- temp:: red\n- evidence\n\t- against: he called at lunch\n- evening\n  temp:: green\n  collapsed:: true\n")
        let parsed = try await SteadyBinary.run(["parse", "--format", "json", "journals/"], in: folder.path)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(parsed.stdout)) as? [String: Any], "\(parsed.transcript)")
        let entries = (root["files"] as? [[String: Any]])?.first?["entries"] as? [[String: Any]] ?? []
        #expect(entries.compactMap { $0["date"] as? String } == ["2026-11-23"], "\(parsed.transcript)")
        let temperatures = (entries.first?["temperatures"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
        #expect(temperatures == ["red", "green"])
        let lint = try await SteadyBinary.run(["lint", "journals/", "--format", "json"], in: folder.path)
        #expect(lint.status == 0, "\(lint.transcript)")
        #expect(!lint.stdoutText.contains("undated"), "\(lint.transcript)")
        #expect(!lint.stdoutText.contains("unsupported-catastrophizing"), "\(lint.transcript)")
        // Only `evidence` alone on its line is noted; `temp::` is Logseq's syntax.
        #expect(lint.stdoutText.components(separatedBy: "format-note").count == 2, "\(lint.transcript)")
    }

    /// Logseq's `tags::` property counts like a daily note's front-matter `tags:`: the day's tags.
    @Test func logseqTagsPropertyGivesTheDaysTags() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("journals/2026_11_23.md", "- tags:: work, [[anxious attachment]], #late\n- he did not reply\n\t- temp:: yellow\n")
        let parsed = try await SteadyBinary.run(["parse", "--format", "json", "journals/2026_11_23.md"], in: folder.path)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(parsed.stdout)) as? [String: Any], "\(parsed.transcript)")
        let entries = (root["files"] as? [[String: Any]])?.first?["entries"] as? [[String: Any]] ?? []
        let tags = (entries.first?["tags"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(Set(tags) == ["work", "anxious-attachment", "late"], "\(parsed.transcript)")
        #expect(tags.count == 3, "`#late` is counted once: \(tags)")
        let summary = try await SteadyBinary.run(["summary", "--format", "json", "journals/"], in: folder.path)
        #expect(summary.stdoutText.contains("anxious-attachment"), "\(summary.transcript)")
    }

    /// `temp:: red` in an Obsidian vault (a `.obsidian/` folder at the vault's root, notes in a
    /// subfolder) is Dataview's inline field: read, with no note and nothing for `--fix` to
    /// change, so the writer's queries keep working. Beside it, outside any vault, the same
    /// file is noted and fixed.
    @Test func doubledColonIsQuietInAnObsidianVault() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let note = "# 2026-11-28\n\ntemp:: red\nmood:: tired\n"
        try folder.write("vault/.obsidian/app.json", "{}\n")
        try folder.write("vault/Daily/2026/2026-11-28.md", note)
        try folder.write("plain/2026-11-28.md", note)
        let inVault = try await SteadyBinary.run(["lint", "--format", "json", "vault/Daily/2026/2026-11-28.md"], in: folder.path)
        #expect(inVault.status == 0, "\(inVault.transcript)")
        #expect(!inVault.stdoutText.contains("format-note"), "\(inVault.transcript)")
        let parsed = try await SteadyBinary.run(["parse", "--format", "json", "vault/"], in: folder.path)
        #expect(parsed.stdoutText.contains("\"value\":\"red\"") || parsed.stdoutText.contains("\"value\" : \"red\""), "\(parsed.transcript)")
        _ = try await SteadyBinary.run(["lint", "--fix", "vault/"], in: folder.path)
        #expect(try folder.read("vault/Daily/2026/2026-11-28.md") == Array(note.utf8))

        let outside = try await SteadyBinary.run(["lint", "--format", "json", "plain/2026-11-28.md"], in: folder.path)
        #expect(outside.stdoutText.components(separatedBy: "format-note").count == 2, "\(outside.transcript)")
        _ = try await SteadyBinary.run(["lint", "--fix", "plain/"], in: folder.path)
        #expect(String(decoding: try folder.read("plain/2026-11-28.md"), as: UTF8.self) == "# 2026-11-28\n\ntemp: red\nmood:: tired\n")
    }

    /// A thought record's two sides, as headings, bold lines and `Evidence for:` lines: the
    /// thought is examined; the lines in front of an item are noted and fixed to the format's
    /// syntax, once (a second `--fix` changes nothing).
    @Test func thoughtRecordSidesCountAndTheirLinesAreFixedOnce() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = """
        # 2026-11-28

        ## 21:40
        He is going to leave me.

        ### Evidence for
        - he was short with me

        ### Evidence against
        - he texted at lunch

        ## 22:30
        I know I'll end up alone.
        Evidence for: nobody answered
        Evidence against: Sam called back

        ## 23:10
        Everyone is going to leave me.

        evidence:
        - for:: he went quiet
        - against:: he said goodnight

        """
        try folder.write("journal.md", text)
        let first = try await SteadyBinary.run(["lint", "journal.md", "--format", "json"], in: folder.path)
        #expect(!first.stdoutText.contains("unsupported-catastrophizing"), "\(first.transcript)")
        #expect(!first.stdoutText.contains("one-sided-evidence"), "\(first.transcript)")
        #expect(first.stdoutText.components(separatedBy: "\"format-note\"").count == 5, "\(first.transcript)")
        _ = try await SteadyBinary.run(["lint", "--fix", "journal.md"], in: folder.path)
        let fixed = String(decoding: try folder.read("journal.md"), as: UTF8.self)
        #expect(fixed.contains("I know I'll end up alone.\nEvidence: for: nobody answered\nagainst: Sam called back\n"), "\(fixed)")
        #expect(fixed.contains("evidence:\n- for: he went quiet\n- against: he said goodnight\n"), "\(fixed)")
        #expect(fixed.contains("### Evidence for\n- he was short with me"), "\(fixed)")
        _ = try await SteadyBinary.run(["lint", "--fix", "journal.md"], in: folder.path)
        #expect(String(decoding: try folder.read("journal.md"), as: UTF8.self) == fixed)
        let again = try await SteadyBinary.run(["lint", "journal.md", "--format", "json"], in: folder.path)
        #expect(!again.stdoutText.contains("format-note"), "\(again.transcript)")
        #expect(!again.stdoutText.contains("unsupported-catastrophizing"), "\(again.transcript)")
    }
}
