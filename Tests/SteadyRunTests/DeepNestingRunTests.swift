import JournalAnalysis
import JournalFiles
import JournalLint
import SteadyRun
import SteadyTestSupport
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

    @Test("lint and summary read ten deeply nested files and report what is at the bottom", .timeLimit(.minutes(8)))
    func lintAndSummary() async throws {
        let folder = try Self.deepJournals()
        let path = folder.path
        // Computed off the cooperative pool (`offThePool`): minutes in a debug build.
        let (fileCount, unreadable, invalid, claims, digests, unreadableInSummary) = try await offThePool {
            var lint = LintRun(input: RunInput(paths: [path]), configurations: try ConfigurationResolver(), jobs: 2)
            let report = try lint.execute()
            let summary = SummaryRun(input: RunInput(paths: [path]), configurations: try ConfigurationResolver(), jobs: 2)
            let read = try summary.execute(anchorIsFolder: true) { configuration in
                SummaryOptions(period: .defaultPeriod, compare: false, dayStartsAt: configuration.dayStartsAt,
                               reassuranceLimit: configuration.reassurance.maxPerDay)
            }
            return (report.fileCount, lint.unreadableFiles.count,
                    report.findings.filter { $0.ruleID == "invalid-field-value" }.map(\.path).sorted(),
                    report.findings.filter { $0.ruleID == "unsupported-catastrophizing" }.count,
                    read.digests.count, read.unreadableFiles.count)
        }
        #expect(fileCount == 10)
        #expect(unreadable == 0)
        // The field under a million list levels is read and checked.
        #expect(invalid == [path + "/lists-1.md", path + "/lists-2.md"])
        // Quoted words are someone else's: no claim is reported for them.
        #expect(claims == 0)
        #expect(digests == 10)
        #expect(unreadableInSummary == 0)
    }
}
