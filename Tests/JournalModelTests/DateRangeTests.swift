import Testing
@testable import JournalModel

/// Years 1 to 9999 are the supported range (docs/format.md, "Dates"): arithmetic stops at its
/// ends, so no date Steady makes is year 0 or 10000.
@Suite struct DateRangeTests {
    @Test func theEndsAreTheFirstAndLastFourDigitDates() {
        #expect(JournalDate.earliest == JournalDate("0001-01-01"))
        #expect(JournalDate.latest == JournalDate("9999-12-31"))
        #expect(JournalDate.earliest.adding(days: 1) == JournalDate("0001-01-02"))
        #expect(JournalDate.latest.adding(days: -1) == JournalDate("9999-12-30"))
    }

    @Test(arguments: [-1, -400, -1_000_000, Int.min, Int.min + 1])
    func steppingBeforeYearOneStopsAtItsFirstDay(_ days: Int) {
        #expect(JournalDate.earliest.adding(days: days) == .earliest)
        #expect(JournalDate.earliest.addingWithinRange(days: days) == nil)
    }

    @Test(arguments: [1, 366, 1_000_000, Int.max])
    func steppingPastYear9999StopsAtItsLastDay(_ days: Int) {
        #expect(JournalDate.latest.adding(days: days) == .latest)
        #expect(JournalDate.latest.addingWithinRange(days: days) == nil)
    }

    @Test func dayNumbersOutsideTheRangeAreClamped() {
        #expect(JournalDate(dayNumber: Int.min) == .earliest)
        #expect(JournalDate(dayNumber: Int.max) == .latest)
        #expect(JournalDate(dayNumber: JournalDate.earliest.dayNumber) == .earliest)
        #expect(JournalDate(dayNumber: JournalDate.latest.dayNumber) == .latest)
    }

    @Test func yearZeroIsNotADate() {
        #expect(JournalDate("0000-12-31") == nil)
    }

    /// A five-digit year was read as no date at all: the heading became prose of the day above,
    /// and the entries under it were counted on that day without a word to the writer.
    @Test func aFiveDigitYearIsReportedAndItsEntriesAreNotPutOnTheDayAbove() throws {
        #expect(JournalDate("10000-01-01") == nil)
        let journal = build("# 2026-01-01\n## 09:00 a\ncalm\n\n# 10000-01-01\n## 09:00 b\nworried\n")
        #expect(journal.entries.map(\.title) == ["a"])
        let problem = try #require(journal.problems.first)
        #expect(journal.problems.count == 1)
        #expect(problem.kind == .invalidDate)
        #expect(problem.range.lowerBound.line == 5)
        #expect(problem.message.hasPrefix("10000-01-01 is not a real date"))
    }

    /// Six digits or more are some other number (an ID, a timestamp), not a date.
    @Test func sixDigitsBeforeTheMonthAreNoDate() {
        #expect(build("# 2026-01-01\n# 100000-01-01 batch\nx\n").problems.isEmpty)
        #expect(build("x\n", path: "202612-01-01.md").problems.map(\.kind) == [.undatedNote])
    }

    @Test func anEarlyEntryOnTheFirstDayStaysOnIt() throws {
        let entry = try #require(build("# 0001-01-01\n## 01:00 x\ncalm\n").entries.first)
        #expect(entry.journalDay(dayStartsAt: TimeOfDay(hour: 4, minute: 0)!) == JournalDate("0001-01-01"))
    }

    @Test func aLateEntryOnTheLastDayKeepsIt() throws {
        let entry = try #require(build("# 9999-12-31\n## 23:59 x\ncalm\n").entries.first)
        #expect(entry.journalDay(dayStartsAt: TimeOfDay(hour: 4, minute: 0)!) == JournalDate("9999-12-31"))
    }
}
