import JournalAnalysis
import JournalFiles
import JournalLint
import SteadyRun
import SteadyTestSupport
import Testing

/// A summary's reading of a folder, in-process.
@Suite("Summary run")
struct SummaryRunTests {
    private func options(_ configuration: LintConfiguration) -> SummaryOptions {
        SummaryOptions(period: .defaultPeriod, compare: false, dayStartsAt: configuration.dayStartsAt,
                       reassuranceLimit: configuration.reassurance.maxPerDay)
    }

    private func journal() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.file(".steady.yml", "reassurance:\n  max-per-day: 3\ncatastrophizing:\n  extra-phrases: [\"stop writing to me\"]\n")
        try folder.file("2026-11-28.md", "# 2026-11-28\n\nMarguerite will stop writing to me.\n\nreassurance: asked if we're okay\n")
        try folder.file("2026-11-29.md", "# 2026-11-29\n\nI asked him again if we're okay.\n")
        try folder.file("binary.md", bytes: Array("# 2026-11-30\n\n".utf8) + [0])
        return folder
    }

    @Test("Digests come from every readable file under the anchor's configuration", arguments: [1, 2])
    func digests(jobs: Int) throws {
        let folder = try journal()
        let run = SummaryRun(input: RunInput(paths: [folder.path]), configurations: try ConfigurationResolver(), jobs: jobs)
        #expect(run.anchor == folder.path)
        var searched = 0
        let read = try run.execute(anchorIsFolder: true, options: options) { _ in searched += 1 }
        #expect(searched == 1)
        #expect(read.options.reassuranceLimit == 3)  // the folder's configuration, not the defaults
        #expect(read.digests.count == 2)
        #expect(read.unreadableFiles == [.binary(path: folder.path + "/binary.md", nulByteOffset: 14)])
        #expect(!read.searchFailed)
        let summary = try #require(SummaryBuilder.build(digests: read.digests, options: read.options))
        // The configuration's extra phrase is the detector's: one claim; one field and one prose act.
        #expect(summary.current.claims.total == 1)
        #expect(summary.current.reassurance.total == 2)
    }

    @Test("A configuration problem stops the reading")
    func configurationProblem() throws {
        let folder = try journal()
        try folder.file(".steady.yml", "reassurance:\n  max-per-dy: 3\n")
        let run = SummaryRun(input: RunInput(paths: [folder.path]), configurations: try ConfigurationResolver(), jobs: 2)
        let thrown = try #require(throws: ConfigurationProblems.self) {
            try run.execute(anchorIsFolder: true, options: options)
        }
        #expect(thrown.problems.count == 1)
        #expect("\(thrown.problems[0])".contains("did you mean 'max-per-day'"))
    }
}
