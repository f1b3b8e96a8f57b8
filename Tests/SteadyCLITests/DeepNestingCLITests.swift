import Foundation
import Testing

/// Files nested a million levels deep (issue 17, item 5) through the built binary: every
/// `parse` format, `lint`, `summary`, and one lint run of ten such files (a pre-commit hook's
/// run of many files crashed once nine were deep). No signal, no hang; the time limits catch a
/// hang, not a slow run. Serialized: each run of the debug binary takes seconds and memory.
@Suite("Deep nesting through the CLI", .serialized)
struct DeepNestingCLITests {
    static let million = 1_000_000
    static let hundredThousand = 100_000

    static let bodies: [(name: String, body: String)] = [
        ("quotes", String(repeating: ">", count: million) + " deep #quoted\n"),
        ("lists", String(repeating: "- ", count: million) + "temp: purple\n"),
        ("emphasis", String(repeating: "*a _a ", count: hundredThousand / 2) + "calm" + String(repeating: " a_ a*", count: hundredThousand / 2) + "\n"),
        ("images", String(repeating: "![", count: hundredThousand) + "calm" + String(repeating: "](u)", count: hundredThousand) + "\n"),
        ("brackets", String(repeating: "[", count: hundredThousand) + "calm" + String(repeating: "](u)", count: hundredThousand) + "\n"),
    ]

    @Test("parse in every format, lint and summary end normally on a deeply nested file",
          .timeLimit(.minutes(10)), arguments: bodies.map(\.name))
    func everyCommand(name: String) async throws {
        let body = try #require(Self.bodies.first { $0.name == name }).body
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("2026-11-28.md", "# 2026-11-28\n\n" + body)
        for arguments in [["parse", "--format", "json"], ["parse", "--format", "tree"], ["parse", "--format", "markdown"],
                          ["lint"], ["summary"]] {
            let output = try await SteadyBinary.run(arguments + ["2026-11-28.md"], in: folder.path, timeLimit: 240)
            #expect(!output.timedOut, "\(arguments)")
            #expect([0, 1].contains(output.status), "\(arguments): exit \(output.status); stderr: \(output.stderrText.prefix(500))")
            #expect(!output.stdout.isEmpty, "\(arguments)")
        }
    }

    @Test("one lint run of ten deeply nested files ends and reports the field at the bottom", .timeLimit(.minutes(10)))
    func tenFilesInOneLint() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (name, body) in Self.bodies {
            for day in [1, 2] { _ = try folder.write("\(name)-\(day).md", "# 2026-11-2\(day)\n\n" + body) }
        }
        let output = try await SteadyBinary.run(["lint", "--format", "json", "."], in: folder.path, timeLimit: 480)
        #expect(!output.timedOut)
        #expect(output.status == 1, "exit \(output.status); stderr: \(output.stderrText.prefix(500))")
        #expect(output.stdoutText.contains("\"files\":10"))
        #expect(output.stdoutText.components(separatedBy: "invalid-field-value").count - 1 == 2)
    }
}
