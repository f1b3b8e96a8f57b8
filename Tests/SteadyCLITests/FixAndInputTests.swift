import Foundation
import Testing

@Suite("steady lint --fix")
struct FixTests {
    static let journal = """
    # 2026-11-28 Saturday

    ## 21:40 No reply since lunch #no-reply
    temp: red

    He hasn't answered in two hours. He's going to leave me.

    urge: text him again (resisted)
    regulate: cold water, walk

    ## 23:10 Later
    temp: yellow

    Café closed; walked home. Everything is ruined, and I can't survive this.

    """

    static func modificationTime(_ path: String) throws -> timespec {
        var status = stat()
        guard stat(path, &status) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        #if os(Linux)
        return status.st_mtim
        #else
        return status.st_mtimespec
        #endif
    }

    static func permissions(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test("--fix inserts the scaffold, keeps every line in order and the permissions; a second --fix changes nothing")
    func fixScaffold() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("journal.md", Self.journal)
        #expect(chmod(path, 0o640) == 0)

        let first = try await SteadyBinary.run(["lint", "--fix", "journal.md"], in: folder.path)
        #expect(first.status == 0, "\(first.transcript)")
        #expect(first.stderrText.contains("wrote fixes (evidence scaffolds, field syntax) in 1 file"), "\(first.transcript)")
        let fixed = String(decoding: try folder.read("journal.md"), as: UTF8.self)
        #expect(fixed != Self.journal)
        #expect(fixed.contains("evidence:"))
        #expect(fixed.contains("- for:"))
        #expect(fixed.contains("- against:"))

        // Every original line is still there, in order (the fix only inserts).
        let fixedLines = fixed.split(separator: "\n", omittingEmptySubsequences: false)
        var cursor = fixedLines.startIndex
        for line in Self.journal.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let found = fixedLines[cursor...].firstIndex(of: line) else {
                Issue.record("original line missing or out of order after --fix: \(line)")
                break
            }
            cursor = found + 1
        }
        #expect(try Self.permissions(path) == 0o640, "permissions kept")
        // The claims are examined now: no unsupported-catastrophizing left.
        #expect(!first.stdoutText.contains("[unsupported-catastrophizing]"), "\(first.stdoutText)")

        let before = try folder.read("journal.md")
        let beforeTime = try Self.modificationTime(path)
        let second = try await SteadyBinary.run(["lint", "--fix", "journal.md"], in: folder.path)
        #expect(second.status == 0, "\(second.transcript)")
        #expect(try folder.read("journal.md") == before, "a second --fix is byte-identical")
        let afterTime = try Self.modificationTime(path)
        #expect(afterTime.tv_sec == beforeTime.tv_sec && afterTime.tv_nsec == beforeTime.tv_nsec, "and does not rewrite the file")
        #expect(!second.stderrText.contains("inserted"))
    }

    @Test("without --fix the file is never modified", arguments: ["text", "json", "sarif", "github"])
    func noFixNoWrite(format: String) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("journal.md", Self.journal)
        // An old modification time, so that any rewrite would show.
        var times = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let before = try Self.modificationTime(path)
        let output = try await SteadyBinary.run(["lint", "journal.md", "--format", format], in: folder.path)
        #expect(output.status == 0, "\(output.transcript)")
        #expect(try folder.read("journal.md") == Array(Self.journal.utf8))
        let after = try Self.modificationTime(path)
        #expect(after.tv_sec == before.tv_sec && after.tv_nsec == before.tv_nsec)
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(entries == ["journal.md"], "no stray temporary files: \(entries)")
    }

    @Test("--fix - (standard input) is refused")
    func fixStdinRefused() async throws {
        let output = try await SteadyBinary.run(["lint", "--fix", "-"], stdin: Array(Self.journal.utf8))
        #expect(output.status != 0 && output.status != 1, "\(output.transcript)")
        #expect(output.stderrText.contains("--fix"))
        #expect(output.stdout.isEmpty)
    }
}

@Suite("steady lint input: standard input and --jobs")
struct InputTests {
    @Test("standard input with --stdin-name is a daily note")
    func stdinWithName() async throws {
        let text = "## 21:40 No reply\ntemp: red\n\nHe's going to leave me.\n"
        let named = try await SteadyBinary.run(["lint", "--stdin-name", "2026-11-28.md", "-"], stdin: Array(text.utf8))
        #expect(named.status == 0, "\(named.transcript)")
        #expect(named.stdoutText.contains("2026-11-28.md:4:1: to look at: "), "\(named.stdoutText)")
        #expect(named.stdoutText.contains("[unsupported-catastrophizing]"))
        #expect(!named.stdoutText.contains("[undated-entry]"))

        // Without a dated name the same text has no date: an error.
        let unnamed = try await SteadyBinary.run(["lint", "-"], stdin: Array(text.utf8))
        #expect(unnamed.status == 1, "\(unnamed.transcript)")
        #expect(unnamed.stdoutText.contains("[undated-entry]"))
    }

    @Test("standard input JSON uses the --stdin-name path")
    func stdinJSON() async throws {
        let output = try await SteadyBinary.run(["lint", "--stdin-name", "daily/2026-11-28.md", "--format", "json", "-"],
                                                stdin: Array("temp: purple\n".utf8))
        #expect(output.status == 1)
        #expect(output.stdoutText.contains("\"path\":\"daily/2026-11-28.md\""), "\(output.stdoutText)")
    }

    @Test("--jobs 1 and --jobs 4 give byte-identical output", arguments: ["text", "json", "sarif", "github"])
    func jobsDeterministic(format: String) async throws {
        let one = try await SteadyBinary.run(["lint", "Examples/", "--jobs", "1", "--format", format])
        let four = try await SteadyBinary.run(["lint", "Examples/", "--jobs", "4", "--format", format])
        #expect(one.status == four.status)
        #expect(one.stdout == four.stdout)
        #expect(one.stderr == four.stderr)
    }
}
