import Testing
@testable import JournalModel
import MarkdownSyntax

@Suite struct DailyNoteNameTests {
    @Test(arguments: [
        ("2026-11-28.md", "2026-11-28"),
        ("2026-11-28-evening.md", "2026-11-28"),
        ("notes/daily/2026-11-28.md", "2026-11-28"),
        ("2026-11-28.markdown", "2026-11-28"),
        ("2026-11-28_evening.md", "2026-11-28"),
        ("2026-11-28 evening.md", "2026-11-28"),
        ("2024-02-29.md", "2024-02-29"),
        // Filed by date in folders (`{yyyy}/{mm}/{dd}.md`): the folders date the note.
        ("2026/11/28.md", "2026-11-28"),
        ("journal/2026/11-November/28-evening.md", "2026-11-28"),
    ])
    func dailyNoteDatesItsContent(_ path: String, _ expected: String) throws {
        let journal = build("Slept badly.\n", path: path)
        #expect(journal.problems.isEmpty)
        let day = try #require(journal.days.first)
        #expect(day.date == date(expected))
        #expect(day.headingRange == nil)
        #expect(day.title == "")
        #expect(journal.entries.map(\.time) == [nil])
        #expect(journal.entries.first?.headingRange == nil)
    }

    /// A `/` followed by a combining mark is one character, not a separator; other paths are
    /// cut at their last `/` (trailing ones ignored).
    @Test(arguments: [
        ("2026-11-28.md/\u{301}x", true), ("é/2026-11-28.md", true), ("a/2026-11-28.md//", true),
        ("2026-11-28/\u{301}x.md", false), ("2026-11-28/x.md", false), ("é/2026-11-28x.md", false),
    ])
    func fileNameIsTheLastComponent(_ path: String, _ isDaily: Bool) {
        let answer = DailyNoteName.date(inPath: path)
        if case .valid(let found) = answer { #expect(isDaily && found == date("2026-11-28")) } else { #expect(!isDaily) }
    }

    @Test(arguments: ["notes.md", "20261128.md", "2026-11-280.md", "2026-11-2.md", "x2026-11-28.md", "2026-11-28x.md", "notes/11/28.md", "11/28.md", "2026/11/280.md"])
    func notADailyNote(_ path: String) {
        let journal = build("Slept badly.\ntemp: red\n", path: path)
        #expect(journal.days.isEmpty)
        #expect(journal.problems.map(\.kind) == [.undatedContent])
    }

    @Test(arguments: ["2026-02-30.md", "2025-02-29-evening.md", "2026-13-01.md", "2026-00-10.md", "10000-01-01.md"])
    func impossibleFileNameDate(_ path: String) {
        let journal = build("# 2026-11-28\nok\n", path: path)
        let problem = journal.problems.first { $0.kind == .invalidDate }
        #expect(problem != nil)
        #expect(problem?.range == SourceRange(line: 1, column: 1, length: 0))
        #expect(problem?.message.contains(String(path.prefix(10))) == true)
        // The dated heading still works.
        #expect(journal.entries.map(\.date) == [date("2026-11-28")])
    }

    @Test func dailyNoteWithTimeHeadingsAndTextBeforeThem() {
        let journal = build("Morning text.\n\n## 07:30 Up\nA\n\n## 22:00 Bed\nB\n", path: "2026-11-17.md")
        #expect(journal.entries.map(\.time) == [nil, time("07:30"), time("22:00")])
        #expect(journal.entries.map(\.title) == ["", "Up", "Bed"])
        #expect(journal.days.count == 1)
    }

    @Test func dailyNoteWithOnlyTimeHeadingsHasNoEmptyTopEntry() {
        let journal = build("## 07:30 Up\nA\n", path: "2026-11-17.md")
        #expect(journal.entries.map(\.time) == [time("07:30")])
    }

    @Test func datedHeadingInsideADailyNoteOpensThatDay() {
        let journal = build("Top.\n\n# 2026-11-18\nNext day.\n", path: "2026-11-17.md")
        #expect(journal.days.map(\.date) == [date("2026-11-17"), date("2026-11-18")])
    }
}

@Suite struct HeadingTests {
    @Test(arguments: 1...6)
    func dateHeadingsAtAnyLevel(_ level: Int) throws {
        let journal = build(String(repeating: "#", count: level) + " 2026-11-28 Saturday\nText.\n")
        let day = try #require(journal.days.first)
        #expect(day.date == date("2026-11-28"))
        #expect(day.title == "Saturday")
        #expect(day.headingRange == range(1, 1, 1, level + 21))
        #expect(journal.entries.count == 1)
        #expect(journal.entries[0].time == nil)
        #expect(journal.entries[0].title == "Saturday")
    }

    @Test func setextDateHeading() {
        let journal = build("2026-11-28\n==========\nText.\n")
        #expect(journal.days.map(\.date) == [date("2026-11-28")])
    }

    @Test func jrnlStyleHeadingOpensDayAndEntry() throws {
        let journal = build("## 2026-11-28 21:40 No reply #no-reply\nText.\n\n## 2026-11-28 22:10 Later\nMore.\n\n## 2026-11-29 08:00 Morning\n")
        // jrnl repeats the date on every entry: consecutive entries of one date are one day.
        #expect(journal.days.map(\.date) == [date("2026-11-28"), date("2026-11-29")])
        #expect(journal.days.map(\.entries.count) == [2, 1])
        let entries = journal.entries
        #expect(entries.map(\.time) == [time("21:40"), time("22:10"), time("08:00")])
        #expect(entries.map(\.title) == ["No reply #no-reply", "Later", "Morning"])
        #expect(entries[0].tagNames == ["no-reply"])
        // The day's title is empty: the words after the time belong to the entry.
        #expect(journal.days[0].title == "")
    }

    @Test func timeHeadingsOpenEntries() {
        let journal = build("# 2026-11-28\n\n## 10:00 Morning\nA\n\n## 9:05 single-digit hour\nB\n\n### 21:40\nC\n")
        #expect(journal.entries.map(\.time) == [time("10:00"), time("09:05"), time("21:40")])
        #expect(journal.entries.map(\.title) == ["Morning", "single-digit hour", ""])
    }

    @Test func dayWithNoTimeHeadingsIsOneEntry() throws {
        let entry = try entry("One.\n\n### What happened\nTwo.\n\ntemp: red\n")
        #expect(entry.time == nil)
        #expect(entry.temperatures.map(\.value) == [.red])
        #expect(entry.range == range(1, 1, 8, 10))
    }

    @Test func entryRunsUntilNextStampedHeading() {
        let journal = build("""
        # 2026-11-28
        ## 10:00 One
        ### What happened
        #a
        ### What I did
        temp: red

        ## 11:00 Two
        #b

        # 2026-11-29
        #c
        """)
        let entries = journal.entries
        #expect(entries.count == 3)
        #expect(entries.map(\.tagNames) == [["a"], ["b"], ["c"]])
        #expect(entries[0].temperatures.count == 1)
        #expect(entries[0].range == range(2, 1, 6, 10))
        #expect(entries[0].headingRange == range(2, 1, 2, 13))
        #expect(entries.map(\.date) == [date("2026-11-28"), date("2026-11-28"), date("2026-11-29")])
    }

    @Test func textBetweenDayHeadingAndFirstTimeHeadingIsItsOwnEntry() {
        let journal = build("# 2026-11-28 Saturday\nBefore.\n\n## 10:00 Later\nAfter.\n")
        #expect(journal.entries.map(\.time) == [nil, time("10:00")])
        #expect(journal.entries.map(\.title) == ["Saturday", "Later"])
    }

    @Test func emptyDayHeadingBeforeTimeHeadingsAddsNoEntry() {
        let journal = build("# 2026-11-28\n## 10:00 A\nx\n")
        #expect(journal.entries.map(\.time) == [time("10:00")])
    }

    @Test func dayWithNothingInItIsStillOneEntry() {
        // A dated heading alone: the day exists with its (empty) entry.
        let journal = build("# 2026-11-28 Nothing written\n")
        #expect(journal.days.count == 1)
        #expect(journal.entries.count == 1)
    }

    @Test(arguments: ["# Notes 2026-11-28", "# 20261128", "# 2026-11-280", "# 10:00am", "# 1000", "# v2026-11-28"])
    func headingsThatAreNotStamps(_ heading: String) {
        let journal = build("# 2026-11-27\n\n\(heading)\ntext\n")
        #expect(journal.entries.count == 1, "\(heading) must stay inside the entry")
        #expect(journal.problems.isEmpty)
    }

    @Test func headingsInsideContainersDoNotOpenEntries() {
        let journal = build("# 2026-11-28\n> ## 10:00 quoted\n- ## 11:00 in a list\n")
        #expect(journal.entries.count == 1)
    }

    @Test func dateInCodeSpanHeadingIsStillADate() {
        // The stamp is read from the heading's plain text, where code spans keep their text.
        let journal = build("# `2026-11-28`\nx\n")
        #expect(journal.days.map(\.date) == [date("2026-11-28")])
    }

    @Test func frontMatterIsNotContent() {
        let journal = build("---\ntitle: November\ntemp: red\n---\n# 2026-11-28\ntext\n")
        #expect(journal.problems.isEmpty)
        #expect(journal.entries.count == 1)
        #expect(journal.entries[0].temperatures.isEmpty)
        #expect(journal.entries[0].range.lowerBound.line == 5)
    }

    @Test func frontMatterInADailyNoteIsNotAnEntry() {
        let journal = build("---\nmood: ok\n---\n", path: "2026-11-28.md")
        #expect(journal.entries.isEmpty)
        #expect(journal.problems.isEmpty)
    }
}

@Suite struct JournalDayTests {
    static let fourAM = TimeOfDay(hour: 4, minute: 0)!

    @Test(arguments: [
        ("02:30", "2026-11-27"),
        ("03:59", "2026-11-27"),
        ("04:00", "2026-11-28"),
        ("23:59", "2026-11-28"),
        ("00:00", "2026-11-27"),
    ])
    func entriesBeforeTheDayStartBelongToThePreviousDay(_ clock: String, _ expected: String) throws {
        let entry = try #require(build("# 2026-11-28\n## \(clock)\nx\n").entries.first)
        #expect(entry.journalDay(dayStartsAt: Self.fourAM) == date(expected))
    }

    @Test func untimedEntriesKeepTheirDate() throws {
        let entry = try #require(build("# 2026-11-28\nx\n").entries.first)
        #expect(entry.journalDay(dayStartsAt: Self.fourAM) == date("2026-11-28"))
    }

    @Test func previousDayCrossesMonthAndYear() throws {
        let entry = try #require(build("# 2027-01-01\n## 01:00\nx\n").entries.first)
        #expect(entry.journalDay(dayStartsAt: Self.fourAM) == date("2026-12-31"))
        let leap = try #require(build("# 2024-03-01\n## 01:00\nx\n").entries.first)
        #expect(leap.journalDay(dayStartsAt: Self.fourAM) == date("2024-02-29"))
    }

    @Test func midnightDayStartNeverMoves() throws {
        let entry = try #require(build("# 2026-11-28\n## 00:00\nx\n").entries.first)
        #expect(entry.journalDay(dayStartsAt: TimeOfDay(hour: 0, minute: 0)!) == date("2026-11-28"))
    }
}

@Suite struct DateAndTimeValueTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "2026-12-31", "0001-01-01", "9999-12-31"])
    func validDates(_ text: String) {
        #expect(JournalDate(text)?.description == text)
    }

    @Test(arguments: ["2026-02-30", "2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-01", "2026-01-00", "0000-01-01", "2026-1-01", "2026-01-011", " 2026-01-01"])
    func invalidDates(_ text: String) {
        #expect(JournalDate(text) == nil)
    }

    @Test func dayNumbersRoundTrip() {
        #expect(date("1970-01-01").dayNumber == 0)
        #expect(date("2026-11-28").isoWeekday == 6)  // a Saturday
        // Across the supported range, 0001-01-01 (-719,162) to 9999-12-31; beyond it dates are
        // clamped (DateRangeTests).
        for n in stride(from: -719_162, through: 2_932_896, by: 997) {
            #expect(JournalDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test(arguments: ["00:00", "23:59", "9:05"])
    func validTimes(_ text: String) { #expect(TimeOfDay(text) != nil) }

    @Test(arguments: ["24:00", "25:61", "12:60", "1:5", "123:00", "12:345", "12.30"])
    func invalidTimes(_ text: String) { #expect(TimeOfDay(text) == nil) }
}
