import JournalDetection
import JournalModel
import Testing
@testable import JournalAnalysis

private func journal(_ text: String) -> Journal { JournalBuilder.build(bytes: Array(text.utf8), path: "journal.md") }

private func build(_ text: String, _ period: PeriodRequest, grouping: SummaryGrouping? = nil, dayStartsAt: TimeOfDay = TimeOfDay(hour: 4, minute: 0)!,
                   includeText: Bool = false, insights: some EntryInsightProvider = FieldsOnlyInsightProvider()) -> Summary {
    let options = SummaryOptions(period: period, dayStartsAt: dayStartsAt, grouping: grouping, includeText: includeText)
    return SummaryBuilder.build(journals: [journal(text)], options: options, insights: insights)!
}

private let october = PeriodRequest.range(DatePeriod(from: date("2026-10-01"), to: date("2026-10-31")))

@Suite struct SummaryGroupingTests {
    @Test func weeksAreISOWeeksCutToThePeriod() {
        let period = DatePeriod(from: date("2026-11-08"), to: date("2026-11-28"))  // Sunday … Saturday
        let rows = SummaryGrouping.week.periods(of: period)
        #expect(rows.map(\.description) == [
            "2026-11-08 – 2026-11-08", "2026-11-09 – 2026-11-15", "2026-11-16 – 2026-11-22", "2026-11-23 – 2026-11-28",
        ])
        #expect(rows.map { SummaryGrouping.week.label(of: $0) } == ["2026-W45", "2026-W46", "2026-W47", "2026-W48"])
    }

    @Test func monthsAreCalendarMonthsCutToThePeriod() {
        let period = DatePeriod(from: date("2024-01-31"), to: date("2024-03-02"))
        let rows = SummaryGrouping.month.periods(of: period)
        #expect(rows.map(\.description) == ["2024-01-31 – 2024-01-31", "2024-02-01 – 2024-02-29", "2024-03-01 – 2024-03-02"])
        #expect(rows.map { SummaryGrouping.month.label(of: $0) } == ["2024-01", "2024-02", "2024-03"])
    }

    @Test("rows cover the period once, day after day", arguments: SummaryGrouping.allCases)
    func rowsCoverThePeriod(grouping: SummaryGrouping) {
        let period = DatePeriod(from: date("2025-12-20"), to: date("2026-03-10"))
        let rows = grouping.periods(of: period)
        #expect(rows.first?.from == period.from)
        #expect(rows.last?.to == period.to)
        #expect(rows.reduce(0) { $0 + $1.length } == period.length)
        for (earlier, later) in zip(rows, rows.dropFirst()) { #expect(earlier.to.adding(days: 1) == later.from) }
    }

    @Test func theLastDayThatCanBeWrittenEndsTheRows() {
        let rows = SummaryGrouping.week.periods(of: DatePeriod(from: date("9999-12-20"), to: .latest))
        #expect(rows.last?.to == .latest)
    }

    @Test func lastMonthsCountBackFromTheLatestEntry() throws {
        #expect(try PeriodRequest.parseLast("6m") == .monthsEndingOnLatestEntry(months: 6))
        #expect(try PeriodRequest.parseLast("6M") == .monthsEndingOnLatestEntry(months: 6))
        #expect(PeriodRequest.monthsEndingOnLatestEntry(months: 6).resolve(latestEntryDay: date("2026-11-28"))
            == DatePeriod(from: date("2026-05-29"), to: date("2026-11-28")))
        // 31 August less six months is the last day of February.
        #expect(PeriodRequest.monthsEndingOnLatestEntry(months: 6).resolve(latestEntryDay: date("2026-08-31"))
            == DatePeriod(from: date("2026-03-01"), to: date("2026-08-31")))
        #expect(PeriodRequest.monthsEndingOnLatestEntry(months: 1).resolve(latestEntryDay: date("0001-01-15"))?.from == .earliest)
        #expect(throws: PeriodError.self) { try PeriodRequest.parseLast("0m") }
        #expect(throws: PeriodError.self) { try PeriodRequest.parseLast("121m") }
        #expect(throws: PeriodError.self) { try PeriodRequest.parseLast("99999999999999999w") }
    }

    @Test("the totals are the sum of the rows, for every count", arguments: [SummaryGrouping.day, .week, .month])
    func totalsAreTheSumOfTheRows(grouping: SummaryGrouping) {
        let s = build(fixture, .range(DatePeriod(from: date("2026-11-15"), to: date("2026-12-05"))), grouping: grouping,
                      insights: StandInClaims())
        #expect(s.rows.count == grouping.periods(of: s.current.period).count)
        for column in SummaryColumn.all + SummaryColumn.timeOfDay {
            guard case .count(let total) = column.value(s.current) else { continue }
            let sum = s.rows.reduce(0) { sum, row in
                guard case .count(let value) = column.value(row) else { return sum }
                return sum + value
            }
            #expect(sum == total, "\(column.csv)")
        }
        #expect(s.current.entries == 9)
    }
}

/// A claim in every entry with a red reading, so the claim columns have something to add up.
private struct StandInClaims: EntryInsightProvider {
    func insights(for entry: Entry) -> EntryInsights {
        entry.temperatures.contains { $0.value == .red } ? EntryInsights(claims: [ClaimInsight(kind: "fortune-telling", in: entry)]) : .none
    }
}

@Suite struct BroughtDownByOrderTests {
    func cooling(_ body: String, insights: some EntryInsightProvider = FieldsOnlyInsightProvider()) -> EntryDigest.Cooling? {
        SummaryBuilder.digests(of: journal("# 2026-10-12\n\n## 21:00 Evening\n" + body), options: SummaryOptions(), insights: insights).first?.cooling
    }

    @Test func reassuranceBeforeTheRedReadingDoesNotCount() {
        let c = cooling("reassurance: texted him at 8\n\ntemp: red\n\nregulate: cold water\n\ntemp: yellow\n")
        #expect(c?.onOwn == true)
    }

    @Test func reassuranceAfterTheCoolerReadingDoesNotCount() {
        let c = cooling("temp: red\n\nregulate: breathwork\n\ntemp: yellow\n\nreassurance: asked him when he got home\n\ntemp: green\n")
        #expect(c?.from == .red)
        #expect(c?.to == .green)
        #expect(c?.onOwn == true)
    }

    @Test func reassuranceBetweenTheReadingsCounts() {
        let c = cooling("temp: red\n\nreassurance: called him twice\n\ntemp: yellow\n")
        #expect(c?.onOwn == false)
    }

    @Test func anAskToldInProseBetweenTheReadingsCounts() {
        let c = cooling("temp: red\n\nI asked him again if we're okay.\n\ntemp: yellow\n",
                        insights: DetectorInsightProvider(analyzer: EntryAnalyzer()))
        #expect(c?.onOwn == false)
    }

    @Test func anAskToldInProseBeforeTheRedReadingDoesNotCount() {
        // The field after the cooler reading and the prose before the red one tell of asks; neither is between.
        let c = cooling("I asked him again if we're okay.\n\ntemp: red\n\nregulate: walk\n\ntemp: yellow\n\nreassurance: asked him again later\n",
                        insights: DetectorInsightProvider(analyzer: EntryAnalyzer()))
        #expect(c?.onOwn == true)
    }

    @Test func theStepOutOfTheLastHottestReadingIsJudged() {
        // Red, reassurance, red again, then yellow with nothing between: the second red came down on its own.
        #expect(cooling("temp: red\n\nreassurance: texted\n\ntemp: red\n\ntemp: yellow\n")?.onOwn == true)
        // Red, yellow, reassurance, green: the step out of red was its own, whatever came later.
        #expect(cooling("temp: red -> yellow\n\nreassurance: asked\n\ntemp: green\n")?.onOwn == true)
    }

    @Test func theCountsFollow() {
        let s = build("""
        # 2026-10-12

        ## 21:00 One
        reassurance: texted him first
        temp: red
        temp: yellow

        ## 22:00 Two
        temp: red
        reassurance: he called back and said we're fine
        temp: yellow

        ## 23:00 Three
        temp: yellow
        temp: green

        """, october)
        #expect(s.current.temperature.trajectoriesDown == 3)
        #expect(s.current.temperature.downOnOwn == 2)
        #expect(s.current.progress.redBroughtDownOnOwn == 1)
    }
}

@Suite struct TimeOfDayAndUntaggedTests {
    static let text = """
    # 2026-10-14

    ## 07:30 Morning #work
    temp: green

    ## 13:00 Lunch #work
    temp: yellow

    ## 18:00 Dinner
    temp: yellow

    ## 22:50 Late #no-reply
    temp: red

    # 2026-10-15

    ## 01:10 cant sleep
    temp: red

    ## 03:59 still up
    temp: red -> yellow

    # 2026-10-16
    no time

    temp: green

    """

    @Test func readingsGoToTheirPartOfTheDay() {
        let parts = build(Self.text, october).current.timeOfDay
        #expect(parts.map { $0.part?.rawValue ?? "untimed" } == ["night", "morning", "afternoon", "evening", "late-evening", "untimed"])
        #expect(parts.map(\.entries) == [2, 1, 1, 1, 1, 1])
        #expect(parts.map(\.red) == [2, 0, 0, 0, 1, 0])
        #expect(parts[0].readings == 3)
        #expect(parts[0].redShare == 2.0 / 3.0)
        #expect(parts[4].redShare == 1)
        #expect(parts[1].redShare == 0)
    }

    @Test func nightEndsWhenTheDayStarts() {
        let six = TimeOfDay(hour: 6, minute: 0)!
        #expect(PartOfDay.nightEnd(dayStartsAt: six) == six)
        #expect(PartOfDay(minutesSinceMidnight: 5 * 60 + 30, dayStartsAt: six) == .night)
        #expect(PartOfDay(minutesSinceMidnight: 5 * 60 + 30, dayStartsAt: TimeOfDay(hour: 4, minute: 0)!) == .morning)
        // A day that starts at midnight or in the afternoon keeps the night to 04:00.
        #expect(PartOfDay.nightEnd(dayStartsAt: TimeOfDay(hour: 0, minute: 0)!) == TimeOfDay(hour: 4, minute: 0)!)
        #expect(PartOfDay.nightEnd(dayStartsAt: TimeOfDay(hour: 18, minute: 0)!) == TimeOfDay(hour: 4, minute: 0)!)
        #expect(PartOfDay.lateEvening.bounds(dayStartsAt: six) == ("21:00", "24:00"))
        let parts = build(Self.text, october, dayStartsAt: TimeOfDay(hour: 0, minute: 0)!).current.timeOfDay
        #expect(parts[0].entries == 2)  // 01:10 and 03:59 are still night
    }

    @Test func untimedEntriesHaveNoRowWhenThereAreNone() {
        let parts = build("# 2026-10-14\n\n## 10:00 a\ntemp: green\n", october).current.timeOfDay
        #expect(parts.count == 5)
    }

    @Test func entriesWithoutTagsAreARowOfTheirOwn() throws {
        let s = build(Self.text, october).current
        let untagged = try #require(s.untagged)
        #expect(untagged.isUntagged)
        #expect(untagged.count == 4)
        #expect(untagged.reachedRed == 2)
        // 18:00, and 01:10 and 03:59 of the night after (they count for the 14th); the untimed 16th.
        #expect(untagged.days == ["2026-10-14", "2026-10-16"].map(date))
        #expect(s.triggers.allSatisfy { !$0.isUntagged })
        #expect(TextSummaryRenderer.render(build(Self.text, october)).contains("  no tag "))
        #expect(build("# 2026-10-14\n\n## 10:00 a #work\ntemp: green\n", october).current.untagged == nil)
    }
}

@Suite struct IncludeTextTests {
    static let text = """
    # 2026-10-13

    ## 22:50 no reply #no-reply
    temp: red
    He hasn't answered. He's going to leave me, I know it.

    fact: he is at his sister's.
    reframe: quiet is not leaving.

    regulate: cold water

    """

    func summary(includeText: Bool) -> Summary {
        build(Self.text, october, includeText: includeText, insights: DetectorInsightProvider(analyzer: EntryAnalyzer(), includeSentences: includeText))
    }

    @Test func withoutItNoSentenceIsKeptOrShown() {
        let s = summary(includeText: false)
        #expect(s.current.words.isEmpty)
        for page in [MarkdownSummaryRenderer.render(s), HTMLSummaryRenderer.render(s), JSONSummaryRenderer.render(s), CSVSummaryRenderer.render(s)] {
            for words in ["going to leave me", "sister", "quiet is not leaving", "answered"] { #expect(!page.contains(words)) }
        }
        #expect(MarkdownSummaryRenderer.render(s).contains("none of your sentences"))
        #expect(HTMLSummaryRenderer.render(s).contains("none of your sentences"))
        // The tag names and the techniques are the writer's words too, and the footer says they are there.
        #expect(HTMLSummaryRenderer.render(s).contains("your tag names and the regulate: techniques as you wrote them"))
    }

    @Test func withItMarkdownAndHTMLShowTheThoughtsFactsAndReframes() throws {
        let s = summary(includeText: true)
        let words = try #require(s.current.words.first)
        #expect(words.day == date("2026-10-13"))
        #expect(words.thoughts.map(\.sentence) == ["He's going to leave me, I know it."])
        #expect(words.thoughts.first?.examined == false)
        let markdown = MarkdownSummaryRenderer.render(s)
        #expect(markdown.contains("**Tue 13 Oct, 22:50**"))
        #expect(markdown.contains("Worst-case thought (fortune-telling, not examined): “He's going to leave me, I know it.”"))
        #expect(markdown.contains("- Fact: “he is at his sister's.”"))
        #expect(markdown.contains("- Reframe: “quiet is not leaving.”"))
        #expect(markdown.contains("because you asked for them (--include-text)"))
        let html = HTMLSummaryRenderer.render(s)
        #expect(html.contains("<q>He&#39;s going to leave me, I know it.</q>"))
        #expect(html.contains("not examined"))
        #expect(html.contains("because you asked for them (--include-text)"))
        #expect(!JSONSummaryRenderer.render(s).contains("leave me"))
    }

    @Test func markdownMarkupInTheWordsIsEscaped() {
        #expect(SummaryFormatting.quotedForMarkdown("#tag *bold* <b>\nnext") == "“\\#tag \\*bold\\* \\<b\\> next”")
    }
}

@Suite struct CSVTests {
    @Test func fieldsAreQuotedAsRFC4180Says() {
        #expect(CSVSummaryRenderer.quoted("plain") == "plain")
        #expect(CSVSummaryRenderer.quoted("a,b") == "\"a,b\"")
        #expect(CSVSummaryRenderer.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVSummaryRenderer.quoted("two\nlines") == "\"two\nlines\"")
        #expect(CSVSummaryRenderer.line(["a", "b,c"]) == "a,\"b,c\"\r\n")
    }

    @Test func oneRowPerDayWithTheHeader() {
        let s = build(TimeOfDayAndUntaggedTests.text, .range(DatePeriod(from: date("2026-10-13"), to: date("2026-10-16"))), grouping: .day)
        let lines = CSVSummaryRenderer.render(s).split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines.count == 6)  // header, 4 days, and the empty string after the last CRLF
        #expect(lines[0] == CSVSummaryRenderer.header.joined(separator: ","))
        #expect(lines[1].hasPrefix("2026-10-13,2026-10-13,2026-10-13,1,0,0,0,0,0,,"))
        #expect(lines[2].hasPrefix("2026-10-14,2026-10-14,2026-10-14,1,1,6,3,3,1,0.429,"))
    }

    @Test func sharesHaveThreeDecimals() {
        #expect(SummaryFormatting.decimal(2.0 / 3.0, places: 3) == "0.667")
        #expect(SummaryFormatting.decimal(1, places: 3) == "1.000")
        #expect(SummaryFormatting.decimal(0.05, places: 3) == "0.050")
    }
}
