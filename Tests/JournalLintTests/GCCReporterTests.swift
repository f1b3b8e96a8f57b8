@testable import JournalLint
import MarkdownSyntax
import Testing

@Suite("gcc reporter and column units")
struct GCCReporterTests {
    static let journal = "# 2026-11-28\n\nCafé 🙂 大丈夫. He's going to leave me.\ntemp: purple\n"

    @Test("Exactly one line per finding, path:line:col: severity: message [rule], and nothing else")
    func oneLinePerFinding() {
        let output = GCCReporter.text(lint(Self.journal), options: ReportOptions())
        #expect(output == """
        journal.md:3:23: note: to look at: a worst-case thought that tells the future as certain (fortune-telling); nothing in this entry has weighed it yet [unsupported-catastrophizing]
        journal.md:4:7: error: invalid `temp` value; use red, yellow or green (a trajectory is written `red -> yellow`) [invalid-field-value]

        """)
        #expect(!output.contains("He's going"), "no excerpt: the writer's words stay out")
    }

    @Test("Nothing at all when there is nothing to report (no summary line)")
    func emptyReport() {
        #expect(GCCReporter.text(lint("# 2026-11-28\n\ntemp: green\n"), options: ReportOptions()).isEmpty)
    }

    @Test("--column-unit char counts Unicode scalars, in gcc and text output alike; the caret does not move")
    func characterColumns() {
        let linted = lint(Self.journal)
        let options = ReportOptions(columnUnit: .character)
        // "Café 🙂 大丈夫. " is 22 bytes and 12 scalars.
        #expect(GCCReporter.text(linted, options: options).hasPrefix("journal.md:3:13: note: to look at: "))
        let text = TextReporter.text(linted, options: options)
        // The text format groups findings by entry and speaks of the practice gently (docs/voice.md).
        #expect(text.contains("\njournal.md:3:13: to look at: "))
        #expect(text.contains("\njournal.md:4:7: error: "))
        let bytes = TextReporter.text(linted, options: ReportOptions())
        #expect(bytes.contains("\njournal.md:3:23: to look at: "))
        // Only the location differs.
        #expect(text.replacingFirst("3:13:", with: "3:23:") == bytes)
        // A combining accent is a scalar of its own, as Emacs counts it.
        let combining = lint("# 2026-11-28\n\ne\u{301}te\u{301} — He's going to leave me.\n")
        #expect(GCCReporter.text(combining, options: options).hasPrefix("journal.md:3:9: "))
    }

    @Test("Line breaks, tabs and control characters in a message or path cannot start another line")
    func oneLineAlways() {
        let linted = lint([(path: "notes\nweek\t1.md", text: "# 2026-11-28\n\nI want to kill myself.\n")],
                          configuration: lintTestConfiguration(crisisMessage: "okay to ask:\nfriends, 988\r\nnow \u{1B}[2J"))
        let output = GCCReporter.text(linted, options: ReportOptions())
        #expect(output.filter { $0 == "\n" }.count == linted.findings.count)
        #expect(output.hasPrefix("notes\\u{0A}week 1.md:3:"))
        #expect(output.contains("okay to ask:\\u{0A}friends, 988\\u{0D}\\u{0A}now \\u{1B}[2J"))
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("The practice's findings are notes in the text format's voice, whatever their severity; the format's keep theirs")
    func practiceFindingsAreNotes() {
        let journal = """
        # 2026-11-28

        ## 09:00
        reassurance: asked Sam if we're okay
        ## 10:00
        reassurance: asked again
        ## 11:00
        temp: red
        reassurance: texted him
        I want to kill myself.
        temp: purple

        """
        let linted = lint(journal)
        let output = GCCReporter.text(linted, options: ReportOptions())
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == linted.findings.count)
        let byRule = Dictionary(lines.map { line in (String(line[line.lastIndex(of: "[")!...].dropFirst().dropLast()), line) },
                                uniquingKeysWith: { first, _ in first })
        // excessive-reassurance is a warning, crisis-language too: for the practice both are notes.
        #expect(linted.findings.contains { $0.ruleID == "excessive-reassurance" && $0.severity == .warning })
        #expect(byRule["excessive-reassurance"]?.contains(": note: to look at: Three times on Saturday 2026-11-28 you reached out for reassurance") == true,
                "\(output)")
        #expect(byRule["crisis-language"]?.contains(": note: please read: ") == true, "\(output)")
        #expect(byRule["reassurance-before-regulation"]?.contains(": note: noticed: you reached out for reassurance while things ran hot") == true,
                "\(output)")
        // A format finding keeps its severity and its message.
        #expect(byRule["invalid-field-value"]?.contains(": error: invalid `temp` value") == true, "\(output)")
        #expect(!output.contains(": warning: reassurance") && !output.contains("ask number"), "no machine wording for the practice")
        // Its words stay out: the spoken messages hold none.
        #expect(!output.contains("asked Sam") && !output.contains("kill myself"))
    }

    @Test("--include-text adds the detail in parentheses, still on one line")
    func includeText() {
        let output = GCCReporter.text(lint(Self.journal), options: ReportOptions(includeText: true))
        #expect(output.contains("[unsupported-catastrophizing]"))
        #expect(output.contains("(cue: \"is going to leave me\""))
        #expect(output.split(separator: "\n").count == 2)
    }
}

@Suite("Text excerpt lines are never locations")
struct ExcerptLineTests {
    @Test("A zero-width non-joiner splits each location shape; removing it gives the words back", arguments: [
        ("Phone log 03:12:45: he is going", "Phone log 03‌:‌12‌:‌45‌: he is going"),
        ("at 3:15: 9:30 he", "at 3‌:‌15‌: 9‌:‌30 he"),
        ("reasons (2): x |12| y", "reasons (‌2): x |‌12| y"),
        ("\"notes.md\", line 4", "\"notes.md\"‌, line 4"),
        ("nothing: here, (a) |b|", "nothing: here, (a) |b|"),
        ("", ""),
    ])
    func breaks(text: String, shown: String) {
        let broken = ExcerptLine.breakingLocationShapes(text)
        #expect(broken == shown)
        #expect(String(broken.unicodeScalars.filter { $0 != ExcerptLine.separatorBreak }.map(Character.init)) == text)
        // The break joins the character before it: the caret's cell count is unchanged.
        #expect(CaretLine.cells(broken) == CaretLine.cells(text))
    }

    @Test("The text report shows the excerpt with its gutter and the caret under the same cells")
    func inReport() {
        let output = TextReporter.text(lint("# 2026-11-28\n\nPhone log 03:12:45: he is going to leave me.\n"), options: ReportOptions())
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.contains(" 3 | Phone log 03\u{200C}:\u{200C}12\u{200C}:\u{200C}45\u{200C}: he is going to leave me."))
        #expect(lines.contains("   | " + String(repeating: " ", count: 20) + String(repeating: "^", count: 23)))
    }
}

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
