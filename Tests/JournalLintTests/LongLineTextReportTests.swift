import Foundation
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
        let shown = "…" + String(repeating: "a", count: LineWindow.context) + "CUE" + String(repeating: "b", count: LineWindow.context) + "…"
        #expect(lines[1] == " 3 | " + shown)
        #expect(lines[2] == "   | " + String(repeating: " ", count: LineWindow.context + 1) + "^^^")
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
    /// What a reporter writes for `report`, as text.
    private func written(_ reporter: any Reporter.Type, _ report: LintReport, includeText: Bool) -> String {
        var bytes: [UInt8] = []
        reporter.write(report, options: ReportOptions(includeText: includeText), to: { bytes += $0 })
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("JSON and SARIF with --include-text grow with the findings of one long paragraph, not findings × line")
    func oneParagraphMachineReportsAreLinear() throws {
        let paragraph = String(repeating: "I will definitely fail. Everyone will hate me. This always ruins everything. ", count: 1_000)
        let report = lint("# 2026-11-28\n\n## 22:00 spiral\n\n" + paragraph + "\n")
        #expect(report.findings.count >= 1_000)
        for reporter: any Reporter.Type in [JSONReporter.self, SARIFReporter.self] {
            let output = written(reporter, report, includeText: true)
            #expect(output.utf8.count < report.findings.count * 2_000, "\(reporter.identifier)")
        }
    }

    @Test("A long line in JSON is the window around the finding, with the column it starts at; a short line is whole")
    func jsonWindowSaysWhereItStarts() throws {
        let line = String(repeating: "a", count: 5_000) + "CUE" + String(repeating: "b", count: 5_000)
        let long = Finding(ruleID: "r", severity: .note, message: "m", path: "j.md",
                           range: SourceRange(SourceLocation(line: 3, column: 5_001), SourceLocation(line: 3, column: 5_004)), lineText: line)
        let short = Finding(ruleID: "r", severity: .note, message: "m", path: "j.md",
                            range: SourceRange(SourceLocation(line: 4, column: 3), SourceLocation(line: 4, column: 6)), lineText: "a CUE b")
        let output = written(JSONReporter.self, LintReport(findings: [long, short], fileCount: 1), includeText: true)
        let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
        let findings = try #require(object?["findings"] as? [[String: Any]])
        let window = String(repeating: "a", count: LineWindow.context) + "CUE" + String(repeating: "b", count: LineWindow.context)
        #expect(findings[0]["lineText"] as? String == window)
        #expect(findings[0]["lineTextColumn"] as? Int == 5_001 - LineWindow.context)
        #expect(findings[1]["lineText"] as? String == "a CUE b")
        #expect(findings[1]["lineTextColumn"] == nil)
    }

    @Test("A long line in SARIF: the snippet is the finding's text and the window is its context region, in code points")
    func sarifContextRegion() throws {
        let line = String(repeating: "é", count: 2_000) + "CUE" + String(repeating: "b", count: 2_000)
        let finding = Finding(ruleID: "r", severity: .note, message: "m", path: "j.md",
                              range: SourceRange(SourceLocation(line: 2, column: 4_001), SourceLocation(line: 2, column: 4_004)), lineText: line)
        let output = written(SARIFReporter.self, LintReport(findings: [finding], fileCount: 1), includeText: true)
        let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
        let result = try #require(((object?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let region = try #require(location["region"] as? [String: Any])
        let context = try #require(location["contextRegion"] as? [String: Any])
        #expect((region["snippet"] as? [String: Any])?["text"] as? String == "CUE")
        #expect(region["startColumn"] as? Int == 2_001)
        // 300 bytes before the cue are 150 é: the window starts at code point 2,001 − 150.
        #expect(context["startColumn"] as? Int == 1_851)
        #expect(context["endColumn"] as? Int == 2_001 + 3 + LineWindow.context)
        let text = try #require((context["snippet"] as? [String: Any])?["text"] as? String)
        #expect(text == String(repeating: "é", count: 150) + "CUE" + String(repeating: "b", count: LineWindow.context))
    }
}
