import Foundation
import Testing

/// Journal text and file names are shown, never obeyed, on a terminal: OSC 52 (clipboard), OSC 0
/// (window title), OSC 8 (links), `ESC[2J`, cursor moves and `\r` arrive as visible `\u{…}` text in
/// every human-readable output; JSON keeps the exact text.
@Suite("terminal safety of human-readable output")
struct TerminalSafetyTests {
    static let hostileName = "note\u{1B}]0;owned\u{07}\r.md"
    /// Each line carries a different attack; the worst-case sentence makes a finding on its line.
    static let hostileJournal = """
    # 2026-11-28

    ## 09:00 Title \u{1B}]52;c;aGVsbG8=\u{07} \u{9B}2J #work
    temp: red

    I will \u{1B}[2J\u{1B}[1;1H surely fail the exam and lose everything.\rsteady: all good, 0 findings \u{1B}]8;;https://x.example\u{1B}\\link\u{1B}]8;;\u{1B}\\

    """

    /// Control bytes in `bytes` other than LF and tab — and, when `colour` is allowed, Steady's own
    /// SGR colour sequences (`ESC [ digits ; m`). C1 controls are found as their UTF-8 `C2 80`–`C2 9F`.
    static func rawControls(_ bytes: [UInt8], allowingColour colour: Bool = false) -> [String] {
        var found: [String] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B, colour, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") {
                var end = index + 2
                while end < bytes.count, (0x30...0x39).contains(bytes[end]) || bytes[end] == UInt8(ascii: ";") { end += 1 }
                if end < bytes.count, bytes[end] == UInt8(ascii: "m") { index = end + 1; continue }
            }
            if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F {
                found.append("byte \(byte) at \(index)")
            } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                found.append("C1 \(bytes[index + 1]) at \(index)")
            }
            index += 1
        }
        return found
    }

    func withHostileJournal(_ body: (TemporaryFolder) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Self.hostileName, Self.hostileJournal)
        try await body(folder)
    }

    @Test("lint text output shows escape sequences and CR from the journal and its file name, under --color never and always",
          arguments: ["never", "always"])
    func lintTextShowsControls(color: String) async throws {
        try await withHostileJournal { folder in
            let output = try await SteadyBinary.run(["lint", "--color", color, "."], in: folder.path)
            #expect(output.status == 0, "\(output.transcript)")
            #expect(Self.rawControls(output.stdout, allowingColour: color == "always") == [], "\(output.transcript)")
            #expect(Self.rawControls(output.stderr) == [], "\(output.transcript)")
            #expect(output.stdoutText.contains("note\\u{1B}]0;owned\\u{07}\\u{0D}.md:6:"), "\(output.transcript)")
            #expect(output.stdoutText.contains("I will \\u{1B}[2J\\u{1B}[1;1H surely fail"), "\(output.transcript)")
            // The journal's lone CR ends line 6, as in cmark (issue 17): the excerpt stops before
            // it, and the words after it (line 7) are never printed over the report.
            #expect(output.stdoutText.contains(" 6 | I will \\u{1B}[2J\\u{1B}[1;1H surely fail the exam and lose everything.\n"), "\(output.transcript)")
            #expect(!output.stdoutText.contains("steady: all good"), "\(output.transcript)")
        }
    }

    @Test("the caret sits under the finding's words when escape notation comes before them on the line")
    func caretAlignsAfterVisibleControls() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("2026-11-28.md", "# 2026-11-28\n\n## 09:00 x\ntemp: red\n\n\u{1B}[2J\tOn Monday I will definitely fail the exam and lose everything.\n")
        let output = try await SteadyBinary.run(["lint", "--color", "never", "2026-11-28.md"], in: folder.path)
        let lines = output.stdoutText.split(separator: "\n").map(String.init)
        let source = try #require(lines.firstIndex { $0.hasPrefix(" 6 | ") }, "\(output.transcript)")
        let shown = lines[source].dropFirst(" 6 | ".count)
        #expect(shown.hasPrefix("\\u{1B}[2J    On Monday"), "tab shown as spaces after the notation: \(shown)")
        let caret = lines[source + 1].dropFirst(" 6 | ".count)
        let caretStart = caret.prefix { $0 == " " }.count
        let caretWidth = caret.dropFirst(caretStart).prefix { $0 == "^" }.count
        let underlined = String(Array(shown)[caretStart..<(caretStart + caretWidth)])
        #expect(underlined.contains("will"), "caret under \(underlined.debugDescription) in \(shown.debugDescription)")
        #expect(!underlined.hasPrefix(" ") && !underlined.hasPrefix("\\"), "\(underlined.debugDescription)")
    }

    @Test("parse --format tree shows controls in titles, tags, prose and the file name")
    func parseTreeShowsControls() async throws {
        try await withHostileJournal { folder in
            let output = try await SteadyBinary.run(["parse", "."], in: folder.path)
            #expect(output.status == 0, "\(output.transcript)")
            #expect(Self.rawControls(output.stdout) == [], "\(output.transcript)")
            #expect(output.stdoutText.hasPrefix("./note\\u{1B}]0;owned\\u{07}\\u{0D}.md\n") || output.stdoutText.hasPrefix("note\\u{1B}"),
                    "\(output.transcript)")
            #expect(output.stdoutText.contains("Title \\u{1B}]52;c;aGVsbG8=\\u{07} \\u{9B}2J"), "\(output.transcript)")
        }
    }

    @Test("parse --format markdown (cmark's tree) shows controls in literals and the file name")
    func parseMarkdownDumpShowsControls() async throws {
        try await withHostileJournal { folder in
            let output = try await SteadyBinary.run(["parse", "--format", "markdown", "."], in: folder.path)
            #expect(output.status == 0, "\(output.transcript)")
            #expect(Self.rawControls(output.stdout) == [], "\(output.transcript)")
            #expect(output.stdoutText.contains("\\u{1B}]52;c;aGVsbG8="), "\(output.transcript)")
        }
    }

    @Test("GitHub annotations show controls in file names and, with --include-text, in the words")
    func githubShowsControls() async throws {
        try await withHostileJournal { folder in
            let output = try await SteadyBinary.run(["lint", "--format", "github", "--include-text", "."], in: folder.path)
            #expect(Self.rawControls(output.stdout) == [], "\(output.transcript)")
            #expect(output.stdoutText.contains("file=note\\u{1B}]0;owned\\u{07}\\u{0D}.md%2C") == false)
            #expect(output.stdoutText.contains("file=note\\u{1B}]0;owned\\u{07}\\u{0D}.md,line=6"), "\(output.transcript)")
        }
    }

    @Test("JSON keeps the exact file name and text, escaped as JSON")
    func jsonKeepsExactText() async throws {
        try await withHostileJournal { folder in
            let output = try await SteadyBinary.run(["lint", "--format", "json", "--include-text", "."], in: folder.path)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout)) as? [String: Any])
            let findings = try #require(object["findings"] as? [[String: Any]])
            let first = try #require(findings.first)
            #expect((first["path"] as? String)?.hasSuffix(Self.hostileName) == true, "\(first)")
            #expect(!output.stdout.contains(0x1B), "JSON escapes ESC as \\u001b")
        }
    }

    @Test("error messages that echo a file name show its controls")
    func errorMessagesShowControls() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = try await SteadyBinary.run(["lint", "missing\u{1B}[2J\u{1B}]0;x\u{07}\r.md"], in: folder.path)
        #expect(output.status == 2)
        #expect(Self.rawControls(output.stderr) == [], "\(output.transcript)")
        #expect(Self.rawControls(output.stdout) == [], "\(output.transcript)")
        #expect(output.stderrText.contains("missing\\u{1B}[2J"), "\(output.transcript)")
    }

    @Test("option values echoed in usage errors show their controls")
    func usageErrorsShowControls() async throws {
        for arguments in [["summary", "--week", "\u{1B}]0;x\u{07}2026-W48", "Examples"], ["explain", "\u{1B}[2Jno-such-rule"]] {
            let output = try await SteadyBinary.run(arguments)
            #expect(output.status == 64 || output.status == 2, "\(output.transcript)")
            #expect(Self.rawControls(output.stderr) == [], "\(arguments): \(output.transcript)")
        }
    }

    @Test("summary text and markdown with a hostile file name and journal print no raw controls", arguments: ["text", "markdown"])
    func summaryShowsNoControls(format: String) async throws {
        try await withHostileJournal { folder in
            let output = try await SteadyBinary.run(["summary", "--format", format, "."], in: folder.path)
            #expect(output.status == 0, "\(output.transcript)")
            #expect(Self.rawControls(output.stdout) == [] && Self.rawControls(output.stderr) == [], "\(output.transcript)")
            #expect(output.stdoutText.contains("#work"), "\(output.transcript)")
        }
    }
}
