import Testing
@testable import JournalModel
import MarkdownSyntax

@Suite struct UndatedContentTests {
    @Test func textBeforeTheFirstDateIsUndated() throws {
        let journal = build("Some thoughts.\n\ntemp: red\n\n# 2026-11-28\nDated.\n")
        let problem = try #require(journal.problems.first)
        #expect(journal.problems.count == 1)
        #expect(problem.kind == .undatedContent)
        #expect(problem.range == range(1, 1, 3, 10))
        #expect(problem.message.contains("2026-11-28"))
        #expect(journal.entries.count == 1)
    }

    @Test func fileWithNoDateAtAll() {
        let journal = build("Just writing.\n- a list\n")
        // No field and no time heading: a note, not an entry.
        #expect(journal.problems.map(\.kind) == [.undatedNote])
        #expect(journal.undatedNotes.map(\.prose.count) == [2])
        #expect(build("Just writing.\n- urge: text him\n").problems.map(\.kind) == [.undatedContent])
        #expect(journal.days.isEmpty)
    }

    @Test func timeHeadingWithoutADayIsUndated() {
        // One problem for one missing date: the time heading and the text under it.
        let journal = build("## 21:40 No reply\ntext\n")
        #expect(journal.problems.map(\.kind) == [.undatedContent])
        #expect(journal.problems.first?.range == range(1, 1, 2, 5))
    }

    @Test(arguments: [
        "<!-- steady-disable one-sided-evidence -->\n",
        "<!-- one -->\n<!-- two -->\n",
        "# Journal\n\n## November\n",
        "---\n",
        "---\ntitle: x\n---\n",
        "\n\n   \n",
    ])
    func notUndated(_ preamble: String) {
        let journal = build(preamble + "\n# 2026-11-28\ntext\n")
        #expect(journal.problems.isEmpty, "\(preamble)")
    }

    @Test func htmlBlockWithMoreThanCommentsIsContent() {
        let journal = build("<div>hi</div>\n\n# 2026-11-28\ntext\n")
        #expect(journal.problems.map(\.kind) == [.undatedNote])
    }

    @Test func emptyFileAndWhitespaceFileHaveNoProblems() {
        #expect(build("").problems.isEmpty)
        #expect(build(" \n\t\n\n").problems.isEmpty)
        #expect(build("").days.isEmpty)
    }
}

@Suite struct InvalidDateAndTimeTests {
    @Test(arguments: ["2026-02-30", "2025-02-29", "2026-04-31", "2026-13-01", "2026-00-07"])
    func impossibleDateHeading(_ written: String) throws {
        let journal = build("# \(written) Monday\ntemp: red\n\n## 10:00\nnot read\n\n# 2026-11-28\nok\n")
        let problem = try #require(journal.problems.first)
        #expect(journal.problems.count == 1)
        #expect(problem.kind == .invalidDate)
        #expect(problem.message.contains(written))
        #expect(problem.range == range(1, 1, 1, 20))
        // The content under it is set aside, not reported as undated, not read.
        #expect(journal.entries.map(\.date) == [date("2026-11-28")])
    }

    @Test func leapDay() {
        #expect(build("# 2024-02-29\nx\n").problems.isEmpty)
        #expect(build("# 2025-02-29\nx\n").problems.map(\.kind) == [.invalidDate])
        #expect(build("# 2000-02-29\nx\n").problems.isEmpty)
        #expect(build("# 2100-02-29\nx\n").problems.map(\.kind) == [.invalidDate])
    }

    @Test(arguments: ["25:61", "24:00", "23:60", "99:99"])
    func impossibleTimeHeading(_ written: String) throws {
        let journal = build("# 2026-11-28\n## \(written) Title\ntext #t\n")
        let problem = try #require(journal.problems.first)
        #expect(journal.problems.count == 1)
        #expect(problem.kind == .invalidTime)
        #expect(problem.message.contains(written))
        #expect(problem.range == range(2, 1, 2, 15))
        // The entry is still read, without a time.
        let entry = try #require(journal.entries.first)
        #expect(entry.time == nil)
        #expect(entry.title == "Title")
        #expect(entry.tagNames == ["t"])
    }

    @Test func impossibleTimeInJrnlHeading() throws {
        let journal = build("## 2026-11-28 24:00 Late\ntext\n")
        #expect(journal.problems.map(\.kind) == [.invalidTime])
        #expect(journal.entries.map(\.date) == [date("2026-11-28")])
    }

    @Test func problemsAreSortedByPosition() {
        let journal = build("undated\n\n# 2026-11-28\n## 25:00\ntemp: blue\n\n# 2026-02-30\n")
        #expect(journal.problems.map(\.kind) == [.undatedNote, .invalidTime, .invalidFieldValue, .invalidDate])
        #expect(journal.problems.map(\.range.lowerBound) == journal.problems.map(\.range.lowerBound).sorted())
    }
}
