import Foundation
import JournalFiles
import JournalLint
import JournalModel
import SteadyRun
import SteadyTestSupport
import Testing

/// The folder is context: a file linted alone sees the other files of its journal days, and
/// reports the same day findings for itself as linting the whole folder does.
@Suite("Day context")
struct DayContextTests {
    /// Three daily notes around midnight (days start at 04:00 by default; the limit is one ask a
    /// day): 11-04 21:00 asks once; 11-05 01:30 asks again for 11-04 (a finding in 11-05), and
    /// 11-05 10:00 asks once for 11-05; 11-06 02:00 asks again for 11-05 (a finding in 11-06).
    private func dailyNotes() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.file("journal/2026-11-04.md", "## 21:00 No reply\nreassurance: asked if we're okay\n")
        try folder.file("journal/2026-11-05.md", "## 01:30 Still up\nreassurance: texted him again\n\n## 10:00 Coffee\nreassurance: asked Noor if it's normal\n")
        try folder.file("journal/2026-11-06.md", "## 02:00 Can't sleep\nI asked him again if he still loves me.\n")
        try folder.file("journal/2026-11-09.md", "## 09:00 Calm\nreassurance: asked once\n")
        return folder
    }

    private func lint(_ paths: [String], in folder: TemporaryFolder, dayContext: Bool = true) throws -> [Finding] {
        var run = LintRun(input: RunInput(paths: paths.map { folder.path + "/" + $0 }), configurations: try ConfigurationResolver(),
                          jobs: 2, usesDayContext: dayContext)
        return try run.execute().findings.filter { $0.ruleID == "excessive-reassurance" }
    }

    private func places(_ findings: [Finding], in folder: TemporaryFolder) -> [String] {
        findings.map { "\($0.path.dropFirst(folder.path.count + 1)):\($0.range.lowerBound.line) \($0.message.prefix(40))" }
    }

    @Test("Each file linted alone reports exactly the day findings the folder run reports for it")
    func sameAsTheFolder() throws {
        let folder = try dailyNotes()
        let whole = try lint(["journal"], in: folder)
        #expect(places(whole, in: folder) == [
            "journal/2026-11-05.md:2 reassurance sought 2 times on 2026-11-04",
            "journal/2026-11-06.md:2 reassurance sought 2 times on 2026-11-05",
        ])
        for name in ["2026-11-04.md", "2026-11-05.md", "2026-11-06.md", "2026-11-09.md"] {
            let alone = try lint(["journal/" + name], in: folder)
            #expect(places(alone, in: folder) == places(whole.filter { $0.path.hasSuffix(name) }, in: folder), "\(name)")
            #expect(alone.map(\.message) == whole.filter { $0.path.hasSuffix(name) }.map(\.message))
        }
        // Without the context the first file loses its finding: the check can fail.
        #expect(try lint(["journal/2026-11-05.md"], in: folder, dayContext: false).isEmpty)
    }

    @Test("Findings in a neighbour are never reported: only the files asked for")
    func onlyTheFilesAskedFor() throws {
        let folder = try dailyNotes()
        let findings = try lint(["journal/2026-11-05.md"], in: folder)
        #expect(findings.count == 1)
        #expect(findings.allSatisfy { $0.path.hasSuffix("journal/2026-11-05.md") })
    }

    @Test("The 04:00 boundary: 03:59 still counts for the day before, 04:00 starts the new day", arguments: [
        ("03:59", true), ("04:00", false),
    ])
    func dayStartBoundary(time: String, countsForTheDayBefore: Bool) throws {
        let folder = try TemporaryFolder()
        try folder.file("j/2026-11-04.md", "## 22:00\nreassurance: asked if we're okay\n")
        try folder.file("j/2026-11-05.md", "## \(time)\nreassurance: asked again\n")
        let findings = try lint(["j/2026-11-05.md"], in: folder)
        #expect(findings.count == (countsForTheDayBefore ? 1 : 0))
        // The other way round too: the early ask is context for the evening's file.
        try folder.file("j/2026-11-04.md", "## 22:00\nreassurance: asked if we're okay\n\n## 23:00\nreassurance: and again\n")
        let evening = try lint(["j/2026-11-04.md"], in: folder)
        #expect(evening.first?.message.contains(countsForTheDayBefore ? "sought 3 times" : "sought 2 times") == true)
    }

    @Test("A configured day start moves the boundary for the context too")
    func configuredDayStart() throws {
        let folder = try TemporaryFolder()
        try folder.file("j/.steady.yml", "day-starts-at: \"06:00\"\n")
        try folder.file("j/2026-11-04.md", "## 22:00\nreassurance: asked if we're okay\n")
        try folder.file("j/2026-11-05.md", "## 05:00\nreassurance: asked again\n")
        #expect(try lint(["j/2026-11-05.md"], in: folder).count == 1)
    }

    @Test("A monthly file and a daily note share the days at its ends and in it")
    func monthlyFile() throws {
        let folder = try TemporaryFolder()
        try folder.file("j/2026-11.md", "# November 2026\n\n# 2026-11-05\n\n## 10:00\nreassurance: asked once\n\n# 2026-11-30\n\n## 22:00\nreassurance: asked if we're okay\n")
        try folder.file("j/2026-11-05.md", "## 09:00\nreassurance: asked first thing\n")
        try folder.file("j/2026-12-01.md", "## 01:00\nreassurance: asked again\n")
        // The daily note after the month's end: its 01:00 ask is the second of 2026-11-30.
        let december = try lint(["j/2026-12-01.md"], in: folder)
        #expect(places(december, in: folder) == ["j/2026-12-01.md:2 reassurance sought 2 times on 2026-11-30"])
        // The monthly file alone: its 10:00 ask on 11-05 is the second, after the daily note's 09:00.
        let month = try lint(["j/2026-11.md"], in: folder)
        #expect(places(month, in: folder) == ["j/2026-11.md:6 reassurance sought 2 times on 2026-11-05"])
        let whole = try lint(["j"], in: folder)
        #expect(places(whole, in: folder) == places(month + december, in: folder))
    }

    @Test("A folder named for a year: the neighbouring year's folder is context at the year's end")
    func yearFolders() throws {
        let folder = try TemporaryFolder()
        try folder.file("daily/2026/2026-12-31.md", "## 23:00\nreassurance: asked if we're okay\n")
        try folder.file("daily/2027/2027-01-01.md", "## 01:00\nreassurance: asked again\n")
        #expect(try lint(["daily/2027/2027-01-01.md"], in: folder).count == 1)
    }

    @Test("Month folders: a night that crosses a month's end sees the other month's folder", arguments: [
        ("j/2026/11/2026-11-30.md", "j/2026/12/2026-12-01.md"),
        ("j/2026/11/30.md", "j/2026/12/01.md"),
        ("j/2026/11-November/30.md", "j/2026/12-December/01-night.md"),
        ("j/2026/2026-11/2026-11-30.md", "j/2026/2026-12/2026-12-01.md"),
        // A year's end: the next year's folder, then its first month's.
        ("j/2026/12/31.md", "j/2027/01/01.md"),
        ("j/2026/12-December/2026-12-31.md", "j/2027/01-January/2027-01-01.md"),
    ])
    func monthFolders(evening: String, night: String) throws {
        let folder = try TemporaryFolder()
        let eveningDate = JournalFileName(path: evening), nightDate = JournalFileName(path: night)
        guard case .daily(let first)? = eveningDate, case .daily(let second)? = nightDate else {
            Issue.record("\(evening) or \(night) names no date")
            return
        }
        // The notes carry no date heading: their folders date them (or their names do).
        try folder.file(evening, "## 22:00\nreassurance: asked if we're okay\n")
        try folder.file(night, "## 01:30\nreassurance: texted him again\n")
        #expect(places(try lint([night], in: folder), in: folder) == ["\(night):2 reassurance sought 2 times on \(first)"])
        // The other way round: the evening's file, with a second ask, counts the night's too.
        try folder.file(evening, "## 22:00\nreassurance: asked if we're okay\n\n## 23:00\nreassurance: and again\n")
        let eveningFindings = try lint([evening], in: folder)
        #expect(eveningFindings.first?.message.contains("sought 3 times on \(first)") == true, "\(places(eveningFindings, in: folder))")
        // Without the context the night's file loses its finding: the check can fail.
        #expect(try lint([night], in: folder, dayContext: false).isEmpty)
        #expect(second == first.addingWithinRange(days: 1))
    }

    @Test("Only the same journal's files are context: never a folder with a configuration of its own, or none where the file has one")
    func onlyTheSameJournal() throws {
        let folder = try TemporaryFolder()
        // `j/2026/` is a journal of its own (its configuration file); `j/2027/` is outside it.
        try folder.file("j/2026/.steady.yml", "reassurance:\n  max-per-day: 1\n")
        try folder.file("j/2026/12/31.md", "## 22:00\nreassurance: asked if we're okay\n")
        try folder.file("j/2027/01/01.md", "## 01:30\nreassurance: texted him again\n")
        #expect(try lint(["j/2027/01/01.md"], in: folder).isEmpty)
        // Without that configuration file both are one journal (the check can fail).
        try FileManager.default.removeItem(atPath: folder.path + "/j/2026/.steady.yml")
        #expect(try lint(["j/2027/01/01.md"], in: folder).count == 1)
        // A month folder with a configuration of its own is another journal too.
        try folder.file("k/.steady.yml", "reassurance:\n  max-per-day: 1\n")
        try folder.file("k/2026/11/30.md", "## 22:00\nreassurance: asked if we're okay\n")
        try folder.file("k/2026/12/01.md", "## 01:30\nreassurance: texted him again\n")
        #expect(try lint(["k/2026/12/01.md"], in: folder).count == 1)
        try folder.file("k/2026/12/.steady.yml", "reassurance:\n  max-per-day: 1\n")
        #expect(try lint(["k/2026/12/01.md"], in: folder).isEmpty)
    }

    @Test("Files the configuration ignores and files without a date in the name are not context")
    func ignoredAndUndatedNames() throws {
        let folder = try TemporaryFolder()
        try folder.file("j/.steady.yml", "ignore: [\"*.draft.md\"]\n")
        try folder.file("j/2026-11-04.draft.md", "## 21:00\nreassurance: asked if we're okay\n")
        try folder.file("j/notes.md", "# 2026-11-04\n\n## 22:00\nreassurance: asked again\n")
        try folder.file("j/2026-11-05.md", "## 01:30\nreassurance: asked again\n")
        #expect(try lint(["j/2026-11-05.md"], in: folder).isEmpty)
    }

    @Test("Paths relative to the current folder find the same neighbours", arguments: [false, true])
    func neighbourNames(relative: Bool) throws {
        let folder = try dailyNotes()
        try folder.file("journal/2026-11-05-evening.md", "## 20:00\nnothing asked\n")
        try folder.file("journal/2026-10.md", "# 2026-10-31\n")
        try folder.file("journal/2026-11.md", "# 2026-11-01\n")
        try folder.file("journal/2026-11-05.txt", "not a journal\n")
        let finder = JournalFileFinder(currentDirectory: folder.path)
        var neighbours = JournalDayNeighbours(finder: finder)
        let base = relative ? "journal" : folder.path + "/journal"
        let found = neighbours.paths(near: base + "/2026-11-05.md", dates: [JournalDate("2026-11-05")!])
        #expect(found == ["2026-11-04.md", "2026-11-05-evening.md", "2026-11-06.md", "2026-11.md"].map { base + "/" + $0 })
        #expect(neighbours.paths(near: base + "/2026-11-05.md", dates: []).isEmpty)
    }

    @Test("What a file's name dates", arguments: [
        ("daily/2026-11-28.md", JournalFileName.daily(JournalDate("2026-11-28")!)),
        ("2026-11-28-evening.md", .daily(JournalDate("2026-11-28")!)),
        ("2026-11.md", .monthly(year: 2026, month: 11)),
        ("journal/2026-11 November.md", .monthly(year: 2026, month: 11)),
        ("2026-11-1.md", nil), ("2026-13.md", nil), ("2026-02-30.md", nil), ("2026-110.md", nil),
        ("notes.md", nil), ("11-2026.md", nil), ("202-11.md", nil),
        // Filed by date in folders: `YYYY/MM/DD.md`, with a month folder's name or `YYYY-MM`.
        ("j/2026/11/30.md", .daily(JournalDate("2026-11-30")!)),
        ("2026/11/30-evening.md", .daily(JournalDate("2026-11-30")!)),
        ("j/2026/11-November/01.md", .daily(JournalDate("2026-11-01")!)),
        ("j/2026/2026-11/01.md", .daily(JournalDate("2026-11-01")!)),
        ("j/2026/2025-11/01.md", nil), ("j/2026/13/01.md", nil), ("j/2026/02/30.md", nil),
        ("j/notes/11/30.md", nil), ("j/2026/11/3.md", nil), ("j/2026/11/300.md", nil), ("11/30.md", nil),
    ] as [(String, JournalFileName?)])
    func fileNames(path: String, named: JournalFileName?) {
        #expect(JournalFileName(path: path) == named)
    }

    /// Lints one document's bytes with its day context as `steady lsp` does (`DocumentLinter`):
    /// the same engine for the document and the context, then `finish`.
    private func lintDocument(_ path: String, _ bytes: [UInt8], context: inout DayContext,
                              openDocuments: [String: [UInt8]] = [:]) -> LintReport {
        let engine = LintEngine()
        let journal = JournalLoader().build(bytes, displayPath: path)
        let dates = JournalDayNeighbours.dates(of: journal)
        let (configuration, analyzer) = context.configurations.settings(for: .file(path: path))
        let result = engine.lint(journal, configuration: configuration, analyzer: analyzer)
        let neighbours = context.results(around: [.init(path: path, dates: dates)], engine: engine, openDocuments: openDocuments)
        return engine.finish([result], context: neighbours)
    }

    @Test("An editor's open documents replace the files on disk, and count when not saved yet")
    func openDocuments() throws {
        let folder = try dailyNotes()
        let path = folder.path + "/journal/2026-11-05.md"
        let bytes = Array("## 01:30 Still up\nreassurance: texted him again\n".utf8)
        var context = DayContext(configurations: .discovering())
        // On disk, 11-04 asked once: the 01:30 ask is the second.
        let onDisk = lintDocument(path, bytes, context: &context)
        #expect(onDisk.findings.filter { $0.ruleID == "excessive-reassurance" }.count == 1)
        #expect(onDisk.findings.allSatisfy { $0.path == path })
        // The editor has 11-04 open with its ask deleted: no finding.
        let quiet = [folder.path + "/journal/2026-11-04.md": Array("## 21:00 No reply\nquiet\n".utf8)]
        #expect(lintDocument(path, bytes, context: &context, openDocuments: quiet).findings.filter { $0.ruleID == "excessive-reassurance" }.isEmpty)
        // An unsaved 11-04 evening note, open after the folder was listed, counts; one for 11-02 does not.
        var unsaved = quiet
        unsaved[folder.path + "/journal/2026-11-04-evening.md"] = Array("## 23:00\nreassurance: asked Noor\n".utf8)
        unsaved[folder.path + "/journal/2026-11-02.md"] = Array("## 23:00\nreassurance: asked Noor\nreassurance: and again\n".utf8)
        let report = lintDocument(path, bytes, context: &context, openDocuments: unsaved)
        #expect(report.findings.filter { $0.ruleID == "excessive-reassurance" }.map(\.range.lowerBound.line) == [2])
        #expect(report.findings.filter { $0.ruleID == "excessive-reassurance" }.first?.message.contains("2 times on 2026-11-04") == true)
        #expect(report.fileCount == 1)
    }

    @Test("A context kept between lints reads a file again when its text changes, and lists folders again after forget()")
    func rememberedFiles() throws {
        let folder = try dailyNotes()
        let path = folder.path + "/journal/2026-11-05.md"
        let bytes = Array("## 01:30 Still up\nreassurance: texted him again\n".utf8)
        var context = DayContext(configurations: .discovering(), remembersFiles: true)
        let count = { (report: LintReport) in report.findings.filter { $0.ruleID == "excessive-reassurance" }.count }
        #expect(count(lintDocument(path, bytes, context: &context)) == 1)
        // The day before, saved again without its ask: what was remembered of it no longer holds.
        try folder.file("journal/2026-11-04.md", "## 21:00 No reply\nquiet\n")
        #expect(count(lintDocument(path, bytes, context: &context)) == 0)
        // A note saved since the folder was listed is seen once the context forgets.
        try folder.file("journal/2026-11-04-late.md", "## 23:30\nreassurance: asked again\n")
        #expect(count(lintDocument(path, bytes, context: &context)) == 0)
        context.forget()
        #expect(count(lintDocument(path, bytes, context: &context)) == 1)
    }

    @Test("A file on disk whose stamp did not change is not read again")
    func unchangedFilesAreNotRead() throws {
        let folder = try dailyNotes()
        let path = folder.path + "/journal/2026-11-05.md"
        let bytes = Array("## 01:30 Still up\nreassurance: texted him again\n".utf8)
        var context = DayContext(configurations: .discovering(), remembersFiles: true)
        #expect(lintDocument(path, bytes, context: &context).findings.filter { $0.ruleID == "excessive-reassurance" }.count == 1)
        // The day before rewritten in place, same size and modification time: only reading it
        // would show that its ask is gone, so the finding staying shows it was not read.
        let before = folder.path + "/journal/2026-11-04.md"
        var status = stat()
        #expect(stat(before, &status) == 0)
        let quiet = "## 21:00 No reply\nno asks, just a quiet note here.\n"
        let original = try String(contentsOfFile: before, encoding: .utf8)
        #expect(quiet.utf8.count == original.utf8.count)
        let handle = try #require(FileHandle(forWritingAtPath: before))
        handle.write(Data(quiet.utf8))
        try handle.close()
        var times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, before, &times, 0) == 0)
        #expect(lintDocument(path, bytes, context: &context).findings.filter { $0.ruleID == "excessive-reassurance" }.count == 1)
        // A context that does not remember reads it.
        var fresh = DayContext(configurations: .discovering())
        #expect(lintDocument(path, bytes, context: &fresh).findings.filter { $0.ruleID == "excessive-reassurance" }.isEmpty)
    }

    @Test("An open document's own lint stands for it as context while its text is the same")
    func rememberedOpenDocument() throws {
        let folder = try dailyNotes()
        let path = folder.path + "/journal/2026-11-05.md"
        let bytes = Array("## 01:30 Still up\nreassurance: texted him again\n".utf8)
        let neighbour = folder.path + "/journal/2026-11-04.md"
        let shown = Array("## 21:00 No reply\nquiet\n".utf8)
        var context = DayContext(configurations: .discovering(), remembersFiles: true)
        let asks = { (report: LintReport) in report.findings.filter { $0.ruleID == "excessive-reassurance" }.count }
        #expect(asks(lintDocument(path, bytes, context: &context, openDocuments: [neighbour: shown])) == 0)
        // What the editor's lint of the open 11-04 found (here, a text with an ask, to tell the
        // two apart) is what the context holds for it while its bytes are the ones linted...
        let engine = LintEngine()
        let (configuration, analyzer) = context.configurations.settings(for: .file(path: neighbour))
        let asking = engine.lint(JournalLoader().build(Array("## 21:00 No reply\nreassurance: asked\n".utf8), displayPath: neighbour),
                                 configuration: configuration, analyzer: analyzer)
        context.remember(asking.asContext, forOpenDocument: neighbour, bytes: shown)
        #expect(asks(lintDocument(path, bytes, context: &context, openDocuments: [neighbour: shown])) == 1)
        // ...and collected again from the text once the bytes change.
        let edited = Array("## 21:00 No reply\nquiet.\n".utf8)
        #expect(asks(lintDocument(path, bytes, context: &context, openDocuments: [neighbour: edited])) == 0)
    }
}
