import Foundation
import Testing

@Suite("steady new", .enabled(if: SteadyBinary.exists, "steady binary not built"))
struct NewCommandTests {
    @Test("EDITOR=true: the entry is written and steady exits 0; without an editor it prints path:line")
    func editorAndPrintedPlace() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let edited = try await SteadyBinary.run(["new", "--date", "2026-12-01", "--time", "01:30", "Can't sleep"], in: folder.path,
                                                environment: ["EDITOR": "true", "VISUAL": "", "HOME": folder.path])
        #expect(edited.status == 0, "\(edited.transcript)")
        let written = try String(contentsOfFile: folder.path + "/2026-11-30.md", encoding: .utf8)
        #expect(written.hasPrefix("# 2026-11-30 Monday\n\n## 2026-12-01 01:30 Can't sleep\n"))
        let printed = try await SteadyBinary.run(["new", "--date", "2026-11-30", "--time", "22:00", "--no-edit"], in: folder.path)
        #expect(printed.status == 0, "\(printed.transcript)")
        #expect(printed.stdoutText == "2026-11-30.md:3\n")
        #expect(try String(contentsOfFile: folder.path + "/2026-11-30.md", encoding: .utf8).contains("## 22:00\n"))
    }

    @Test("--print writes nothing and prints the entry")
    func printOnly() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = try await SteadyBinary.run(["new", "--date", "2026-11-28", "--time", "21:40", "--print", "--tag", "no-reply"], in: folder.path)
        #expect(output.status == 0, "\(output.transcript)")
        #expect(output.stdoutText.hasPrefix("## 21:40 #no-reply\n\n<!-- What happened?"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("an editor that fails or is missing: exit 1, and the entry is still saved")
    func failingEditor() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = try await SteadyBinary.run(["new", "--date", "2026-11-28", "--time", "21:40"], in: folder.path,
                                                environment: ["VISUAL": "steady-no-such-editor-here"])
        #expect(output.status == 1)
        #expect(output.stderrText.contains("your entry is saved at 2026-11-28.md:3"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/2026-11-28.md"))
    }

    @Test("a bad --date or --time is a usage error (exit 2)")
    func badClock() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = try await SteadyBinary.run(["new", "--date", "2026-02-30", "--print"], in: folder.path)
        #expect(output.status == 2)
        #expect(output.stderrText.contains("--date"))
    }
}
