import Foundation
import Testing

/// What a person reads when something is wrong, through the real binary: every error starts
/// `steady: error:` (or a configuration file's `path:line:col: error:`), a configuration's
/// mistakes are all listed in one run, and options that do not go together say what does.
@Suite("Error messages read one way")
struct ErrorMessageCLITests {
    /// The lines of standard error that start like an error, by how they start.
    static func errorLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.contains("error:") || $0.hasPrefix("Error") }
    }

    @Test("ArgumentParser's usage errors start steady: error:, keep the usage and the help hint, and exit 2", arguments: [
        (["lint", "--bogus", "Examples/"], "Unknown option '--bogus'", "steady lint --help"),
        (["lint", "--format", "xml", "Examples/"], "'xml'", "steady lint --help"),
        (["lint", "--jobs", "0", "Examples/"], "--jobs must be at least 1", "steady lint --help"),
        (["lint", "--fix", "-"], "--fix cannot write to standard input", "steady lint --help"),
        (["summary", "--force", "Examples/"], "--force only applies with --output", "steady summary --help"),
        (["summary", "--from", "2026-11-30", "--to", "2026-11-01", "Examples/"], "is after --to", "steady summary --help"),
        (["new", "--date", "2026-02-30"], "--date must be a real date", "steady new --help"),
        (["lint", "--config", "", "Examples/"], "names no file", "steady lint --help"),
        (["explain", "nope"], "unknown rule 'nope'", "steady explain --help"),
    ])
    func usageErrors(arguments: [String], message: String, help: String) async throws {
        let output = try await SteadyBinary.run(arguments, stdin: [])
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stdout.isEmpty)
        let stderr = output.stderrText
        #expect(stderr.hasPrefix("steady: error: "), "\(stderr)")
        #expect(stderr.split(separator: "\n").first?.contains(message) == true, "\(stderr)")
        #expect(!stderr.contains("Error:"), "ArgumentParser's own label is gone: \(stderr)")
        #expect(stderr.contains("See '\(help)' for more information."), "\(stderr)")
    }

    @Test("Steady's own errors start the same way")
    func ownErrors() async throws {
        let missing = try await SteadyBinary.run(["lint", "Examples/no-such-journal.md"])
        #expect(missing.status == 2)
        #expect(missing.stderrText.hasPrefix("steady: error: "), "\(missing.transcript)")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("review.md", "x")
        let exists = try await SteadyBinary.run(["summary", "-o", "review.md", "."], in: folder.path)
        #expect(exists.status == 2)
        #expect(exists.stderrText.hasPrefix("steady: error: review.md already exists"), "\(exists.transcript)")
    }

    static let threeMistakes = """
    fail-on: warn
    reassurance:
      max-per-dy: 2
    rules:
      excesive-reassurance: off
      unknown-field: loud

    """

    @Test("Every mistake of a configuration file is listed in one run, at its place, with what to write instead; exit 2",
          arguments: [["lint", "."], ["summary", "."], ["config", "--explain", "."], ["parse", "."], ["lint", "--config", ".steady.yml", "."]])
    func everyConfigurationMistakeAtOnce(arguments: [String]) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write(".steady.yml", Self.threeMistakes)
        _ = try folder.write("2026-11-05.md", "# 2026-11-05\n\ntemp: red\n")
        let output = try await SteadyBinary.run(arguments, in: folder.path)
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stdout.isEmpty, "no findings or review with a broken configuration")
        // A configuration found by discovery is named by its absolute path, `--config`'s as given.
        let lines = Self.errorLines(output.stderrText).map { $0.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(lines == [
            ".steady.yml:1:10: error: 'warn' is not a valid value for 'fail-on'; did you mean 'warning'? use one of: error, warning, note, never",
            ".steady.yml:3:3: error: unknown key 'max-per-dy' in 'reassurance'; did you mean 'max-per-day'?",
            ".steady.yml:5:3: error: unknown rule 'excesive-reassurance' in 'rules'; did you mean 'excessive-reassurance'?",
            ".steady.yml:6:18: error: 'loud' is not a valid value for 'rules.unknown-field'; use one of: error, warning, note, off",
        ], "\(output.transcript)")
    }

    @Test("A syntax error or an alias bomb is still reported alone, at once")
    func limitsStay() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("2026-11-05.md", "# 2026-11-05\n")
        // Mistakes before a syntax error are not listed: after it nothing can be trusted.
        _ = try folder.write(".steady.yml", "fail-on: warn\nrules:\n  a: [unclosed\n")
        let syntax = try await SteadyBinary.run(["lint", "."], in: folder.path)
        #expect(syntax.status == 2)
        #expect(Self.errorLines(syntax.stderrText).count == 1, "\(syntax.transcript)")
        #expect(syntax.stderrText.contains("error: YAML syntax error"))
        // 497 bytes standing for billions of nodes, with an unknown key besides: refused at the alias, alone.
        let bomb = "fail-on: warn\na: &a [x, x, x, x, x, x, x, x, x]\n" + (0..<9).map { level -> String in
            let name = String(UnicodeScalar(UInt8(98 + level)))
            let previous = String(UnicodeScalar(UInt8(97 + level)))
            return "\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]\n"
        }.joined() + "? *j\n: 1\n"
        _ = try folder.write(".steady.yml", bomb)
        let bombed = try await SteadyBinary.run(["lint", "."], in: folder.path, timeLimit: 60)
        #expect(bombed.status == 2, "\(bombed.transcript)")
        #expect(Self.errorLines(bombed.stderrText).count == 1, "\(bombed.transcript)")
        #expect(bombed.stderrText.contains("more than 10 YAML aliases"))
    }

    @Test("summary --include-text: the text review holds the writer's words; csv, which has none, says which formats do")
    func includeText() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("2026-11-05.md", """
        # 2026-11-05

        ## 21:40 No reply
        temp: red
        He is going to leave me.
        fact: he said he was at the gym \u{1B}[2J
        reframe: a late reply is not an ending

        """)
        let text = try await SteadyBinary.run(["summary", "--include-text", "."], in: folder.path)
        #expect(text.status == 0, "\(text.transcript)")
        #expect(text.stdoutText.contains("In your words"))
        #expect(text.stdoutText.contains("Worst-case thought (fortune-telling, not examined): “He is going to leave me.”"), "\(text.stdoutText)")
        #expect(text.stdoutText.contains("Reframe: “a late reply is not an ending”"))
        // Shown, never obeyed: the escape in the fact is made visible.
        #expect(text.stdoutText.contains("Fact: “he said he was at the gym \\u{1B}[2J”"), "\(text.stdoutText)")
        #expect(!text.stdout.contains(0x1B))
        // Without the flag, no word of theirs.
        let plain = try await SteadyBinary.run(["summary", "."], in: folder.path)
        #expect(plain.status == 0)
        #expect(!plain.stdoutText.contains("leave me") && !plain.stdoutText.contains("In your words"))
        let csv = try await SteadyBinary.run(["summary", "--include-text", "--format", "csv", "."], in: folder.path)
        #expect(csv.status == 2, "\(csv.transcript)")
        #expect(csv.stdout.isEmpty)
        #expect(csv.stderrText.hasPrefix("steady: error: --include-text does not apply to --format csv"), "\(csv.transcript)")
        #expect(csv.stderrText.contains("text, markdown and html"))
        let help = try await SteadyBinary.run(["summary", "--help"])
        #expect(help.stdoutText.contains("csv: not taken (counts only)"), "\(help.stdoutText)")
    }
}
