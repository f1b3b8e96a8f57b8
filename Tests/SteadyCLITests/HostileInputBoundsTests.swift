import Foundation
import Testing

/// Inputs that once trapped or hung a command (issue 17): year-1 dates, alias bombs, huge phrases,
/// backtracking globs. Each must end quickly with a message, never a signal.
@Suite("hostile input: dates at the range ends, configuration limits, globs")
struct HostileInputBoundsTests {
    static let earlyOnTheFirstDay = "# 0001-01-01\n\n## 01:00 x\n\nreassurance: asked Sam\nreassurance: asked Sam again\n"

    @Test("summary of an entry at 01:00 on 0001-01-01 keeps it on that day")
    func summaryOfYearOne() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("journal.md", Self.earlyOnTheFirstDay)
        for arguments in [["summary", "journal.md"], ["summary", "--format", "json", "journal.md"],
                          ["summary", "--from", "0001-01-01", "--to", "0001-01-07", "--compare", "journal.md"],
                          ["summary", "--last", "4w", "--compare", "journal.md"]] {
            let output = try await SteadyBinary.run(arguments, in: folder.path, timeLimit: 30)
            #expect(output.status == 0, "\(arguments): \(output.transcript)")
            #expect(!output.stdoutText.contains("0000-"), "\(arguments): \(output.transcript)")
        }
        let json = try await SteadyBinary.run(["summary", "--format", "json", "journal.md"], in: folder.path)
        #expect(json.stdoutText.contains(#""from":"0001-01-01""#), "\(json.transcript)")
    }

    @Test("lint names 0001-01-01, not year 0, for an early entry on the first day")
    func lintOfYearOne() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("journal.md", Self.earlyOnTheFirstDay)
        let output = try await SteadyBinary.run(["lint", "journal.md"], in: folder.path, timeLimit: 30)
        #expect(output.status == 0, "\(output.transcript)")
        #expect(output.stdoutText.contains("Twice on Monday 0001-01-01"), "\(output.transcript)")
        #expect(!output.stdoutText.contains("0000-12-31"))
    }

    @Test("summary at the last supported day, --compare included")
    func summaryOfYear9999() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("journal.md", "# 9999-12-31\n\n## 23:59 late\n\ncalm\n")
        let output = try await SteadyBinary.run(["summary", "--from", "9999-12-25", "--to", "9999-12-31", "--compare", "journal.md"],
                                                in: folder.path, timeLimit: 30)
        #expect(output.status == 0, "\(output.transcript)")
    }

    @Test("an alias bomb in a configuration key is refused at once by lint, summary and config --explain")
    func aliasBomb() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        for level in 0..<9 {
            let name = String(UnicodeScalar(UInt8(98 + level))), previous = String(UnicodeScalar(UInt8(97 + level)))
            bomb += "\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]\n"
        }
        bomb += "? *j\n: 1\n"
        _ = try folder.write(".steady.yml", bomb)
        _ = try folder.write("day.md", "# 2026-11-28\n\ncalm\n")
        for arguments in [["lint", "."], ["summary", "."], ["config", "--explain"]] {
            let output = try await SteadyBinary.run(arguments, in: folder.path, timeLimit: 20)
            #expect(!output.timedOut, "\(arguments) hung")
            #expect(output.status == 2, "\(arguments): \(output.transcript)")
            #expect(output.stderrText.contains(".steady.yml:3:12: error: more than 10 YAML aliases"), "\(arguments): \(output.transcript)")
        }
    }

    @Test("a 40,000-word extra phrase is a configuration error, not a crash")
    func hugePhrase() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write(".steady.yml", "catastrophizing:\n  extra-phrases: ['" + Array(repeating: "word", count: 40_000).joined(separator: " ") + "']\n")
        _ = try folder.write("day.md", "# 2026-11-28\n\ncalm\n")
        let output = try await SteadyBinary.run(["lint", "."], in: folder.path, timeLimit: 20)
        #expect(output.status == 2, "\(output.transcript)")
        #expect(output.stderrText.contains(".steady.yml:2:19: error: 'catastrophizing.extra-phrases' has a phrase of 40000 words"), "\(output.transcript)")
    }

    @Test("a backtracking ignore glob over long names finishes at once")
    func backtrackingGlob() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write(".steady.yml", "ignore: ['*a*a*a*a*a*a*a*a*b']\n")
        for index in 0..<50 { _ = try folder.write(String(repeating: "a", count: 200) + "\(index).md", "# 2026-11-28\n\ncalm\n") }
        let output = try await SteadyBinary.run(["lint", "."], in: folder.path, timeLimit: 20)
        #expect(!output.timedOut)
        #expect(output.status == 0, "\(output.transcript)")
        #expect(output.stdoutText.contains("50 files checked"), "\(output.transcript)")
    }
}
