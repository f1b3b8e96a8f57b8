import Foundation
@testable import JournalFiles
import JournalLint
@testable import SteadyRun
import SteadyTestSupport
import Testing
import WorkSharing

/// The run-level clauses of docs/fix-safety.md: every file is tried, each failure is reported,
/// and a file that changed after it was linted keeps what was written into it.
@Suite("Fix safety: the run")
struct FixSafetyRunTests {
    private static func claim(_ day: Int) -> String { "# 2026-11-\(day)\n\nA long day. He's going to leave me.\n" }

    private func run(_ folder: TemporaryFolder) throws -> LintRun {
        LintRun(input: RunInput(paths: [folder.path]), configurations: try ConfigurationResolver(explicitPath: nil),
                jobs: 2, keepsFixableBytes: true)
    }

    @Test("one file that cannot be fixed (read-only, a symbolic link) does not stop the others; each is reported")
    func keepsGoingAfterAFailure() throws {
        let folder = try TemporaryFolder()
        try folder.file("a/2026-11-20.md", Self.claim(20))
        let readOnly = try folder.file("b/2026-11-21.md", Self.claim(21))
        chmod(readOnly, 0o444)
        let target = try folder.file("elsewhere/2026-11-22.txt", Self.claim(22))
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/b/2026-11-22.md",
                                                   withDestinationPath: target)
        try folder.file("d/2026-11-23.md", Self.claim(23))
        defer { chmod(readOnly, 0o644) }

        var run = try run(folder)
        let report = try run.execute()
        let outcome = run.writeFixes(for: report)
        #expect(outcome.written == 2)
        #expect(outcome.failures == [.readOnly(path: readOnly),
                                     .destinationIsSymbolicLink(path: folder.path + "/b/2026-11-22.md")])
        #expect(try folder.contents("a/2026-11-20.md").contains("evidence:"))
        #expect(try folder.contents("d/2026-11-23.md").contains("evidence:"), "the file after the failures was fixed")
        #expect(try folder.contents("b/2026-11-21.md") == Self.claim(21))
        #expect(try folder.contents("elsewhere/2026-11-22.txt") == Self.claim(22))
    }

    @Test("a line appended to a journal after it was linted is never lost: that file is skipped and named")
    func appendedAfterLintingIsKept() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("2026-11-20.md", Self.claim(20))
        try folder.file("2026-11-21.md", Self.claim(21))
        var run = try run(folder)
        let report = try run.execute()
        // Written between the lint and the fix, as an editor or a sync client would.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("Written at 23:59 while Steady was fixing.\n".utf8))
        handle.closeFile()
        let outcome = run.writeFixes(for: report)
        #expect(outcome.written == 1)
        #expect(outcome.failures == [.changedWhileFixing(path: path)])
        #expect(try folder.contents("2026-11-20.md") == Self.claim(20) + "Written at 23:59 while Steady was fixing.\n")
        #expect(try folder.contents("2026-11-21.md").contains("evidence:"))
    }

    @Test("stale temporary copies beside a fixed file are removed")
    func staleTemporaryCopiesAreRemoved() throws {
        let folder = try TemporaryFolder()
        try folder.file("2026-11-20.md", Self.claim(20))
        let leftover = try folder.file(".2026-11-20.md.steady-k3j9x.tmp", Self.claim(20))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: leftover)
        var run = try run(folder)
        let report = try run.execute()
        let outcome = run.writeFixes(for: report)
        #expect(outcome.written == 1)
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }

    @Test("--jobs is bounded to four per core, however large the request")
    func jobsAreBounded() throws {
        #expect(JobCount.bounded(Int.max) == 4 * JobCount.coreCount)
        #expect(JobCount.bounded(0) == 1)
        #expect(JobCount.bounded(-5) == 1)
        let folder = try TemporaryFolder()
        try folder.file("2026-11-20.md", Self.claim(20))
        var run = LintRun(input: RunInput(paths: [folder.path]), configurations: try ConfigurationResolver(explicitPath: nil),
                          jobs: Int.max)
        #expect(run.jobs == JobCount.maximum)
        #expect(try run.execute().findings.contains { $0.ruleID == "unsupported-catastrophizing" })
        #expect(pipelineMap(jobs: Int.max, produce: { handOver in for item in 0..<3 { handOver(item) } }) { item, _, _ in item * 2 } == [0, 2, 4])
        #expect(parallelMap(count: 3, jobs: Int.max) { $0 } == [0, 1, 2])
    }
}
