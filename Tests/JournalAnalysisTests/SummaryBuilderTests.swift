import JournalDetection
import JournalModel
import Testing
@testable import JournalAnalysis

/// A small journal whose every number below was counted by hand. Journal days with days
/// starting at 04:00 (the 02:30 entry on the 24th counts for the 23rd):
///
/// | entry | day | readings | tags | reassurance | urges | other |
/// | --- | --- | --- | --- | --- | --- | --- |
/// | P1 11-20 10:00 | 20 | red | partner-busy | 2 | acted | |
/// | P2 11-22 untimed | 22 | yellow | | | | |
/// | E1 11-23 08:00 | 23 | yellow, green | partner-busy | 1 | | walk before green |
/// | E2 11-23 21:00 | 23 | red, yellow | partner-busy, no-reply | | resisted | cold water, breathwork before yellow; fact |
/// | E3 11-24 02:30 | 23 | red | no-reply | 1 | acted | |
/// | E4 11-24 12:00 | 24 | red, green | partner-busy | 1 | | |
/// | E5 11-25 untimed | 25 | green | friends | | unspecified | reframe |
/// | E6 11-27 09:00 | 27 | red, yellow | partner-busy, work | | | shower before; evidence for + against |
/// | E7 11-27 19:00 | 27 | green | friends, no-reply | 2 | | |
let fixture = """
# 2026-11-20 Friday

## 10:00 Old week #partner-busy
temp: red
reassurance: asked if he was still coming
reassurance: asked again
urge: call him (acted)

# 2026-11-22 Sunday
A slow day.

temp: yellow

# 2026-11-23 Monday

## 08:00 Morning #partner-busy
temp: yellow
regulate: walk
temp: green
reassurance: asked Sam if we're fine

## 21:00 Evening #partner-busy #no-reply
temp: red
regulate: cold water, Breathwork
urge: text him again (resisted)
temp: yellow
fact: he is at work.

# 2026-11-24 Tuesday

## 02:30 Late #no-reply
temp: red
reassurance: texted Sam
urge: check his location (acted)

## 12:00 Lunch #partner-busy
temp: red
reassurance: asked Noor
temp: green

# 2026-11-25 Wednesday
Lunch with #friends.

temp: green
reframe: a quiet day is a quiet day.
urge: scroll his profile

# 2026-11-27 Friday

## 09:00 Busy again #partner-busy #work
regulate: shower
temp: red -> yellow

evidence:
- for: he didn't reply
- against: he said he'd be at the conference

## 19:00 Dinner #friends #no-reply
temp: green
reassurance: asked him if he still loves me
reassurance: asked again after dinner

"""

let fixtureJournal = JournalBuilder.build(bytes: Array(fixture.utf8), path: "fixture.md")
let week48 = PeriodRequest.week(ISOWeek(year: 2026, week: 48)!)

func summary(
    _ period: PeriodRequest = week48, compare: Bool = false, dayStartsAt: TimeOfDay = TimeOfDay(hour: 4, minute: 0)!,
    limit: Int = 1, insights: some EntryInsightProvider = FieldsOnlyInsightProvider()
) -> Summary {
    let options = SummaryOptions(period: period, compare: compare, dayStartsAt: dayStartsAt, reassuranceLimit: limit)
    return SummaryBuilder.build(journals: [fixtureJournal], options: options, insights: insights)!
}

@Suite struct SummaryBuilderTests {
    let week = summary().current

    @Test("An act that says 'for the third time tonight' raises its day's count, as the linter counts it")
    func impliedReassuranceCount() throws {
        let text = "# 2026-11-24\n\n## 09:00\nFor the third time tonight I asked him if we're okay.\n\n## 22:00\nreassurance: asked again\n"
        let journal = JournalBuilder.build(bytes: Array(text.utf8), path: "j.md")
        let options = SummaryOptions(period: week48, reassuranceLimit: 1)
        let built = try #require(SummaryBuilder.build(journals: [journal], options: options,
                                                      insights: DetectorInsightProvider(analyzer: EntryAnalyzer())))
        #expect(built.current.reassurance.perDay.first { $0.date == date("2026-11-24") }?.count == 4)
        #expect(built.current.reassurance.daysOverLimit == [date("2026-11-24")])
    }

    @Test func theFixtureReadsAsWritten() {
        #expect(fixtureJournal.problems.isEmpty)
        #expect(fixtureJournal.entries.count == 9)
    }

    @Test func daysAndEntries() {
        #expect(week.period == DatePeriod(from: date("2026-11-23"), to: date("2026-11-29")))
        #expect(week.daysJournaled == 4) // 23, 24, 25, 27
        #expect(week.entries == 7)
        #expect(week.entriesPerDay == 1.75)
    }

    @Test func readings() {
        let t = week.temperature
        #expect((t.red, t.yellow, t.green) == (4, 3, 4))
        #expect(t.readings == 11)
    }

    @Test func firstAndLastReadingPerDay() {
        let days = week.temperature.perDay
        #expect(days.map(\.date) == ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-27"].map(date))
        // The 23rd: 08:00 yellow green, 21:00 red yellow, then the 02:30 entry (late that night) red.
        #expect(days[0].sequence == [.yellow, .green, .red, .yellow, .red])
        #expect((days[0].first, days[0].last) == (.yellow, .red))
        #expect((days[0].red, days[0].yellow, days[0].green) == (2, 2, 1))
        #expect((days[1].first, days[1].last) == (.red, .green))
        #expect((days[2].first, days[2].last) == (.green, .green))
        #expect((days[3].first, days[3].last) == (.red, .green))
    }

    @Test func trajectoriesDownAndWhatCameBefore() {
        let t = week.temperature
        #expect(t.trajectoriesDown == 4) // E1, E2, E4, E6
        #expect(t.moves.map { "\($0.from)>\($0.to) \($0.count)" } == ["red>yellow 2", "red>green 1", "yellow>green 1"])
        #expect(t.techniquesBeforeDown == [
            NamedCount(name: "breathwork", count: 1), NamedCount(name: "cold water", count: 1),
            NamedCount(name: "shower", count: 1), NamedCount(name: "walk", count: 1),
        ])
        // Red brought down with no reassurance in the entry: E2 and E6 (E4 asked Noor).
        #expect(week.progress.redBroughtDownOnOwn == 2)
    }

    @Test func techniquesAfterTheCoolerReadingDoNotCount() {
        let journal = JournalBuilder.build(bytes: Array("""
        # 2026-11-23
        ## 10:00
        temp: red
        temp: yellow
        regulate: walk
        """.utf8), path: "late.md")
        let digest = SummaryBuilder.digests(of: journal, options: SummaryOptions())[0]
        #expect(digest.cooling == EntryDigest.Cooling(from: .red, to: .yellow, techniquesBefore: [], onOwn: true))
    }

    @Test func upAndBackIsNotDown() {
        let journal = JournalBuilder.build(bytes: Array("""
        # 2026-11-23
        ## 10:00
        temp: red -> yellow -> red
        """.utf8), path: "up.md")
        #expect(SummaryBuilder.digests(of: journal, options: SummaryOptions())[0].cooling == nil)
    }

    @Test func triggers() {
        let triggers = week.triggers
        #expect(triggers.map(\.tag) == ["partner-busy", "no-reply", "friends", "work"])
        #expect(triggers.map(\.count) == [4, 3, 2, 1])
        #expect(triggers.map(\.reachedRed) == [3, 2, 0, 1])
        #expect(triggers[0].days == ["2026-11-23", "2026-11-24", "2026-11-27"].map(date))
        // E2 and E3 are both on the 23rd (E3 by the day-start rule).
        #expect(triggers[1].days == ["2026-11-23", "2026-11-27"].map(date))
    }

    @Test func associationsNeedThreeEntries() {
        // #no-reply (3 entries) is shown; #friends (2) is not.
        #expect(week.associations(minimum: 3).map(\.tag) == ["partner-busy", "no-reply"])
        let text = TextSummaryRenderer.render(summary())
        #expect(text.contains("#partner-busy: 3 of 4 entries reached red"))
        #expect(text.contains("#no-reply: 2 of 3 entries reached red"))
        #expect(!text.contains("#friends: 0 of 2"))
        #expect(text.contains("Associations, not causes"))
    }

    @Test func reassurancePerDayFollowsTheDayStart() {
        let r = week.reassurance
        #expect(r.limit == 1)
        // The 23rd: 1 (08:00) + 1 (02:30 on the 24th, before 04:00).
        #expect(r.perDay == [DayCount(date: date("2026-11-23"), count: 2), DayCount(date: date("2026-11-24"), count: 1),
                             DayCount(date: date("2026-11-25"), count: 0), DayCount(date: date("2026-11-27"), count: 2)])
        #expect(r.total == 5)
        #expect(r.daysOverLimit == [date("2026-11-23"), date("2026-11-27")])
        #expect(r.daysWithinLimit == 2)
        #expect(r.longestRunWithinLimit == DateRun(from: date("2026-11-24"), to: date("2026-11-25")))
    }

    @Test func withDaysStartingAtMidnightThe0230EntryMoves() {
        let r = summary(dayStartsAt: TimeOfDay(hour: 0, minute: 0)!).current.reassurance
        #expect(r.perDay.map(\.count) == [1, 2, 0, 2])
        #expect(r.daysOverLimit == [date("2026-11-24"), date("2026-11-27")])
        #expect(r.longestRunWithinLimit == DateRun(from: date("2026-11-23"), to: date("2026-11-23")))
    }

    @Test func aHigherLimit() {
        let r = summary(limit: 2).current.reassurance
        #expect(r.daysOverLimit.isEmpty)
        #expect(r.daysWithinLimit == 4)
        // 23, 24, 25 are consecutive; 26 has no entry, so the run ends.
        #expect(r.longestRunWithinLimit?.length == 3)
    }

    @Test func urgesFactsAndProgress() {
        #expect(week.urges == UrgeSummary(resisted: 1, acted: 1, unspecified: 1))
        #expect((week.facts, week.reframes) == (1, 1))
        #expect(week.progress == ProgressMarkers(pausedBeforeReacting: 1, redBroughtDownOnOwn: 2,
                                                 daysWithinReassuranceLimit: 2, thoughtsExamined: 0, possibleThoughtsExamined: 0))
        #expect(week.claims.total == 0)
    }

    @Test func claimsAndProseReassuranceComeFromTheProvider() {
        // A stand-in detector: a claim in the entries titled Evening (no evidence) and
        // Busy again (evidence with against:), and one prose reassurance act on the 25th.
        let provider = StandInDetector()
        let s = summary(insights: provider).current
        #expect(s.claims.total == 3)
        #expect(s.claims.examined == 2)
        #expect(s.claims.withAgainst == 2)
        #expect(s.claims.coverage == 2.0 / 3.0)
        #expect(s.claims.byKind == [.init(kind: "fortune-telling", total: 2, examined: 1, withAgainst: 1),
                                    .init(kind: "what-if", total: 1, examined: 1, withAgainst: 1)])
        #expect(s.progress.thoughtsExamined == 2)
        #expect(s.reassurance.perDay.map(\.count) == [2, 1, 2, 2])
        #expect(s.reassurance.total == 7)
        #expect(s.reassurance.daysOverLimit.count == 3)
    }

    @Test func periodSelection() {
        // Default: the seven days ending on the latest entry (the 27th): 21st … 27th.
        let latest = summary(.defaultPeriod).current
        #expect(latest.period == DatePeriod(from: date("2026-11-21"), to: date("2026-11-27")))
        #expect((latest.daysJournaled, latest.entries) == (5, 8)) // P2 on the 22nd and the week's 7

        let lastTwoWeeks = summary(try! PeriodRequest.parseLast("2w")).current
        #expect(lastTwoWeeks.period == DatePeriod(from: date("2026-11-14"), to: date("2026-11-27")))
        #expect((lastTwoWeeks.daysJournaled, lastTwoWeeks.entries) == (6, 9))

        // --from/--to: the 02:30 entry dated the 24th belongs to the 23rd, so it is left out.
        let range = summary(.range(DatePeriod(from: date("2026-11-24"), to: date("2026-11-25")))).current
        #expect((range.daysJournaled, range.entries) == (2, 2))
        #expect(range.temperature.red == 1)

        let previousWeek = summary(.week(ISOWeek(year: 2026, week: 47)!)).current
        #expect((previousWeek.daysJournaled, previousWeek.entries) == (2, 2))

        let empty = summary(.week(ISOWeek(year: 2026, week: 50)!)).current
        #expect(empty.isEmpty)
        #expect(empty.daysJournaled == 0)
        #expect(empty.reassurance.longestRunWithinLimit == nil)
        #expect(TextSummaryRenderer.render(summary(.week(ISOWeek(year: 2026, week: 50)!))).contains("No entries in this period"))
    }

    @Test func noEntriesAtAll() {
        let options = SummaryOptions()
        #expect(SummaryBuilder.build(digests: [], options: options) == nil)
        #expect(SummaryBuilder.build(digests: [], options: SummaryOptions(period: week48))?.current.isEmpty == true)
    }

    @Test func compareWithThePreviousWeek() throws {
        let s = summary(compare: true)
        let previous = try #require(s.previous)
        #expect(previous.period == DatePeriod(from: date("2026-11-16"), to: date("2026-11-22")))
        #expect((previous.daysJournaled, previous.entries) == (2, 2))
        #expect((previous.temperature.red, previous.temperature.yellow, previous.temperature.green) == (1, 1, 0))
        #expect(previous.reassurance.daysOverLimit == [date("2026-11-20")])
        let changes = try #require(s.changes)
        let deltas = Dictionary(uniqueKeysWithValues: changes.metrics.map { ($0.key, $0.delta) })
        #expect(deltas == ["days": 2, "entries": 5, "red": 3, "yellow": 2, "green": 4, "trajectoriesDown": 4,
                           "reassuranceActs": 3, "daysOverLimit": 1, "urgesResisted": 1, "urgesActed": 0,
                           "claimsExamined": 0])
        #expect(changes.metric("entries") == MetricChange(key: "entries", label: "entries", current: 7, previous: 2))
        #expect(changes.triggers.map { "\($0.key) \($0.delta)" } == ["no-reply 3", "partner-busy 3", "friends 2", "work 1"])
        #expect(summary().previous == nil)
    }

    @Test func digestsKeepNoWords() {
        // What the CLI keeps per entry after a file is released: counts, dates, tag names, techniques.
        let digests = SummaryBuilder.digests(of: fixtureJournal, options: SummaryOptions())
        let dump = "\(digests)"
        for words in ["asked Sam", "he is at work", "conference", "quiet day", "Busy again", "slow day"] {
            #expect(!dump.contains(words))
        }
    }
}

/// Insights a detector might find in the fixture, chosen by entry title.
private struct StandInDetector: EntryInsightProvider {
    func insights(for entry: Entry) -> EntryInsights {
        switch entry.title {
        case let title where title.hasPrefix("Evening"):
            EntryInsights(claims: [ClaimInsight(kind: "fortune-telling", in: entry)])
        case let title where title.hasPrefix("Busy again"):
            EntryInsights(claims: [ClaimInsight(kind: "what-if", in: entry), ClaimInsight(kind: "fortune-telling", in: entry)])
        case "Wednesday":
            EntryInsights(proseReassuranceActs: 2)
        default:
            .none
        }
    }
}
