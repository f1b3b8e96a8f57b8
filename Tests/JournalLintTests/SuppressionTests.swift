@testable import JournalLint
import Testing

private let claim = "He's going to leave me."
private let catastrophizing = "unsupported-catastrophizing"

/// The rule ids of the findings in `text`, with their lines.
private func lintedRules(_ text: String, configuration: LintConfiguration = .default) -> [String] {
    lint(text, configuration: configuration).findings.map { "\($0.start.line) \($0.ruleID)" }
}

/// Suppression comments on their own lines (HTML blocks).
@Suite("Suppressions")
struct SuppressionTests {
    @Test("steady-disable-next-line silences the next non-blank line, and only that line")
    func nextLine() {
        let text = "# 2026-11-28\n\n<!-- steady-disable-next-line unsupported-catastrophizing -- I know, I was upset -->\n\n\(claim)\n"
        #expect(lintedRules(text).isEmpty)

        let tooFar = "# 2026-11-28\n\n<!-- steady-disable-next-line unsupported-catastrophizing -->\nLong day.\n\(claim)\n"
        #expect(lintedRules(tooFar) == ["3 unused-suppression", "5 unsupported-catastrophizing"])
    }

    @Test("A next-line directive silences every finding of its rule on that line")
    func nextLineSeveralFindings() {
        let text = "# 2026-11-28\n\n<!-- steady-disable-next-line unsupported-catastrophizing -->\n\(claim) What if he never comes back\n"
        #expect(lintedRules(text).isEmpty)
    }

    @Test("A directive only silences the rules it names")
    func onlyNamedRules() {
        let text = "# 2026-11-28\n\n<!-- steady-disable-next-line one-sided-evidence -->\n\(claim)\n"
        #expect(lintedRules(text) == ["3 unused-suppression", "4 unsupported-catastrophizing"])
    }

    @Test("steady-disable … steady-enable silences a region")
    func region() {
        let text = """
        # 2026-11-28

        <!-- steady-disable unsupported-catastrophizing -- a bad night -->
        \(claim)

        What if he never comes back
        <!-- steady-enable unsupported-catastrophizing -->

        ## 22:00
        \(claim)

        """
        #expect(lintedRules(text) == ["10 unsupported-catastrophizing"])
    }

    @Test("An unterminated region runs to the end of the file")
    func unterminatedRegion() {
        let text = "# 2026-11-28\n\n\(claim)\n\n## 21:00\n<!-- steady-disable unsupported-catastrophizing -->\n\n\(claim)\n\n## 22:00\n\(claim)\n"
        #expect(lintedRules(text) == ["3 unsupported-catastrophizing"])
    }

    @Test("steady-enable without rule ids ends every region")
    func enableAll() {
        let text = "# 2026-11-28\n\n<!-- steady-disable unsupported-catastrophizing -->\n\(claim)\n<!-- steady-enable -->\n\n## 22:00\n\(claim)\n"
        #expect(lintedRules(text) == ["8 unsupported-catastrophizing"])
    }

    @Test("steady-disable-file silences the rule everywhere, wherever the comment is")
    func file() {
        let text = "# 2026-11-28\n\n\(claim)\n\n## 22:00\n\(claim)\n\n<!-- steady-disable-file unsupported-catastrophizing -->\n"
        #expect(lintedRules(text).isEmpty)
    }

    @Test("Several rules in one comment, with commas or spaces", arguments: [
        "excessive-reassurance, reassurance-before-regulation",
        "excessive-reassurance reassurance-before-regulation",
        "EXCESSIVE-REASSURANCE,reassurance-before-regulation",
    ])
    func severalRules(ids: String) {
        let text = "# 2026-11-28\n\nreassurance: asked once\n\n## 21:00\ntemp: red\n<!-- steady-disable-next-line \(ids) -- the flight -->\nreassurance: asked again\n"
        let unsuppressed = text.replacingOccurrences(of: "<!-- steady-disable-next-line \(ids) -- the flight -->\n", with: "")
        #expect(lintedRules(unsuppressed) == ["7 excessive-reassurance", "7 reassurance-before-regulation"])
        #expect(lintedRules(text).isEmpty)
    }

    @Test("A directive without rule ids silences every rule", arguments: [
        "<!-- steady-disable-next-line -->",
        "<!-- steady-disable-next-line -- not now -->",
        "<!-- steady-disable -->",
        "<!-- steady-disable-file -->",
    ])
    func allRules(directive: String) {
        let text = "# 2026-11-28\n\nreassurance: asked once\n\n## 21:00\ntemp: red\n\(directive)\nreassurance: asked again\n"
        #expect(lintedRules(text.replacingOccurrences(of: directive + "\n", with: "")) == ["7 excessive-reassurance", "7 reassurance-before-regulation"])
        #expect(lintedRules(text).isEmpty)
    }

    @Test("…except crisis-language, and then the directive is unused")
    func allRulesButCrisis() {
        let text = "# 2026-11-28\n\n<!-- steady-disable-next-line -->\nI want to kill myself.\n"
        #expect(lintedRules(text) == ["3 unused-suppression", "4 crisis-language"])
    }

    @Test("unused-suppression: a directive that silenced nothing, at the comment")
    func unused() throws {
        let comment = "<!-- steady-disable-next-line unsupported-catastrophizing -- was upset -->"
        let text = "# 2026-11-28\n\ntemp: green\n\n\(comment)\nA calm day.\n"
        let found = findings("unused-suppression", in: text)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.start == Place(5, 1))
        #expect(finding.end == Place(5, comment.utf8.count + 1))
        #expect(finding.message.contains("silences nothing"))
        #expect(!finding.message.contains("upset"))
        #expect(finding.severity == .warning)
    }

    @Test("unused-suppression: unused regions and file directives too", arguments: [
        "<!-- steady-disable one-sided-evidence -->\ntemp: green\n<!-- steady-enable one-sided-evidence -->\n",
        "<!-- steady-disable one-sided-evidence -->\ntemp: green\n",
        "<!-- steady-disable-file one-sided-evidence -->\ntemp: green\n",
    ])
    func unusedForms(body: String) {
        #expect(findings("unused-suppression", in: "# 2026-11-28\n\n" + body).map(\.start) == [Place(3, 1)])
    }

    @Test("unused-suppression: an unknown rule id, even when the directive also names a real rule")
    func unknownRule() throws {
        let text = "# 2026-11-28\n\n<!-- steady-disable-next-line unsuported-catastrophizing, unsupported-catastrophizing -->\n\(claim)\n"
        let found = findings("unused-suppression", in: text)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.start == Place(3, 1))
        #expect(finding.message.contains("unknown rule `unsuported-catastrophizing`"))
        #expect(findings(catastrophizing, in: text).isEmpty, "the real rule id still works")
    }

    @Test("unused-suppression: each unknown rule id is named with the known one it is probably a typo of")
    func unknownRuleSuggestions() throws {
        let text = "# 2026-11-28\n\n<!-- steady-disable-next-line unsuported-catastrophizing, crisis-langauge, no-such-thing -->\n\(claim)\n"
        let finding = try #require(findings("unused-suppression", in: text).first)
        #expect(finding.message == "suppression names unknown rules `unsuported-catastrophizing` (did you mean `unsupported-catastrophizing`?), "
            + "`crisis-langauge` (did you mean `crisis-language`?), `no-such-thing`; `steady rules` lists the rule ids")
    }

    @Test("unused-suppression: naming crisis-language is reported, and does not silence it")
    func namingCrisis() throws {
        let text = "# 2026-11-28\n\n<!-- steady-disable-next-line crisis-language -->\nI want to kill myself.\n"
        let finding = try #require(findings("unused-suppression", in: text).first)
        #expect(finding.start == Place(3, 1))
        #expect(finding.message.contains("`crisis-language` cannot be silenced"))
        #expect(findings("crisis-language", in: text).count == 1)
    }

    @Test("Comments that are not directives are left alone")
    func ordinaryComments() {
        let text = "# 2026-11-28\n\n<!-- steady: remember to call mum -->\n<!-- disable-next-line unsupported-catastrophizing -->\n\(claim)\n"
        #expect(lintedRules(text) == ["5 unsupported-catastrophizing"])
    }

    @Test("A directive for a rule switched off in configuration silences nothing")
    func ruleOffInConfiguration() {
        let text = "# 2026-11-28\n\n<!-- steady-disable-next-line unsupported-catastrophizing -->\n\(claim)\n"
        let configuration = lintTestConfiguration(rules: [catastrophizing: nil])
        #expect(lintedRules(text, configuration: configuration) == ["3 unused-suppression"])
    }

    @Test("Suppressions apply to corpus rules, in the file where the finding is")
    func corpusRule() {
        let files = [
            (path: "2026-11-20.md", text: "## 21:00\nreassurance: asked if we're okay\n"),
            (path: "2026-11-21.md", text: "## 01:30\n<!-- steady-disable-next-line excessive-reassurance -- the flight -->\nreassurance: texted to check he's home\n"),
        ]
        #expect(lint(files).findings.isEmpty)
    }
}

/// Directives written inside a paragraph (inline HTML) or over several lines.
@Suite("Inline suppressions")
struct InlineSuppressionTests {
    @Test("An inline comment at the end of a line silences the paragraph's next line")
    func inlineNextLine() {
        let text = "# 2026-11-28\n\nLong day. <!-- steady-disable-next-line unsupported-catastrophizing -- I know -->\n\(claim)\n"
        #expect(lintedRules(text).isEmpty)
    }

    @Test("An inline comment does not silence its own line (next-line means the next line)")
    func inlineSameLine() {
        let text = "# 2026-11-28\n\n\(claim) <!-- steady-disable-next-line unsupported-catastrophizing -->\nLong day.\n"
        #expect(lintedRules(text) == ["3 unsupported-catastrophizing", "3 unused-suppression"])
    }

    @Test("An inline file directive in the middle of a sentence")
    func inlineFile() {
        let text = "# 2026-11-28\n\nA long <!-- steady-disable-file unsupported-catastrophizing --> day. \(claim)\n"
        #expect(lintedRules(text).isEmpty)
    }

    @Test("A directive written over several lines")
    func multiLine() {
        let text = "# 2026-11-28\n\n<!--\nsteady-disable-file unsupported-catastrophizing\n-- a hard week\n-->\n\n\(claim)\n"
        #expect(lintedRules(text).isEmpty)
    }

    @Test("An unused inline directive is reported at the comment's exact columns, after multi-byte text")
    func unusedInline() throws {
        let text = "# 2026-11-28\n\nCafé 🙂 <!-- steady-disable-next-line one-sided-evidence -->\nA calm day.\n"
        let finding = try #require(findings("unused-suppression", in: text).first)
        #expect(finding.start == Place(3, 12))
        #expect(finding.end == Place(3, 12 + "<!-- steady-disable-next-line one-sided-evidence -->".utf8.count))
    }
}
