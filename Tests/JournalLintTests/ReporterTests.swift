import Foundation
@testable import JournalLint
import MarkdownSyntax
import Testing

/// A report with one hand-made finding, for exact reporter output.
private func report(_ lineText: String, line: Int = 3, from start: Int, to end: Int, severity: Severity = .warning,
                    ruleID: String = "unsupported-catastrophizing", message: String = "a message", detail: String? = nil,
                    path: String = "journal.md") -> LintReport {
    let range = SourceRange(SourceLocation(line: line, column: start), SourceLocation(line: line, column: end))
    let finding = Finding(ruleID: ruleID, severity: severity, message: message, detail: detail, path: path, range: range, lineText: lineText)
    return LintReport(findings: [finding], fileCount: 1)
}

/// A journal whose every finding sits on a line with words that must not leave the machine.
let privateJournal = """
# 2026-11-28

## 21:40 Zanzibar
temp: red
reassurance: asked Ptolemy whether the aquarium still matters
reassurance: asked Ptolemy again near the aquarium
Ptolemy hasn't answered since the aquarium. He's going to leave me.
evidense: Ptolemy, aquarium
temp: red -> aquariumblue

"""
/// Words only the journal has (not the rules' own documentation, which SARIF carries).
let privateWords = ["Ptolemy", "aquarium", "Zanzibar", "evidense", "hasn't answered"]

@Suite("Text reporter")
struct TextReporterTests {
    @Test("the entry's heading, then path:line:col: label: message [rule], the writer's words, the line and a caret; the questions once at the end")
    func format() throws {
        let text = "# 2026-11-28\n\nCafé 🙂 大丈夫. He's going to leave me.\n"
        let output = TextReporter.text(lint(text), options: ReportOptions())
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try #require(lines.count >= 9)
        #expect(lines[0] == "")
        #expect(lines[1] == "── Saturday 2026-11-28")
        #expect(lines[2] == "journal.md:3:23: to look at: a worst-case thought that tells the future as certain (fortune-telling); nothing in this entry has weighed it yet [unsupported-catastrophizing]")
        #expect(lines[3] == "  your words: \"is going to leave me\"")
        #expect(lines[4] == " 3 | Café 🙂 大丈夫. He's going to leave me.")
        #expect(lines[5] == "   | " + String(repeating: " ", count: 16) + String(repeating: "^", count: 22))
        #expect(lines[6] == "")
        #expect(lines[7].hasPrefix("For the worst-case thoughts above, when you are ready, you might ask: What evidence supports this thought?"))
        #expect(lines[8] == "1 file checked: 1 to look at.")
        #expect(!output.contains("\u{1B}["))
    }

    @Test("findings are grouped by entry, format problems before things to notice; the questions appear once per run")
    func groupedByEntry() throws {
        let text = """
            # 2026-11-28

            ## 21:40 No reply
            He's going to leave me. What if he never comes back
            temp: purple

            ## 23:10
            I can't survive this.
            """
        let output = TextReporter.text(lint(text), options: ReportOptions())
        let lines = output.split(separator: "\n").map(String.init)
        let headings = lines.filter { $0.hasPrefix("── ") }
        #expect(headings == ["── Saturday 2026-11-28 21:40 · No reply", "── Saturday 2026-11-28 23:10"])
        let first = try #require(lines.firstIndex(of: headings[0]))
        #expect(lines[first + 1].contains(": error: "))  // temp: purple, plainly, first
        #expect(lines[first + 1].hasSuffix("[invalid-field-value]"))
        #expect(output.components(separatedBy: "What evidence supports this thought?").count == 2)
        for line in lines where line.contains("[unsupported-catastrophizing]") {
            #expect(!line.contains("warning") && !line.contains("error"))
        }
        #expect(lines.last == "1 file checked: format: 1 error; 3 to look at.")
    }

    @Test("The caret lines up after tabs, emoji, CJK and accents (wide characters take two cells)", arguments: [
        ("Café\t🙂 x", 12, 1, "Café    🙂 x", 4 + 4 + 2 + 1),
        ("大丈夫 x", 11, 1, "大丈夫 x", 7),
        ("e\u{301}té x", 8, 1, "e\u{301}té x", 4),
        ("🇯🇵 👩‍❤️‍👨 x", 31, 1, "🇯🇵 👩‍❤️‍👨 x", 6),
        ("☕ x", 5, 1, "☕ x", 3),
        ("✅ x", 5, 1, "✅ x", 3),
        ("x 大丈夫 y", 3, 9, "x 大丈夫 y", 2),
    ])
    func caret(line: String, column: Int, length: Int, shown: String, spaces: Int) throws {
        let output = TextReporter.text(report(line, from: column, to: column + length), options: ReportOptions())
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines[1] == " 3 | \(shown)")
        let caret = lines[2].dropFirst("   | ".count)
        #expect(caret.prefix { $0 == " " }.count == spaces, "caret at the wrong cell in \(lines[2])")
        // The span's width in cells: two per wide character.
        let spanWidth = CaretLine.cells(String(decoding: Array(line.utf8)[(column - 1)..<(column - 1 + length)], as: UTF8.self))
        #expect(caret.filter { $0 == "^" }.count == max(1, spanWidth))
    }

    @Test("A wide span gets two carets per character")
    func wideSpan() {
        let output = TextReporter.text(report("x 大丈夫 y", from: 3, to: 12), options: ReportOptions())
        #expect(output.contains("\n   |   ^^^^^^\n"))
    }

    @Test("An empty span still gets one caret; a span running past the line stops at its end")
    func degenerateSpans() {
        let empty = TextReporter.text(report("abc", from: 2, to: 2), options: ReportOptions())
        #expect(empty.contains("\n   |  ^\n"))
        let multiLine = LintReport(findings: [Finding(
            ruleID: "empty-evidence", severity: .warning, message: "m", path: "j.md",
            range: SourceRange(SourceLocation(line: 3, column: 1), SourceLocation(line: 5, column: 4)), lineText: "evidence:")], fileCount: 1)
        #expect(TextReporter.text(multiLine, options: ReportOptions()).contains("\n   | ^^^^^^^^^\n"))
    }

    @Test("Colour only when asked")
    func colour() {
        let plain = TextReporter.text(report("abc", from: 1, to: 2), options: ReportOptions(useColor: false))
        #expect(!plain.contains("\u{1B}"))
        let coloured = TextReporter.text(report("abc", from: 1, to: 2), options: ReportOptions(useColor: true))
        // The practice is never painted in the alarm colours.
        #expect(coloured.contains("\u{1B}[36mto look at\u{1B}[0m"))
        let format = TextReporter.text(lint("# 2026-11-28\n\nevidnce:\n"), options: ReportOptions(useColor: true))
        #expect(format.contains("\u{1B}[33;1mwarning\u{1B}[0m"))
    }

    @Test("Summary line: plurals and the clean case")
    func summary() {
        #expect(TextReporter.text(LintReport(findings: [], fileCount: 3), options: ReportOptions()) == "3 files checked: nothing to note.\n")
        #expect(TextReporter.text(lint("# 2026-11-28\n\ntemp: purple\ntemp: blau\n"), options: ReportOptions())
            .hasSuffix("1 file checked: format: 2 errors.\n"))
    }
}

@Suite("JSON reporter")
struct JSONReporterTests {
    @Test("Parses back with schemaVersion 1, findings and summary")
    func roundTrip() throws {
        let linted = lint([(path: "a/journal.md", text: "# 2026-11-28\n\nCafé 🙂. He's going to leave me.\n\ntemp: purple\n")])
        let bytes = JSONReporter.render(linted, options: ReportOptions())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let findings = try #require(object["findings"] as? [[String: Any]])
        try #require(findings.count == 2)
        let first = findings[0]
        #expect(first["path"] as? String == "a/journal.md")
        #expect(first["line"] as? Int == 3)
        #expect(first["column"] as? Int == 13)
        #expect(first["endLine"] as? Int == 3)
        #expect(first["endColumn"] as? Int == 35)
        #expect(first["rule"] as? String == "unsupported-catastrophizing")
        #expect(first["severity"] as? String == "warning")
        #expect(first["message"] as? String == linted.findings[0].message)
        #expect(first["fixable"] as? Bool == true)
        #expect(first["detail"] == nil)
        #expect(first["lineText"] == nil)
        #expect(findings[1]["rule"] as? String == "invalid-field-value")
        #expect(findings[1]["severity"] as? String == "error")
        #expect(findings[1]["fixable"] as? Bool == false)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 1)
        #expect(summary["errors"] as? Int == 1)
        #expect(summary["warnings"] as? Int == 1)
        #expect(summary["notes"] as? Int == 0)
        #expect(bytes.last == UInt8(ascii: "\n"))
    }

    @Test("Escapes quotes, backslashes, control characters; keeps non-ASCII readable")
    func escaping() throws {
        let linted = report("line", from: 1, to: 2, message: "quote \" backslash \\ tab \t nl \n bell \u{7} 大丈夫 🙂", path: "dir \"x\"/ü.md")
        let bytes = JSONReporter.render(linted, options: ReportOptions())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(finding["message"] as? String == "quote \" backslash \\ tab \t nl \n bell \u{7} 大丈夫 🙂")
        #expect(finding["path"] as? String == "dir \"x\"/ü.md")
    }

    @Test("Paths that could not be read are listed with why, and counted in the summary")
    func unreadable() throws {
        var options = ReportOptions(unreadableFiles: 1)
        options.unreadable = [UnreadablePath(path: "bin.md", message: "bin.md looks like a binary file (NUL byte at offset 7); skipped")]
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONReporter.render(LintReport(findings: [], fileCount: 2), options: options))) as? [String: Any])
        #expect((object["summary"] as? [String: Any])?["unreadable"] as? Int == 1)
        let listed = try #require((object["unreadable"] as? [[String: Any]])?.first)
        #expect(listed["path"] as? String == "bin.md")
        #expect((listed["message"] as? String)?.contains("binary") == true)
    }

    @Test("An empty report")
    func empty() throws {
        let bytes = JSONReporter.render(LintReport(findings: [], fileCount: 0), options: ReportOptions())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect((object["findings"] as? [Any])?.isEmpty == true)
    }
}

@Suite("Privacy of machine-readable reports")
struct PrivacyTests {
    enum Format: String, CaseIterable, Sendable { case json, sarif, github }

    static func render(_ format: Format, includeText: Bool) -> String {
        let linted = lint(privateJournal)
        let options = ReportOptions(includeText: includeText)
        switch format {
        case .json: return String(decoding: JSONReporter.render(linted, options: options), as: UTF8.self)
        case .sarif: return String(decoding: SARIFReporter.render(linted, options: options), as: UTF8.self)
        case .github: return GitHubReporter.text(linted, options: options)
        }
    }

    @Test("The journal has findings on every private line")
    func journalHasFindings() {
        let rules = Set(lint(privateJournal).findings.map(\.ruleID))
        #expect(rules == ["reassurance-before-regulation", "excessive-reassurance", "unsupported-catastrophizing", "unknown-field", "invalid-field-value"])
    }

    @Test("No journal words without includeText", arguments: Format.allCases)
    func withoutText(format: Format) {
        let output = Self.render(format, includeText: false)
        for word in privateWords + ["cue:"] {
            #expect(!output.contains(word), "\(format) output contains \(word)")
        }
    }

    @Test("includeText adds the words", arguments: Format.allCases)
    func withText(format: Format) {
        let output = Self.render(format, includeText: true)
        if format == .github {
            // GitHub annotations add only the detail: the cue and the writer's misspelt key.
            #expect(output.contains("cue: \"is going to leave me\""))
            #expect(output.contains("evidense"))
        } else {
            // JSON and SARIF carry the source line.
            #expect(output.contains("Ptolemy hasn't answered since the aquarium"))
        }
    }

    @Test("Messages never quote the journal, in any rule")
    func messages() {
        for finding in lint(privateJournal).findings {
            for word in privateWords {
                #expect(!finding.message.contains(word), "\(finding.ruleID): \(finding.message)")
            }
        }
    }
}

@Suite("GitHub reporter")
struct GitHubReporterTests {
    @Test("Workflow commands with byte columns; notes become notices")
    func format() {
        let text = "# 2026-11-28\n\nCafé 🙂. He's going to leave me.\n\nevidence:\n- for: he was short\n"
        let linted = lint(text, configuration: lintTestConfiguration(requireAgainst: true))
        let lines = GitHubReporter.text(linted, options: ReportOptions()).split(separator: "\n").map(String.init)
        #expect(lines == [
            "::warning file=journal.md,line=3,col=13,endLine=3,endColumn=35,title=steady unsupported-catastrophizing::worst-case thought (fortune-telling) whose evidence has no `against:` item",
            "::notice file=journal.md,line=5,col=1,endLine=6,endColumn=20,title=steady one-sided-evidence::evidence only supports the fear; is there one thing, even small, that contradicts it? Add an `against:` item",
        ])
    }

    @Test("Errors are ::error")
    func error() {
        #expect(GitHubReporter.text(lint("# 2026-11-28\n\ntemp: purple\n"), options: ReportOptions()).hasPrefix("::error file=journal.md,line=3,col=7,"))
    }

    @Test("Escaping: % CR LF in data; also , and : in properties")
    func escaping() {
        let linted = lint([(path: "notes, week: 1%.md", text: "# 2026-11-28\n\nI want to kill myself.\n")],
                          configuration: lintTestConfiguration(crisisMessage: "100% okay to ask:\nfriends, 988\r\nnow"))
        let output = GitHubReporter.text(linted, options: ReportOptions())
        #expect(output.hasPrefix("::warning file=notes%2C week%3A 1%25.md,line=3,"))
        #expect(output.hasSuffix("::100%25 okay to ask:%0Afriends, 988%0D%0Anow\n"))
        #expect(output.filter { $0 == "\n" }.count == 1)
        #expect(GitHubReporter.escapeProperty("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae")
        #expect(GitHubReporter.escapeData("a,b:c%d\r\ne") == "a,b:c%25d%0D%0Ae")
    }
}

@Suite("Reporter lookup")
struct ReporterLookupTests {
    @Test("Each --format value finds its reporter, in the order --format lists them")
    func lookup() {
        #expect(Reporters.all.map { $0.identifier } == ["text", "gcc", "json", "sarif", "github"])
        for reporter in Reporters.all {
            #expect(Reporters.reporter(identifier: reporter.identifier) == reporter)
        }
        #expect(Reporters.reporter(identifier: "xml") == nil)
        #expect(Reporters.reporter(identifier: "JSON") == nil)
    }

    @Test("Only the text and SARIF formats need source lines without --include-text")
    func needsLineText() {
        #expect(Reporters.all.filter { $0.needsLineText }.map { $0.identifier } == ["text", "sarif"])
    }

    @Test("Quiet text output is empty when there is nothing to report, unless a file could not be read")
    func quietText() {
        let empty = LintReport(findings: [], fileCount: 2)
        #expect(TextReporter.render(empty, options: ReportOptions(quiet: true)).isEmpty)
        #expect(TextReporter.text(empty, options: ReportOptions(unreadableFiles: 1, quiet: true))
            == "2 files checked: nothing to note; 1 path could not be read (see the errors above).\n")
    }
}
