import Foundation
import Testing

/// Output formats, colour, privacy of machine-readable output, and `rules` / `explain`.
@Suite("steady lint output formats")
struct FormatTests {
    /// A sentence that only this journal contains; it must not leak into json, sarif or github
    /// output unless --include-text is given.
    static let privateSentence = "Marguerite's lighthouse postcard is going to end up in the bin"
    static let journal = """
    # 2026-11-28 Saturday

    ## 21:40 No reply #no-reply
    temp: red

    I found the card again. \(privateSentence). He's going to leave me.

    temp: purple
    reassurance: asked Noor whether the lighthouse postcard means anything
    reassurance: asked again about the lighthouse postcard

    """

    func withJournal(_ body: (TemporaryFolder) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("2026-11-28.md", Self.journal)
        try await body(folder)
    }

    @Test("text: path:line:col: label: message [rule], the source line and a caret line")
    func textFormat() async throws {
        let output = try await SteadyBinary.run(["lint", "Examples/daily/2026-11-20.md"])
        #expect(output.status == 0)
        let lines = output.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("Examples/daily/2026-11-20.md:13:78: to look at: ") })
        #expect(lines[header - 1] == "── Friday 2026-11-20 22:10 · Flight delayed #no-reply #partner-busy")
        #expect(lines[header].hasSuffix("[unsupported-catastrophizing]"))
        // Header, optional detail lines, then ` 13 | source` and `    |   ^^^^` with the caret under column 78.
        let sourceIndex = try #require(lines[header...].firstIndex { $0.hasPrefix(" 13 | ") })
        let caretLine = lines[sourceIndex + 1]
        #expect(caretLine.hasPrefix("    | "))
        let caretColumn = caretLine.dropFirst("    | ".count).prefix { $0 == " " }.count + 1
        #expect(caretColumn == 78, "caret under column 78: \(caretLine)")
        #expect(caretLine.contains("^"))
        #expect(lines.contains { $0.hasPrefix("1 file checked: ") })
    }

    @Test("every text finding header has the path:line:col: label: message [rule] shape; wellbeing rules are never error or warning")
    func textHeadersShape() async throws {
        let output = try await SteadyBinary.run(["lint", "Examples/"])
        let headers = output.stdoutText.split(separator: "\n").filter { $0.hasPrefix("Examples/") }
        #expect(headers.count == (try ExamplesLintGolden.lines()).count, "\(headers.count) findings")
        let shape = /^Examples\/[^:]+\.md:\d+:\d+: (error|warning|note|to look at|noticed|please read): .+ \[([a-z-]+)\]$/
        let wellbeing: Set = ["unsupported-catastrophizing", "excessive-reassurance", "reassurance-before-regulation", "empty-evidence",
                              "unfilled-scaffold", "one-sided-evidence", "crisis-language"]
        for header in headers {
            let match = header.wholeMatch(of: shape)
            #expect(match != nil, "\(header)")
            if let match, wellbeing.contains(String(match.output.2)) {
                #expect(!["error", "warning", "note"].contains(String(match.output.1)), "\(header)")
            }
        }
    }

    @Test("no ANSI escapes when standard output is not a terminal")
    func noColorWhenPiped() async throws {
        let output = try await SteadyBinary.run(["lint", "Examples/"])
        #expect(!output.hasANSIEscape)
        let auto = try await SteadyBinary.run(["lint", "Examples/", "--color", "auto"], environment: ["NO_COLOR": "1"])
        #expect(!auto.hasANSIEscape)
        let never = try await SteadyBinary.run(["lint", "Examples/", "--color", "never"])
        #expect(!never.hasANSIEscape)
    }

    @Test("--color always has ANSI escapes, even when piped and with NO_COLOR")
    func colorAlways() async throws {
        let output = try await SteadyBinary.run(["lint", "Examples/", "--color", "always"])
        #expect(output.stdout.contains(0x1B))
        let withNoColor = try await SteadyBinary.run(["lint", "Examples/", "--color", "always"], environment: ["NO_COLOR": "1"])
        #expect(withNoColor.stdout.contains(0x1B), "an explicit --color always wins over NO_COLOR")
    }

    /// On a real terminal (a pseudo-terminal from util-linux `script`): colour by default, none
    /// with NO_COLOR=1.
    @Test("--color auto on a terminal: colour unless NO_COLOR is set",
          .enabled(if: Subprocess.which("script") != nil && isLinux, "needs util-linux `script` for a pseudo-terminal"))
    func colorOnTerminal() async throws {
        let script = try #require(Subprocess.which("script"))
        let command = "\(SteadyBinary.path) lint Examples/daily/2026-11-20.md --color auto"
        let colored = try await Subprocess.run(script, ["-qec", command, "/dev/null"], in: SteadyBinary.packageRoot)
        #expect(colored.stdout.contains(0x1B), "\(colored.transcript)")
        let plain = try await Subprocess.run(script, ["-qec", command, "/dev/null"], in: SteadyBinary.packageRoot,
                                             environment: ["NO_COLOR": "1"])
        #expect(plain.stdoutText.contains("2026-11-20.md:13:78"), "\(plain.transcript)")
        #expect(!plain.stdout.contains(0x1B), "\(plain.transcript)")
    }

    @Test("json, sarif and github leave the journal's words out unless --include-text",
          arguments: ["json", "sarif", "github"])
    func machineFormatsArePrivate(format: String) async throws {
        try await withJournal { folder in
            let output = try await SteadyBinary.run(["lint", "2026-11-28.md", "--format", format], in: folder.path)
            #expect(output.status == 1, "temp: purple is an error: \(output.transcript)")
            #expect(!output.stdout.isEmpty)
            // Distinctive words only: rule descriptions in SARIF legitimately quote "he's going to leave me".
            for words in ["lighthouse", "Marguerite", "postcard"] {
                #expect(!output.stdoutText.contains(words), "\(format) output contains \"\(words)\"")
                #expect(!output.stderrText.contains(words))
            }
            let withText = try await SteadyBinary.run(["lint", "2026-11-28.md", "--format", format, "--include-text"], in: folder.path)
            #expect(withText.stdoutText.contains("lighthouse") || withText.stdoutText.contains("is going to leave me"),
                    "--include-text includes the journal's words")
        }
    }

    @Test("json output is valid JSON with schemaVersion 1 and a summary")
    func jsonShape() async throws {
        let output = try await SteadyBinary.run(["lint", "Examples/", "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout)) as? [String: Any])
        #expect(root["schemaVersion"] as? Int == 1)
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == (try ExamplesLintGolden.lines()).count)
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 19)  // 15 tidy files and 4 in Examples/messy/
        #expect(summary["errors"] as? Int == 0)
    }

    @Test("sarif output is SARIF 2.1.0 naming every rule")
    func sarifShape() async throws {
        let output = try await SteadyBinary.run(["lint", "Examples/", "--format", "sarif"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout)) as? [String: Any])
        #expect(root["version"] as? String == "2.1.0")
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ruleIds = (driver["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(Set(ruleIds) == Set(try await RulesTests.ruleIds()))
        #expect((run["results"] as? [Any])?.count == (try ExamplesLintGolden.lines()).count)
    }

    @Test("github output is one workflow command per finding")
    func githubShape() async throws {
        let output = try await SteadyBinary.run(["lint", "Examples/", "--format", "github"])
        let lines = output.stdoutText.split(separator: "\n")
        #expect(lines.count == (try ExamplesLintGolden.lines()).count)
        for line in lines {
            #expect(line.hasPrefix("::warning file=") || line.hasPrefix("::notice file=") || line.hasPrefix("::error file="), "\(line)")
        }
    }
}

@Suite("steady rules and explain")
struct RulesTests {
    static let expectedRuleIds = [
        "unsupported-catastrophizing", "possible-catastrophizing", "excessive-reassurance", "reassurance-before-regulation", "empty-evidence",
        "one-sided-evidence", "unfilled-scaffold", "unknown-field", "format-note", "invalid-field-value", "undated-entry", "undated-note", "invalid-date",
        "invalid-encoding", "entry-out-of-order", "crisis-language", "unused-suppression",
    ]

    /// The rule ids `steady rules` prints, one per line, first column.
    static func ruleIds() async throws -> [String] {
        let output = try await SteadyBinary.run(["rules"])
        return output.stdoutText.split(separator: "\n").compactMap { line in
            guard let first = line.split(separator: " ").first, first.contains("-"), !line.hasPrefix("Run ") else { return nil }
            return String(first)
        }
    }

    @Test("steady rules lists every rule id with a severity")
    func rulesList() async throws {
        let output = try await SteadyBinary.run(["rules"])
        #expect(output.status == 0)
        let ids = try await Self.ruleIds()
        #expect(Set(ids) == Set(Self.expectedRuleIds), "\(ids)")
        for line in output.stdoutText.split(separator: "\n") where ids.contains(where: { line.hasPrefix($0 + " ") }) {
            #expect(line.contains(" error ") || line.contains(" warning ") || line.contains(" note "), "\(line)")
        }
    }

    @Test("steady explain works for every rule", arguments: expectedRuleIds)
    func explainEveryRule(rule: String) async throws {
        let output = try await SteadyBinary.run(["explain", rule])
        #expect(output.status == 0, "\(output.transcript)")
        #expect(output.stdoutText.hasPrefix(rule))
    }

    @Test("steady explain unsupported-catastrophizing shows kinds and examples")
    func explainCatastrophizing() async throws {
        let output = try await SteadyBinary.run(["explain", "unsupported-catastrophizing"])
        #expect(output.status == 0)
        let text = output.stdoutText
        #expect(text.contains("Kinds:"))
        for kind in ["fortune-telling", "magnification", "what-if-spiral"] { #expect(text.contains(kind), "kind \(kind)") }
        #expect(text.contains("Noticed"))
        // Each kind gets a summary and examples.
        #expect(text.contains("e.g. \""), "examples of each kind")
        #expect(!text.contains("fortune-telling: fortune-telling"), "a summary, not the kind's name again")
        #expect(text.contains("Not noticed"))
    }

    @Test("steady explain nope names the known rules and is a usage error")
    func explainUnknown() async throws {
        let output = try await SteadyBinary.run(["explain", "nope"])
        #expect(output.status != 0)
        #expect(output.stderrText.contains("nope"))
        for rule in Self.expectedRuleIds { #expect(output.stderrText.contains(rule)) }
        #expect(output.status == 2)
    }
}

#if os(Linux)
let isLinux = true
#else
let isLinux = false
#endif
