import Foundation
import Testing

/// docs/fix-safety.md and the input limits, through the built binary.
@Suite("Fix safety and hostile input (CLI)")
struct FixSafetyCLITests {
    static let claim = "# 2026-11-28\n\nA long day. He's going to leave me.\n"

    @Test("an empty path is a usage error (exit 2) for every command that takes paths, and nothing is read or written",
          arguments: [["lint", "--fix", ""], ["lint", ""], ["summary", ""], ["parse", ""], ["lint", "--fix", ".", ""]])
    func emptyPathIsRefused(arguments: [String]) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A name no other file on the machine has: the old bug rewrote `/<name>`.
        let name = "steady-empty-path-\(UInt64.random(in: 0...UInt64.max)).md"
        _ = try folder.write(name, Self.claim)
        let output = try await SteadyBinary.run(arguments, in: folder.path)
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stderrText.contains("empty path"), "\(output.transcript)")
        #expect(output.stdout.isEmpty)
        #expect(try folder.read(name) == Array(Self.claim.utf8))
        #expect(!FileManager.default.fileExists(atPath: "/" + name), "nothing written outside the named folder")
    }

    @Test("--config \"\" is a usage error (exit 2), not the current folder", arguments: ["lint", "summary"])
    func emptyConfigurationPathIsRefused(command: String) async throws {
        let output = try await SteadyBinary.run([command, "--config", "", "Examples/"])
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stderrText.contains("--config \"\" names no file"), "\(output.transcript)")
        #expect(output.stdout.isEmpty)
    }

    @Test("--fix keeps going past a file it cannot fix, names each, fixes the rest and exits 2")
    func fixKeepsGoing() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("a.md", Self.claim)
        let readOnly = try folder.write("b.md", Self.claim)
        #expect(chmod(readOnly, 0o444) == 0)
        _ = try folder.write("elsewhere/real.txt", Self.claim)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/c.md", withDestinationPath: "elsewhere/real.txt")
        _ = try folder.write("d.md", Self.claim)
        let output = try await SteadyBinary.run(["lint", "--fix", "."], in: folder.path)
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stderrText.contains("b.md is read-only; Steady leaves it as it is"), "\(output.transcript)")
        #expect(output.stderrText.contains("c.md is a symbolic link"), "\(output.transcript)")
        #expect(output.stderrText.contains("wrote fixes (evidence scaffolds, field syntax) in 2 files"), "\(output.transcript)")
        #expect(String(decoding: try folder.read("d.md"), as: UTF8.self).contains("evidence:"))
        #expect(try folder.read("b.md") == Array(Self.claim.utf8))
        #expect(try folder.read("elsewhere/real.txt") == Array(Self.claim.utf8))
        var info = stat()
        #expect(stat(readOnly, &info) == 0 && info.st_mode & 0o7777 == 0o444)
    }

    @Test("a file --fix cannot read is named once, though the run lints again after fixing")
    func unreadableFileIsNamedOnceAfterFixing() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("a.md", Self.claim)
        _ = try folder.write("b.md", "x\u{0}y")
        let output = try await SteadyBinary.run(["lint", "--fix", "--quiet", "."], in: folder.path)
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stderrText.contains("wrote fixes (evidence scaffolds, field syntax) in 1 file"), "\(output.transcript)")
        #expect(output.stderrText.components(separatedBy: "b.md looks like a binary file").count == 2, "\(output.transcript)")
    }

    @Test("a FIFO named on the command line, or found in a folder, is refused at once without blocking")
    func fifoIsRefused() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("notes/a.md", "# 2026-11-28\n\nA quiet evening.\n")
        #expect(mkfifo(folder.path + "/pipe.md", 0o600) == 0)
        #expect(mkfifo(folder.path + "/notes/inside.md", 0o600) == 0)
        for arguments in [["lint", "pipe.md"], ["lint", "notes"], ["summary", "pipe.md"], ["parse", "pipe.md"], ["lint", "--fix", "."]] {
            let output = try await SteadyBinary.run(arguments, in: folder.path, timeLimit: 20)
            #expect(output.status == 2, "\(arguments): \(output.transcript)")
            #expect(output.stderrText.contains("is a FIFO (named pipe), not a journal file"), "\(arguments): \(output.transcript)")
        }
    }

    @Test("/dev/zero is refused at once")
    func deviceIsRefused() async throws {
        // Refused by type (the message names a device), not after reading up to the size limit
        // (which would say "larger than the limit"); no timing, which a loaded machine makes flaky.
        let output = try await SteadyBinary.run(["lint", "/dev/zero"], timeLimit: 20)
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stderrText.contains("/dev/zero is a character device"), "\(output.transcript)")
        #expect(!output.stderrText.contains("larger than the limit"))
    }

    @Test("--jobs 9223372036854775807 neither crashes nor grows without end", arguments: ["lint", "summary", "parse"])
    func hugeJobCount(command: String) async throws {
        let output = try await SteadyBinary.run([command, "--jobs", "9223372036854775807", "Examples/"], timeLimit: 60)
        #expect(output.status == 0 || output.status == 1, "\(output.transcript)")
        #expect(!output.stdout.isEmpty)
    }

    @Test("--help says how --jobs is bounded", arguments: ["lint", "summary", "parse"])
    func jobsHelp(command: String) async throws {
        let output = try await SteadyBinary.run([command, "--help"])
        #expect(output.stdoutText.contains("4 per core"), "\(output.transcript)")
    }
}
