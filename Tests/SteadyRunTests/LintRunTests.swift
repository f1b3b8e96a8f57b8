import Foundation
import JournalFiles
import JournalLint
import SteadyRun
import SteadyTestSupport
import Testing

/// A lint run over a folder, in-process, through the library the CLI uses.
@Suite("Lint run")
struct LintRunTests {
    private static let claim = "# 2026-11-28\n\nA long day. He's going to leave me.\n"
    private static let quiet = "# 2026-11-29\n\nA quiet evening with a book.\n"

    /// A journal folder: two files with a worst-case thought (one in a subfolder whose
    /// configuration turns the rule off), a calm one, a binary one and an ignored one.
    private func journal() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.file(".steady.yml", "ignore: \"*.draft.md\"\n")
        try folder.file("2026-11-28.md", Self.claim)
        try folder.file("2026-11-29.md", Self.quiet)
        try folder.file("binary.md", bytes: Array("# 2026-11-30\n\n".utf8) + [0, 1, 2])
        try folder.file("2026-12-01.draft.md", Self.claim)
        try folder.file("work/.steady.yml", "rules:\n  unsupported-catastrophizing: off\n")
        try folder.file("work/2026-12-02.md", Self.claim.replacingOccurrences(of: "11-28", with: "12-02"))
        return folder
    }

    private func run(_ paths: [String], config: String? = nil, jobs: Int = 2, fix: Bool = false) throws -> LintRun {
        LintRun(input: RunInput(paths: paths), configurations: try ConfigurationResolver(explicitPath: config),
                jobs: jobs, keepsFixableBytes: fix)
    }

    @Test("Findings come per file under each file's configuration; unreadable and ignored files are reported",
          arguments: [1, 2])
    func findingsAndErrors(jobs: Int) throws {
        let folder = try journal()
        // The draft is named too: an ignored file named on the command line is reported.
        var run = try run([folder.path, folder.path + "/2026-12-01.draft.md"], jobs: jobs)
        var searches: [JournalFileSearch] = []
        let report = try run.execute { searches.append($0) }

        let catastrophizing = report.findings.filter { $0.ruleID == "unsupported-catastrophizing" }
        #expect(catastrophizing.map(\.path) == [folder.path + "/2026-11-28.md"])
        #expect(catastrophizing.first?.range.lowerBound.line == 3)
        #expect(catastrophizing.first?.fix != nil)
        #expect(!report.findings.contains { $0.path.contains("draft") })

        #expect(run.sources?.count == 4)  // the ignored draft is not a source
        #expect(run.unreadableFiles == [.binary(path: folder.path + "/binary.md", nulByteOffset: 14)])
        #expect(run.readFailed && !run.searchFailed)
        #expect(searches.count == 1)
        #expect(searches.first?.ignoredFiles == [folder.path + "/2026-12-01.draft.md"])
        #expect(searches.first?.errors.isEmpty == true)
    }

    @Test("A path that does not exist fails the search, not the run")
    func missingPath() throws {
        let folder = try journal()
        var run = try run([folder.path + "/2026-11-29.md", folder.path + "/missing.md"])
        var errors: [JournalFileError] = []
        let report = try run.execute { errors += $0.errors }
        #expect(errors == [.noSuchFileOrFolder(path: folder.path + "/missing.md")])
        #expect(run.searchFailed && !run.readFailed)
        #expect(report.findings.isEmpty)
    }

    @Test("An invalid configuration stops the run with its problems, located in the file")
    func configurationProblems() throws {
        let folder = try journal()
        try folder.file("work/.steady.yml", "rules:\n  unsupported-catastrophising: off\n")
        var run = try run([folder.path])
        let thrown = try #require(throws: ConfigurationProblems.self) { try run.execute() }
        #expect(thrown.problems.count == 1)
        let message = "\(thrown.problems[0])"
        #expect(message.hasPrefix(folder.path + "/work/.steady.yml:2:3: error:"))
        #expect(message.contains("did you mean 'unsupported-catastrophizing'"))
    }

    @Test("--config applies to every file, its own folder's configuration or not; a missing one is an error at once")
    func explicitConfiguration() throws {
        let folder = try journal()
        try folder.file("strict.yml", "fail-on: note\n")
        let resolver = try ConfigurationResolver(explicitPath: folder.path + "/strict.yml")
        #expect(resolver.configuration(forFileAt: folder.path + "/work/2026-12-02.md").failOn == .atLeast(.note))
        #expect(resolver.failOn == .atLeast(.note))
        #expect(throws: ConfigurationError.self) { try ConfigurationResolver(explicitPath: folder.path + "/nowhere.yml") }
    }

    @Test("Fixes are written to the files, and a second pass over the same files finds them examined")
    func fix() throws {
        let folder = try journal()
        var run = try run([folder.path], fix: true)
        let first = try run.execute()
        #expect(run.fixes(in: first).map(\.path) == [folder.path + "/2026-11-28.md"])
        #expect(run.writeFixes(for: first).written == 1)

        let fixed = try folder.contents("2026-11-28.md")
        #expect(fixed.hasPrefix(Self.claim))
        #expect(fixed.contains("evidence:"))
        #expect(try folder.contents("work/2026-12-02.md") == Self.claim.replacingOccurrences(of: "11-28", with: "12-02"))

        var searches = 0
        let second = try run.execute { _ in searches += 1 }
        #expect(searches == 0)  // the second pass lints the files the first one found
        #expect(!second.findings.contains { $0.ruleID == "unsupported-catastrophizing" })
        #expect(run.fixes(in: second).isEmpty)
        #expect(run.writeFixes(for: second).written == 0)
    }

    @Test("Without keeping fixable bytes there is nothing to write")
    func noFixWithoutBytes() throws {
        let folder = try journal()
        var run = try run([folder.path])
        let report = try run.execute()
        #expect(report.findings.contains { $0.fix != nil })
        #expect(run.fixes(in: report).isEmpty)
        #expect(try folder.contents("2026-11-28.md") == Self.claim)
    }
}
