@testable import JournalLint
import Testing
import ThinkingTraps

/// Applies every fix of a lint run to `text`.
private func fixed(_ text: String, path: String = "journal.md", configuration: LintConfiguration = .default) -> (output: String, fixes: [Fix]) {
    let bytes = Array(text.utf8)
    let fixes = LintEngine().lint(files: [(path: path, bytes: bytes)], configuration: configuration).findings.compactMap(\.fix)
    return (String(decoding: FixApplier.apply(fixes, to: bytes), as: UTF8.self), fixes)
}

/// The output with the inserted lines taken out again, for checking that nothing else changed.
private func removingInsertions(_ output: String, _ fixes: [Fix]) -> String {
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for fix in fixes.sorted(by: { $0.afterLine < $1.afterLine }) {
        // Earliest first: once its lines are removed, the next fix's line number holds again.
        let inserted = lines[fix.afterLine..<(fix.afterLine + fix.lines.count)].map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        #expect(inserted == fix.lines)
        lines.removeSubrange(fix.afterLine..<(fix.afterLine + fix.lines.count))
    }
    return lines.joined(separator: "\n")
}

private let questions = CatastrophizingDetectorQuestions.all

/// The cross-examination questions, as the scaffold writes them.
enum CatastrophizingDetectorQuestions {
    static let all = "<!-- cross-examine the thought: " + CrossExamination.coreQuestions.joined(separator: " ") + " -->"
}

@Suite("Fixes")
struct FixTests {
    static let journal = "# 2026-11-28\n\n## 21:40\ntemp: red\nHe hasn't answered. He's going to leave me.\nStill nothing.\n\nurge: text him again (resisted)\n"

    @Test("The scaffold goes right below the claim's paragraph")
    func scaffold() throws {
        let (output, fixes) = fixed(Self.journal)
        try #require(fixes.count == 1)
        #expect(fixes[0].afterLine == 6)
        #expect(output == """
        # 2026-11-28

        ## 21:40
        temp: red
        He hasn't answered. He's going to leave me.
        Still nothing.

        evidence:
        - for:
        - against:
        \(questions)

        urge: text him again (resisted)

        """)
    }

    @Test("No scaffold where the writer's evidence sits under a mistyped key (evidnce:): the typo is reported instead")
    func noScaffoldOverMistypedEvidence() {
        let text = "# 2026-11-28\n\nHe's going to leave me.\n\nevidnce:\n- for: he was short on the phone\n- against: he said he'd call at ten\n"
        let findings = LintEngine().lint(files: [(path: "journal.md", bytes: Array(text.utf8))], configuration: .default).findings
        #expect(findings.contains { $0.ruleID == "unknown-field" })
        #expect(findings.compactMap(\.fix).isEmpty)
        let (output, _) = fixed("# 2026-11-28\n\nHe's going to leave me.\n\nnotes:\n- for: he was short on the phone\n")
        #expect(output.contains("- for:\n- against:\n"), "without the typo, the scaffold is still offered")
    }

    @Test("Every original byte is kept, in order", arguments: [
        FixTests.journal,
        "# 2026-11-28\n\nHe's going to leave me.\n",
        "# 2026-11-28\n\nHe's going to leave me.\nurge: text him\n## 22:00\nWhat if he never comes back\n\n\n",
        "# 2026-11-28\n\n- 大丈夫\n- He's going to leave me.\n- 🙂\n\ntemp: red\n",
    ])
    func preservesBytes(text: String) throws {
        let (output, fixes) = fixed(text)
        try #require(!fixes.isEmpty)
        #expect(removingInsertions(output, fixes) == text)
    }

    @Test("After the fix: no unsupported-catastrophizing, one quiet unfilled-scaffold note (no empty-evidence warning), and no new fix")
    func idempotent() throws {
        let (once, _) = fixed(Self.journal)
        let report = lint(once)
        #expect(report.findings.filter { $0.ruleID == "unsupported-catastrophizing" }.isEmpty)
        #expect(report.findings.filter { $0.ruleID == "empty-evidence" }.isEmpty)
        let waiting = report.findings.filter { $0.ruleID == "unfilled-scaffold" }
        #expect(waiting.map(\.start) == [Place(8, 1)])
        #expect(waiting.allSatisfy { $0.severity == .note && $0.message.hasPrefix("waiting for your evidence") })
        #expect(report.findings.allSatisfy { $0.fix == nil })
        let (twice, fixes) = fixed(once)
        #expect(fixes.isEmpty)
        #expect(twice == once)
    }

    @Test("With require-against, the blank scaffold still leaves the claim open, and no second scaffold is offered")
    func requireAgainst() {
        let strict = lintTestConfiguration(requireAgainst: true)
        let (once, _) = fixed(Self.journal, configuration: strict)
        let report = lint(once, configuration: strict)
        #expect(report.findings.filter { $0.ruleID == "unsupported-catastrophizing" }.count == 1)
        #expect(fixed(once, configuration: strict).output == once)
    }

    @Test("CRLF files get CRLF insertions")
    func crlf() {
        let text = "# 2026-11-28\r\n\r\nHe's going to leave me.\r\n\r\ntemp: red\r\n"
        let (output, fixes) = fixed(text)
        #expect(fixes.count == 1)
        let expected = "# 2026-11-28\r\n\r\nHe's going to leave me.\r\n\r\nevidence:\r\n- for:\r\n- against:\r\n\(questions)\r\n\r\ntemp: red\r\n"
        #expect(output == expected)
        #expect(!output.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF was inserted")
    }

    @Test("A file without a trailing newline gets one before the scaffold")
    func noTrailingNewline() {
        let text = "# 2026-11-28\n\nHe's going to leave me."
        let (output, _) = fixed(text)
        #expect(output == text + "\n\nevidence:\n- for:\n- against:\n\(questions)\n")
        #expect(lint(output).findings.filter { $0.ruleID == "unsupported-catastrophizing" }.isEmpty)
    }

    @Test("A claim in a list item: the scaffold goes below the item, and examines it")
    func listItem() throws {
        let text = "# 2026-11-28\n\n- He's going to leave me.\n- I made tea.\n"
        let (output, fixes) = fixed(text)
        #expect(fixes.map(\.afterLine) == [3])
        #expect(removingInsertions(output, fixes) == text)
        let report = lint(output)
        #expect(report.findings.filter { $0.ruleID == "unsupported-catastrophizing" }.isEmpty)
        #expect(report.findings.filter { $0.ruleID == "empty-evidence" }.isEmpty)
        #expect(report.findings.filter { $0.ruleID == "unfilled-scaffold" }.count == 1)
    }

    @Test("A scaffold the writer has started is judged normally: one-sided, not waiting")
    func startedScaffold() throws {
        let (once, _) = fixed(Self.journal)
        let started = once.replacing("- for:\n", with: "- for: he was short with me\n")
        try #require(started != once)
        let report = lint(started)
        #expect(report.findings.filter { $0.ruleID == "unfilled-scaffold" }.isEmpty)
        #expect(report.findings.filter { $0.ruleID == "one-sided-evidence" }.count == 1)
    }

    @Test("A claim in a heading: the scaffold goes below the heading")
    func heading() throws {
        let text = "# 2026-11-28\n\n## 21:40 He's going to leave me\ntemp: red\n"
        let (output, fixes) = fixed(text)
        #expect(fixes.map(\.afterLine) == [3])
        #expect(output.hasPrefix("# 2026-11-28\n\n## 21:40 He's going to leave me\n\nevidence:\n- for:\n- against:\n"))
        #expect(output.hasSuffix("-->\n\ntemp: red\n"))
        #expect(lint(output).findings.filter { $0.ruleID == "unsupported-catastrophizing" }.isEmpty)
    }

    @Test("Two claims in one paragraph get one scaffold")
    func twoClaims() {
        let text = "# 2026-11-28\n\nHe's going to leave me.\nWhat if he never comes back\n"
        let (output, fixes) = fixed(text)
        #expect(fixes.count == 1)
        #expect(fixes.first?.afterLine == 4)
        #expect(output.components(separatedBy: "evidence:").count == 2)
    }

    @Test("Claims in two entries get one scaffold each, each in its own entry")
    func twoEntries() {
        let text = "# 2026-11-28\n\n## 09:00\nHe's going to leave me.\n\n## 21:00\nWhat if he never comes back\n"
        let (output, fixes) = fixed(text)
        #expect(fixes.map(\.afterLine) == [4, 7])
        #expect(removingInsertions(output, fixes) == text)
        #expect(lint(output).findings.filter { $0.ruleID == "unsupported-catastrophizing" }.isEmpty)
    }

    @Test("No fixes, no change; fixes never touch other files' bytes")
    func noFixes() {
        let text = "# 2026-11-28\n\ntemp: purple\n"
        #expect(fixed(text).fixes.isEmpty)
        #expect(FixApplier.apply([], to: Array(text.utf8)) == Array(text.utf8))
    }
}
