@testable import JournalLint
import MarkdownSyntax
import Testing

/// The text report of a very long line (a journal written as one paragraph) shows a window
/// around each finding, not the whole line under every one of its findings: found by the
/// fuzzer (docs/reliability.md), where a 200 KB paragraph printed 533 MB and took a minute.
@Suite("Text report of long lines")
struct LongLineTextReportTests {
    @Test("A long line is shown as a window around the finding, with the caret under it")
    func windowAroundTheFinding() {
        let line = String(repeating: "a", count: 5_000) + "CUE" + String(repeating: "b", count: 5_000)
        let range = SourceRange(SourceLocation(line: 3, column: 5_001), SourceLocation(line: 3, column: 5_004))
        let finding = Finding(ruleID: "unsupported-catastrophizing", severity: .warning, message: "m", path: "j.md", range: range, lineText: line)
        let output = TextReporter.text(LintReport(findings: [finding], fileCount: 1), options: ReportOptions())
        let lines = output.split(separator: "\n").map(String.init)
        let shown = "…" + String(repeating: "a", count: CaretLine.context) + "CUE" + String(repeating: "b", count: CaretLine.context) + "…"
        #expect(lines[1] == " 3 | " + shown)
        #expect(lines[2] == "   | " + String(repeating: " ", count: CaretLine.context + 1) + "^^^")
    }

    @Test("A window never splits a character")
    func windowCutsAtCharacters() {
        let line = String(repeating: "é", count: 3_000) + " x " + String(repeating: "大", count: 3_000)
        let column = 6_000 + 2  // the x, in bytes
        let range = SourceRange(SourceLocation(line: 1, column: column), SourceLocation(line: 1, column: column + 1))
        let finding = Finding(ruleID: "r", severity: .note, message: "m", path: "j.md", range: range, lineText: line)
        let (shown, _, _) = CaretLine.layout(finding)
        #expect(!shown.contains("\u{FFFD}"))
        #expect(shown.contains(" x "))
    }

    @Test("The text report of one long paragraph of claims grows with its findings, not findings × line")
    func oneParagraphReportIsLinear() {
        let paragraph = String(repeating: "I will definitely fail. Everyone will hate me. This always ruins everything. ", count: 1_000)
        let report = lint("# 2026-11-28\n\n## 22:00 spiral\n\n" + paragraph + "\n")
        #expect(report.findings.count >= 1_000)
        let output = TextReporter.text(report, options: ReportOptions())
        // Each finding: its message, help and a window of at most ~2 × context bytes of the line.
        #expect(output.utf8.count < report.findings.count * 2_000)
    }
}
