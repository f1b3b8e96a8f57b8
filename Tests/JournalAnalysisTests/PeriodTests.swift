import JournalModel
import Testing
@testable import JournalAnalysis

func date(_ text: String) -> JournalDate { JournalDate(text)! }

@Suite struct ISOWeekTests {
    @Test(arguments: [
        ("2026-W48", "2026-11-23", "2026-11-29"),
        ("2026-W01", "2025-12-29", "2026-01-04"),
        ("2026-W53", "2026-12-28", "2027-01-03"), // 2026 starts on a Thursday: 53 weeks
        ("2020-W53", "2020-12-28", "2021-01-03"), // leap year starting on a Wednesday
        ("2015-W53", "2015-12-28", "2016-01-03"),
        ("2004-W53", "2004-12-27", "2005-01-02"),
        ("2025-W01", "2024-12-30", "2025-01-05"), // week 1 starts in the year before
        ("2027-W01", "2027-01-04", "2027-01-10"), // and in the year itself
        ("2026-w48", "2026-11-23", "2026-11-29"),
    ])
    func parsesToMondayThroughSunday(text: String, monday: String, sunday: String) throws {
        let period = try ISOWeek(parsing: text).period
        #expect(period.from == date(monday))
        #expect(period.to == date(sunday))
        #expect(period.from.isoWeekday == 1)
        #expect(period.length == 7)
    }

    @Test(arguments: [
        ("2027-01-01", "2026-W53"), ("2026-12-31", "2026-W53"), ("2024-12-30", "2025-W01"),
        ("2021-01-03", "2020-W53"), ("2008-12-29", "2009-W01"), ("2026-11-28", "2026-W48"),
    ])
    func weekContainingADate(day: String, week: String) {
        #expect(ISOWeek(containing: date(day)).description == week)
    }

    @Test func weeksInYear() {
        #expect([2015, 2020, 2026, 2032].allSatisfy { ISOWeek.weeks(inYear: $0) == 53 })
        #expect([2021, 2024, 2025, 2027].allSatisfy { ISOWeek.weeks(inYear: $0) == 52 })
    }

    @Test(arguments: ["2025-W53", "2026-W54", "2026-W00", "2026-48", "2026W48", "26-W48", "2026-W4", "2026-W048", "", "next week"])
    func rejectsWhatIsNotAWeek(text: String) {
        #expect(throws: PeriodError.self) { try ISOWeek(parsing: text) }
    }

    @Test func errorMessagesSayHowToWriteIt() {
        #expect(throws: PeriodError("'2026W48' is not an ISO week; write it as YYYY-Www, for example 2026-W48")) { try ISOWeek(parsing: "2026W48") }
        #expect(throws: PeriodError("2025 has weeks W01 to W52; '2025-W53' is not one of them")) { try ISOWeek(parsing: "2025-W53") }
    }

    @Test func aPeriodKnowsWhenItIsAWeek() {
        #expect(DatePeriod(from: date("2026-11-23"), to: date("2026-11-29")).isoWeek?.description == "2026-W48")
        #expect(DatePeriod(from: date("2026-11-22"), to: date("2026-11-28")).isoWeek == nil)
    }
}

@Suite struct PeriodRequestTests {
    @Test(arguments: [("7d", 7), ("4w", 28), ("10", 10), ("1D", 1), ("2W", 14)])
    func parsesLast(text: String, days: Int) throws {
        #expect(try PeriodRequest.parseLast(text) == .endingOnLatestEntry(days: days))
    }

    @Test(arguments: ["0d", "-3d", "d", "7 days", "7y", "", "x7d", "9999w", "0m", "m"])
    func rejectsBadLengths(text: String) {
        #expect(throws: PeriodError.self) { try PeriodRequest.parseLast(text) }
    }

    @Test func parsesDates() throws {
        #expect(try PeriodRequest.parseDate("2026-11-23", option: "--from") == date("2026-11-23"))
        #expect(throws: PeriodError("--to '2026-02-30' is not a date; write it as YYYY-MM-DD, for example 2026-11-23")) {
            try PeriodRequest.parseDate("2026-02-30", option: "--to")
        }
    }

    @Test func resolves() {
        let latest = date("2026-11-27")
        #expect(PeriodRequest.defaultPeriod.resolve(latestEntryDay: latest) == DatePeriod(from: date("2026-11-21"), to: latest))
        #expect(PeriodRequest.endingOnLatestEntry(days: 28).resolve(latestEntryDay: latest)?.from == date("2026-10-31"))
        #expect(PeriodRequest.defaultPeriod.resolve(latestEntryDay: nil) == nil)
        let week = PeriodRequest.week(ISOWeek(year: 2026, week: 48)!)
        #expect(week.resolve(latestEntryDay: nil) == DatePeriod(from: date("2026-11-23"), to: date("2026-11-29")))
    }

    @Test func previousPeriodHasTheSameLength() {
        let period = DatePeriod(from: date("2026-12-28"), to: date("2027-01-10"))
        #expect(period.length == 14)
        #expect(period.previous == DatePeriod(from: date("2026-12-14"), to: date("2026-12-27")))
        #expect(DatePeriod(from: date("2026-03-01"), to: date("2026-03-01")).previous?.from == date("2026-02-28"))
    }
}

/// Periods at the ends of the supported range (0001-01-01 … 9999-12-31) never leave it.
@Suite struct PeriodRangeEndTests {
    @Test func aPeriodStartingOnTheFirstDayHasNoPreviousPeriod() {
        #expect(DatePeriod(from: date("0001-01-01"), to: date("0001-01-07")).previous == nil)
    }

    @Test func aPreviousPeriodIsCutAtTheFirstDay() throws {
        let previous = try #require(DatePeriod(from: date("0001-01-03"), to: date("0001-01-09")).previous)
        #expect(previous.from == date("0001-01-01"))
        #expect(previous.to == date("0001-01-02"))
    }

    @Test func aRelativePeriodIsCutAtTheFirstDay() {
        let period = DatePeriod(days: 7, endingOn: date("0001-01-03"))
        #expect(period.from == date("0001-01-01"))
        #expect(period.length == 3)
    }

    @Test func weeksAtBothEndsOfTheRange() throws {
        let first = ISOWeek(containing: date("0001-01-01"))
        #expect(first.description == "0001-W01")
        #expect(first.period.from == date("0001-01-01"))
        let last = ISOWeek(containing: date("9999-12-31"))
        #expect(last.year == 9999)
        #expect(last.period.to <= date("9999-12-31"))
        #expect(try ISOWeek(parsing: "0001-W01").period.from == date("0001-01-01"))
    }
}
