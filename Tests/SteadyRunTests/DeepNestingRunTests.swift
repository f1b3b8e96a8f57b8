import JournalAnalysis
import JournalFiles
import JournalLint
import SteadyRun
import Testing

/// Journals nested a million levels deep (issue 17, item 5), through the library the CLI uses:
/// parse → model → lint → summary. Freeing one such tree overflowed the stack; a lint run of
/// nine or more such files crashed. The time limit catches a hang, not a slow run.
@Suite("Deep nesting in a run")
struct DeepNestingRunTests {
    /// Ten files: a million nested `>` and `- `, a hundred thousand nested emphases, images
    /// and brackets, twice each.
    static func deepJournals() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let million = 1_000_000
        let hundredThousand = 100_000
        let bodies = [
            "quotes": String(repeating: ">", count: million) + " He's going to leave me. #quoted\n",
            "lists": String(repeating: "- ", count: million) + "temp: purple\n",
            "emphasis": String(repeating: "*a _a ", count: hundredThousand / 2) + "calm" + String(repeating: " a_ a*", count: hundredThousand / 2) + "\n",
            "images": String(repeating: "![", count: hundredThousand) + "calm" + String(repeating: "](u)", count: hundredThousand) + "\n",
            "brackets": String(repeating: "[", count: hundredThousand) + "calm\n",
        ]
        for (name, body) in bodies {
            for day in [1, 2] {
                try folder.file("\(name)-\(day).md", "# 2026-11-2\(day)\n\n" + body)
            }
        }
        return folder
    }

    @Test("lint and summary read ten deeply nested files and report what is at the bottom", .timeLimit(.minutes(5)))
    func lintAndSummary() throws {
        let folder = try Self.deepJournals()
        var lint = LintRun(input: RunInput(paths: [folder.path]), configurations: try ConfigurationResolver(), jobs: 2)
        let report = try lint.execute()
        #expect(report.fileCount == 10)
        #expect(lint.unreadableFiles.isEmpty)
        // The field under a million list levels is read and checked.
        let invalid = report.findings.filter { $0.ruleID == "invalid-field-value" }.map(\.path).sorted()
        #expect(invalid == [folder.path + "/lists-1.md", folder.path + "/lists-2.md"])
        // Quoted words are someone else's: no claim is reported for them.
        #expect(!report.findings.contains { $0.ruleID == "unsupported-catastrophizing" })

        let summary = SummaryRun(input: RunInput(paths: [folder.path]), configurations: try ConfigurationResolver(), jobs: 2)
        let read = try summary.execute(anchorIsFolder: true) { configuration in
            SummaryOptions(period: .defaultPeriod, compare: false, dayStartsAt: configuration.dayStartsAt,
                           reassuranceLimit: configuration.reassurance.maxPerDay)
        }
        #expect(read.digests.count == 10)
        #expect(read.unreadableFiles.isEmpty)
    }
}
