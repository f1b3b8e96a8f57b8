import Foundation
import JournalFiles
import JournalLint
import JournalModel
@testable import SteadyRun
import SteadyTestSupport
import Testing

/// `steady new`'s placing: the right file for the moment, the right place in it, the file's own
/// order kept, nothing the writer wrote changed.
@Suite("steady new: placing an entry")
struct NewEntryTests {
    private func request(_ date: String, _ time: String, title: String = "", tags: [String] = [], template: String? = nil) -> NewEntryRequest {
        NewEntryRequest(date: JournalDate(date)!, time: TimeOfDay(time)!, title: title, tags: tags, templateName: template)
    }

    private func configuration(_ yaml: String, in folder: TemporaryFolder) throws -> LintConfiguration {
        try folder.file(".steady.yml", yaml)
        return try ConfigurationResolver().configuration(forFileAt: folder.path, isFolder: true)
    }

    private func text(_ entry: NewEntry) -> String { String(decoding: entry.bytes, as: UTF8.self) }

    private func line(_ entry: NewEntry, _ number: Int) -> String {
        String(text(entry).split(separator: "\n", omittingEmptySubsequences: false)[number - 1])
    }

    @Test("a new daily note: the file, its day heading and the entry, from the built-in template")
    func createsDailyNote() throws {
        let folder = try TemporaryFolder()
        let entry = try NewEntry.plan(request("2026-11-28", "21:40", title: "No reply", tags: ["no-reply", "#partner-busy"]),
                                      configuration: .default, currentDirectory: folder.path)
        #expect(entry.path == "2026-11-28.md")
        #expect(entry.original == nil)
        #expect(entry.line == 3)
        #expect(line(entry, 1) == "# 2026-11-28 Saturday")
        #expect(line(entry, 3) == "## 21:40 No reply #no-reply #partner-busy")
        for prompt in ["What happened", "The story I told myself", "temp:", "for my body first", "evidence:", "- for:", "- against:", "urge:"] {
            #expect(text(entry).contains(prompt), "the built-in template walks the practice: \(prompt)")
        }
        try entry.write()
        let written = try String(contentsOfFile: folder.path + "/2026-11-28.md", encoding: .utf8)
        #expect(written == text(entry))
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path + "/2026-11-28.md")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // A template left as it is is one quiet note, never an error that could stop a commit.
        let report = LintEngine().lint(files: [(path: "2026-11-28.md", bytes: entry.bytes)], configuration: .default)
        #expect(report.findings.map(\.ruleID) == ["unfilled-scaffold"])
        #expect(report.findings.allSatisfy { $0.severity == .note })
    }

    @Test("01:30 with day-starts-at 04:00 goes under the day before, with its calendar date in the heading")
    func earlyHoursBelongToTheEvening() throws {
        let folder = try TemporaryFolder()
        let settings = try configuration("day-starts-at: \"04:00\"\n", in: folder)
        try folder.file("2026-11-30.md", "# 2026-11-30 Monday\n\n## 22:10 Late\ntemp: red\n")
        let entry = try NewEntry.plan(request("2026-12-01", "01:30", template: "practice"), configuration: settings, currentDirectory: folder.path)
        #expect(entry.journalDay == JournalDate("2026-11-30")!)
        #expect(entry.path == "2026-11-30.md")
        #expect(line(entry, entry.line) == "## 2026-12-01 01:30")
        #expect(text(entry).hasPrefix("# 2026-11-30 Monday\n\n## 22:10 Late\ntemp: red\n\n## 2026-12-01 01:30\n"))
        // The model agrees: the entry counts for the evening of the 30th.
        let journal = JournalBuilder.build(bytes: entry.bytes, path: "2026-11-30.md")
        #expect(journal.entries.last?.journalDay(dayStartsAt: settings.dayStartsAt) == JournalDate("2026-11-30")!)
    }

    @Test("a monthly file in a folder pattern, extended oldest-first: the new day goes at the end, nothing else moves")
    func extendsMonthlyOldestFirst() throws {
        let folder = try TemporaryFolder()
        let settings = try configuration("layout: monthly\nfolder: journal/{yyyy}/{mm}/\ntemplates:\n  quick: \"temp:\"\n", in: folder)
        let original = "---\ntitle: November\n---\n\n# 2026-11-27 Friday\n\n## 08:00\ntemp: green\n\n# 2026-11-28 Saturday\n\n## 09:00 Coffee\nfine\n"
        try folder.file("journal/2026/11/2026-11.md", original)
        let later = try NewEntry.plan(request("2026-11-28", "21:40", template: "quick"), configuration: settings, currentDirectory: folder.path)
        #expect(later.path == "journal/2026/11/2026-11.md")
        #expect(text(later) == original + "\n## 21:40\n\ntemp:\n")
        #expect(line(later, later.line) == "## 21:40")
        // An earlier time that day goes before the later entry, inside the day.
        let earlier = try NewEntry.plan(request("2026-11-28", "07:15", template: "quick"), configuration: settings, currentDirectory: folder.path)
        #expect(text(earlier).contains("# 2026-11-28 Saturday\n\n## 07:15\n\ntemp:\n\n## 09:00 Coffee\n"))
        // A day not in the file yet gets its heading.
        let nextDay = try NewEntry.plan(request("2026-11-29", "10:00", template: "quick"), configuration: settings, currentDirectory: folder.path)
        #expect(text(nextDay) == original + "\n# 2026-11-29 Sunday\n\n## 10:00\n\ntemp:\n")
        #expect(line(nextDay, nextDay.line) == "## 10:00")
        // A new month is a new file in a new folder.
        let december = try NewEntry.plan(request("2026-12-02", "10:00", template: "quick"), configuration: settings, currentDirectory: folder.path)
        #expect(december.path == "journal/2026/12/2026-12.md")
        try december.write()
        #expect(FileManager.default.fileExists(atPath: folder.path + "/journal/2026/12/2026-12.md"))
    }

    @Test("a newest-first file: the new day goes on top (after the front matter), a new entry above the day's older ones")
    func newestFirst() throws {
        let folder = try TemporaryFolder()
        let settings = try configuration("layout: monthly\ntemplates:\n  quick: \"temp:\"\n", in: folder)
        let original = "# 2026-11-28 Saturday\n\n## 21:00 Late\ntemp: red\n\n## 09:00\ntemp: green\n\n# 2026-11-27 Friday\n\n## 08:00\ntemp: green\n"
        try folder.file("2026-11.md", original)
        let newDay = try NewEntry.plan(request("2026-11-29", "10:00", template: "quick"), configuration: settings, currentDirectory: folder.path)
        #expect(text(newDay) == "# 2026-11-29 Sunday\n\n## 10:00\n\ntemp:\n\n" + original)
        #expect(newDay.line == 3)
        let sameDay = try NewEntry.plan(request("2026-11-28", "22:30", template: "quick"), configuration: settings, currentDirectory: folder.path)
        #expect(text(sameDay) == "# 2026-11-28 Saturday\n\n## 22:30\n\ntemp:\n\n## 21:00 Late\ntemp: red\n\n## 09:00\ntemp: green\n\n# 2026-11-27 Friday\n\n## 08:00\ntemp: green\n")
        #expect(sameDay.line == 3)
    }

    @Test("named templates fill in {date}, {time} and {weekday}; an unknown name suggests the close one")
    func namedTemplate() throws {
        let folder = try TemporaryFolder()
        let settings = try configuration("templates:\n  evening: \"Evening of {weekday} {date}, {time}.\\ntemp:\\n\"\n", in: folder)
        let entry = try NewEntry.plan(request("2026-11-28", "21:40", template: "evening"), configuration: settings, currentDirectory: folder.path)
        #expect(entry.entryLines == ["## 21:40", "", "Evening of Saturday 2026-11-28, 21:40.", "temp:"])
        #expect(throws: NewEntryError.unknownTemplate("evenning", suggestion: "evening", known: ["practice", "evening"])) {
            try NewEntry.plan(request("2026-11-28", "21:40", template: "evenning"), configuration: settings, currentDirectory: folder.path)
        }
    }

    @Test("CRLF files stay CRLF, and the file is replaced only if it still holds what was read")
    func keepsLineEndingsAndRefusesAChangedFile() throws {
        let folder = try TemporaryFolder()
        let settings = try configuration("templates:\n  quick: \"temp:\"\n", in: folder)
        let path = try folder.file("2026-11-28.md", "# 2026-11-28\r\n\r\n## 08:00\r\ntemp: green\r\n")
        let entry = try NewEntry.plan(request("2026-11-28", "21:40", template: "quick"), configuration: settings, currentDirectory: folder.path)
        #expect(text(entry) == "# 2026-11-28\r\n\r\n## 08:00\r\ntemp: green\r\n\r\n## 21:40\r\n\r\ntemp:\r\n")
        try "# 2026-11-28\r\n\r\n## 08:00\r\ntemp: green\r\nwritten meanwhile\r\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: JournalFileError.changedWhileFixing(path: "2026-11-28.md")) { try entry.write() }
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("written meanwhile\r\n"))
    }

    @Test("configuration: layout and folder are checked, with a did-you-mean")
    func configurationErrors() throws {
        let folder = try TemporaryFolder()
        try folder.file(".steady.yml", "layout: monthy\n")
        #expect(throws: ConfigurationError.self) { try ConfigurationResolver(explicitPath: folder.path + "/.steady.yml") }
        let messages = [
            ("layout: monthy\n", "did you mean 'monthly'?"),
            ("folder: /etc\n", "must be relative"),
            ("folder: ../elsewhere\n", "may not leave"),
            ("folder: journal/{yyy}\n", "did you mean '{yyyy}'?"),
            ("templates:\n  quick: \"{dat}\"\n", "did you mean '{date}'?"),
        ]
        for (yaml, expected) in messages {
            try folder.file(".steady.yml", yaml)
            do {
                _ = try ConfigurationResolver(explicitPath: folder.path + "/.steady.yml")
                Issue.record("\(yaml) was accepted")
            } catch {
                #expect(error.description.contains(expected), "\(error.description)")
            }
        }
    }

    @Test("editors get the line the way each takes it")
    func editorCommands() {
        #expect(EditorCommand(editor: "nvim", path: "a.md", line: 7)?.arguments == ["+7", "a.md"])
        #expect(EditorCommand(editor: "/usr/bin/emacs -nw", path: "a.md", line: 7)?.arguments == ["-nw", "+7", "a.md"])
        #expect(EditorCommand(editor: "code --wait", path: "a.md", line: 7)?.arguments == ["--wait", "--goto", "a.md:7"])
        #expect(EditorCommand(editor: "hx", path: "-odd.md", line: 2)?.arguments == ["+2", "./-odd.md"])
        #expect(EditorCommand(editor: "gedit", path: "a.md", line: 7)?.arguments == ["a.md"])
        #expect(EditorCommand(editor: "  ", path: "a.md", line: 7) == nil)
        #expect(EditorCommand.editor { ["VISUAL": "", "EDITOR": "nano"][$0] } == "nano")
    }
}
