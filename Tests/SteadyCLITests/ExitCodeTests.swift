import Foundation
import Testing

/// Exit status: 0 nothing at --fail-on, 1 a finding at --fail-on, 2 usage / configuration / read errors.
@Suite("steady lint exit codes and hard inputs")
struct ExitCodeTests {
    static let errorJournal = "# 2026-11-28 Saturday\n\n## 21:40 No reply\ntemp: purple\n\nHe has not answered.\n"

    @Test("lint on Examples/ exits 0: only warnings and notes")
    func examplesPass() async throws {
        let output = try await SteadyBinary.run(["lint", "Examples/"])
        #expect(output.status == 0, "\(output.transcript)")
        #expect(!output.stdoutText.contains(": error: "))
        #expect(output.stdoutText.contains(": warning: "))  // evidnce:, a format warning
        #expect(output.stdoutText.contains("What went well: "))
    }

    @Test("wellbeing findings never fail a run, whatever severity they are given; format errors do")
    func wellbeingNeverBlocks() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write(".steady.yml", "rules:\n  unsupported-catastrophizing: error\n  excessive-reassurance: error\n")
        _ = try folder.write("journal.md", "# 2026-11-28\n\nHe's going to leave me.\nreassurance: asked\nreassurance: asked again\n")
        for failOn in ["error", "warning", "note"] {
            let output = try await SteadyBinary.run(["lint", "journal.md", "--fail-on", failOn], in: folder.path)
            #expect(output.status == 0, "--fail-on \(failOn): \(output.transcript)")
            let json = try await SteadyBinary.run(["lint", "journal.md", "--fail-on", failOn, "--format", "json"], in: folder.path)
            #expect(json.stdoutText.contains("\"severity\":\"error\"") || json.stdoutText.contains("\"severity\": \"error\""),
                    "machine formats keep the configured severity: \(json.stdoutText)")
        }
        _ = try folder.write("journal.md", "# 2026-11-28\n\ntemp: purple\n")
        let blocked = try await SteadyBinary.run(["lint", "journal.md"], in: folder.path)
        #expect(blocked.status == 1, "\(blocked.transcript)")
    }

    @Test("a folder with no journal files says so (not \"0 files checked: nothing to note\") and exits 0")
    func noJournalFiles() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("notes.txt", "temp: red\n")
        let output = try await SteadyBinary.run(["lint", "."], in: folder.path)
        #expect(output.status == 0, "\(output.transcript)")
        #expect(output.stdoutText.contains("No journal files found"), "\(output.transcript)")
        #expect(!output.stdoutText.contains("0 files checked"), "\(output.transcript)")
    }

    @Test("summary with one unreadable file writes the review of the others, names what it leaves out, and exits 2")
    func summaryWithAnUnreadableFile() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("2026-11-21.md", "## 22:00\ntemp: red\n")
        _ = try folder.write("2026-11-22.md", "temp: green\n\u{0}\u{0}binary\n")
        let output = try await SteadyBinary.run(["summary", "."], in: folder.path)
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stdoutText.contains("red"), "the review of the readable file is written: \(output.transcript)")
        #expect(output.stderrText.contains("2026-11-22.md"), "\(output.transcript)")
        #expect(output.stderrText.contains("leaves out 1 file"), "\(output.transcript)")
    }

    @Test("a journal with an error exits 1")
    func errorFails() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("journal.md", Self.errorJournal)
        let output = try await SteadyBinary.run(["lint", "journal.md"], in: folder.path)
        #expect(output.status == 1, "\(output.transcript)")
        #expect(output.stdoutText.contains("[invalid-field-value]"))
    }

    @Test("an impossible date exits 1")
    func impossibleDate() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("journal.md", "# 2026-02-30\n\ntemp: red\n")
        let output = try await SteadyBinary.run(["lint", "journal.md"], in: folder.path)
        #expect(output.status == 1, "\(output.transcript)")
        #expect(output.stdoutText.contains("[invalid-date]"))
    }

    @Test("--fail-on warning on Examples/ exits 1")
    func failOnWarning() async throws {
        let output = try await SteadyBinary.run(["lint", "Examples/", "--fail-on", "warning"])
        #expect(output.status == 1, "\(output.transcript)")
    }

    @Test("--fail-on never exits 0 even with an error")
    func failOnNever() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("journal.md", Self.errorJournal)
        let output = try await SteadyBinary.run(["lint", "journal.md", "--fail-on", "never"], in: folder.path)
        #expect(output.status == 0, "\(output.transcript)")
        #expect(output.stdoutText.contains("[invalid-field-value]"), "findings are still printed")
    }

    /// The spec says 2 for usage errors; ArgumentParser's default is 64 (EX_USAGE), which
    /// `Steady.main()` maps to 2.
    @Test("usage errors exit 2", arguments: [
        ["lint", "--bogus"],
        ["lint", "--format", "xml", "Examples/"],
        ["lint", "--jobs", "0", "Examples/"],
        ["summary", "--jobs", "0", "Examples/"],
        ["parse", "--jobs", "0", "Examples/"],
        ["lint", "--fix", "-"],
        ["explain", "nope"],
        ["no-such-command"],
    ])
    func usageErrors(arguments: [String]) async throws {
        let output = try await SteadyBinary.run(arguments, stdin: [])
        #expect(!output.stderrText.isEmpty, "a usage error says what is wrong")
        #expect(output.stdout.isEmpty, "nothing on standard output")
        #expect(output.status == 2, "\(output.transcript)")
    }

    @Test("--help and --version exit 0")
    func helpExitsZero() async throws {
        for arguments in [["--help"], ["lint", "--help"], ["install-hook", "--help"], ["--version"]] {
            let output = try await SteadyBinary.run(arguments)
            #expect(output.status == 0, "\(arguments): \(output.transcript)")
            #expect(!output.stdout.isEmpty)
        }
    }

    @Test("a missing path exits 2 and is named")
    func missingPath() async throws {
        let output = try await SteadyBinary.run(["lint", "Examples/no-such-journal.md"])
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stderrText.contains("Examples/no-such-journal.md"))
    }

    @Test("a missing path among good ones still lints the others, and exits 2")
    func missingPathAmongOthers() async throws {
        let output = try await SteadyBinary.run(["lint", "nowhere/", "Examples/daily/2026-11-20.md"])
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stderrText.contains("nowhere"))
        #expect(output.stdoutText.contains("Examples/daily/2026-11-20.md:"))
    }

    @Test("a binary file (NUL bytes) is reported and exits 2")
    func binaryFile() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("photo.md", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(repeating: 0, count: 64))
        let output = try await SteadyBinary.run(["lint", "photo.md"], in: folder.path)
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stderrText.contains("photo.md"))
        #expect(output.stderrText.contains("binary"))
    }

    @Test("invalid UTF-8 is linted with an invalid-encoding warning, without crashing")
    func invalidUTF8() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = Array("# 2026-11-28\n\ntemp: yellow\n\nCaf".utf8) + [0xE9] + Array(" with Sam, then ".utf8) + [0xFF, 0xFE] + Array(" silence.\n".utf8)
        try folder.write("latin1.md", bytes: bytes)
        let output = try await SteadyBinary.run(["lint", "latin1.md"], in: folder.path)
        #expect(output.status == 0, "\(output.transcript)")
        #expect(output.stdoutText.contains("latin1.md:5:4: warning:"), "\(output.stdoutText)")
        #expect(output.stdoutText.contains("[invalid-encoding]"))
        #expect(try folder.read("latin1.md") == bytes, "the file is not changed")
    }

    /// Columns are UTF-8 byte columns of the file. For bytes that are not UTF-8 the only meaningful
    /// column is the file's own byte offset (what `cut -b`, an editor in Latin-1 or a hex view
    /// shows), and a run of adjacent bad bytes is one finding.
    @Test("invalid-encoding columns are the file's byte columns")
    func invalidUTF8Columns() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // "Caf\xE9 with Sam, then \xFF\xFE silence." : bad bytes at byte columns 4, 21 and 22.
        let bytes = Array("# 2026-11-28\n\ntemp: yellow\n\nCaf".utf8) + [0xE9] + Array(" with Sam, then ".utf8) + [0xFF, 0xFE] + Array(" silence.\n".utf8)
        try folder.write("latin1.md", bytes: bytes)
        let output = try await SteadyBinary.run(["lint", "latin1.md", "--format", "json"], in: folder.path)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout)) as? [String: Any])
        let columns = (root["findings"] as? [[String: Any]] ?? []).compactMap { $0["column"] as? Int }
        #expect(columns == [4, 21], "\(columns)")
    }

    @Test("an empty file exits 0")
    func emptyFile() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("2026-11-28.md", "")
        try folder.write("blank.md", "\n\n   \n")
        let output = try await SteadyBinary.run(["lint", "2026-11-28.md", "blank.md"], in: folder.path)
        #expect(output.status == 0, "\(output.transcript)")
    }

    @Test("a 20 MB journal completes", .timeLimit(.minutes(5)))
    func largeFile() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var text = ""
        let entry = """
        temp: yellow

        He hasn't answered yet. I keep checking my phone; it is probably the meetings again #no-reply

        regulate: walk, cold water
        evidence:
        - for: he was short with me yesterday
        - against: he said this morning the day would be busy
        fact: he is at work.


        """
        var day = 0
        while text.utf8.count < 20 * 1024 * 1024 {
            let date = String(format: "%04d-%02d-%02d", 2000 + day / 336, 1 + (day / 28) % 12, 1 + day % 28)
            text += "# \(date)\n\n"
            for hour in 8..<20 { text += "## \(String(format: "%02d", hour)):00\n" + entry }
            day += 1
        }
        try folder.write("big.md", text)
        let output = try await SteadyBinary.run(["lint", "big.md", "--format", "json"], in: folder.path, timeLimit: 280)
        #expect(!output.timedOut)
        #expect(output.status == 0, "exit \(output.status); stderr: \(output.stderrText.prefix(2000))")
        #expect(output.stdoutText.contains("\"files\":1"))
    }

    // The hang check is the subprocess's own 30-second kill, counted by the clock. The runner's
    // limit is only a backstop: on 2 cores, in-process tests that parse a million nested quotes
    // hold both of the runner's threads for minutes, and a 1-minute runner limit then expired on
    // a lint that takes 80 ms (CI, session 6).
    @Test("a symbolic link loop in a folder terminates", .timeLimit(.minutes(10)))
    func symlinkLoop() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("journal/2026-11-28.md", "temp: green\n")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.path + "/journal/loop", withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: folder.path + "/journal/up", withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: folder.path + "/journal/a", withDestinationPath: "b")
        try manager.createSymbolicLink(atPath: folder.path + "/journal/b", withDestinationPath: "a")
        let output = try await SteadyBinary.run(["lint", "journal"], in: folder.path, timeLimit: 30)
        #expect(!output.timedOut, "steady lint did not finish on a folder with link loops")
        // The a ↔ b loop is a broken link: reported (exit 2) but not fatal to the walk.
        #expect(output.status == 0 || output.status == 2, "\(output.transcript)")
        #expect(output.stdoutText.contains("1 file checked"), "\(output.transcript)")
    }
}
