import JournalDetection
import JournalModel
import SteadyTestSupport
import Testing
@testable import JournalAnalysis

/// The summary reads digests in place, through their day order, and tallies tags as it goes
/// (rather than copying the digests per day and per tag): these check it against counts made
/// the plain way, over many random journals given in random order.
@Suite struct SummaryInPlaceTests {
    static let first = JournalDate(year: 2026, month: 10, day: 20)!
    static let tagNames = ["work", "text", "night", "sam", "family"]

    static func randomDigests(_ random: inout SeededGenerator) -> [EntryDigest] {
        (0..<Int.random(in: 0...120, using: &random)).map { _ in
            let day = first.adding(days: Int.random(in: 0..<40, using: &random))
            let temperatures = (0..<Int.random(in: 0...3, using: &random)).map { _ in [Temperature.red, .yellow, .green].randomElement(using: &random)! }
            let tags = tagNames.filter { _ in Int.random(in: 0..<4, using: &random) == 0 }
            let acts = Int.random(in: 0...3, using: &random)
            return EntryDigest(
                day: day, minutesIntoDay: Bool.random(using: &random) ? nil : Int.random(in: 0..<1440, using: &random),
                tags: tags, temperatures: temperatures, reassuranceActs: acts,
                reassuranceAtLeast: Int.random(in: 0...4, using: &random), urgesResisted: Int.random(in: 0...1, using: &random),
                claims: (0..<Int.random(in: 0...2, using: &random)).map { _ in
                    ClaimInsight(kind: ["what-if-spiral", "fortune-telling"].randomElement(using: &random)!, examined: Bool.random(using: &random), hasAgainst: Bool.random(using: &random))
                })
        }
    }

    @Test("the same summary from digests in any file order, and tags counted as a plain count counts them", arguments: 0..<200)
    func inPlaceMatchesPlainCounts(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let digests = Self.randomDigests(&random)
        let period = DatePeriod(from: Self.first.adding(days: Int.random(in: 0..<10, using: &random)),
                                to: Self.first.adding(days: Int.random(in: 15..<45, using: &random)))
        let options = SummaryOptions(period: .range(period), compare: true, dayStartsAt: TimeOfDay(hour: 4, minute: 0)!, grouping: .week)
        let summary = try #require(SummaryBuilder.build(digests: digests, options: options))
        // Given already in day order (entries of a day and time kept as read), the same summary.
        let inDayOrder = digests.enumerated().sorted { a, b in
            (a.element.day.dayNumber, a.element.minutesIntoDay ?? -1, a.offset) < (b.element.day.dayNumber, b.element.minutesIntoDay ?? -1, b.offset)
        }.map(\.element)
        #expect(SummaryBuilder.build(digests: inDayOrder, options: options) == summary)

        let inPeriod = digests.filter { $0.day >= period.from && $0.day <= period.to }
        let current = summary.current
        #expect(current.entries == inPeriod.count)
        #expect(current.daysJournaled == Set(inPeriod.map(\.day)).count)
        for trigger in current.triggers {
            let tagged = inPeriod.filter { $0.tags.contains(trigger.tag) }
            #expect(trigger.count == tagged.count)
            #expect(trigger.days == Set(tagged.map(\.day)).sorted())
            #expect(trigger.reachedRed == tagged.count(where: \.reachedRed))
        }
        #expect(Set(current.triggers.map(\.tag)) == Set(inPeriod.flatMap(\.tags)))
        let untagged = inPeriod.filter(\.tags.isEmpty)
        #expect(current.untagged?.count == (untagged.isEmpty ? nil : untagged.count))
        #expect(current.untagged?.days ?? [] == Set(untagged.map(\.day)).sorted())
        // Each day's readings and reassurance are its own entries', whatever runs they sit in.
        for day in current.temperature.perDay {
            let readings = inPeriod.filter { $0.day == day.date }.flatMap(\.temperatures)
            #expect(day.red + day.yellow + day.green == readings.count)
            #expect(day.red == readings.count(of: .red))
        }
        for day in current.reassurance.perDay {
            #expect(day.count >= inPeriod.filter { $0.day == day.date }.reduce(0) { $0 + $1.reassuranceActs })
        }
        // The rows are the period cut in weeks: their counts add up to the period's.
        #expect(summary.rows.reduce(0) { $0 + $1.entries } == current.entries)
        #expect(summary.rows.reduce(0) { $0 + $1.claims.total } == current.claims.total)
    }
}

private extension Array where Element == Temperature {
    func count(of value: Temperature) -> Int { count { $0 == value } }
}
