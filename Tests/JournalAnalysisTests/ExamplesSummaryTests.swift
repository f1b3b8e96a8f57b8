import Foundation
import JournalModel
import Testing
@testable import JournalAnalysis

/// The summary of the tidy folders of `Examples/` (`daily/`, `jrnl/`, `monthly/`; not `messy/`),
/// checked against numbers counted from the hand-made manifest
/// `Tests/SteadyCLITests/Fixtures/examples-expected.json` (37 entries), not from a parser.
@Suite struct ExamplesSummaryTests {
    static let digests: [EntryDigest] = {
        let root = HTMLBrowserTests.repository.appendingPathComponent("Examples")
        let paths = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix("messy/") }.sorted()
        return paths.flatMap { path in
            let bytes = [UInt8](FileManager.default.contents(atPath: root.appendingPathComponent(path).path) ?? Data())
            return SummaryBuilder.digests(of: JournalBuilder.build(bytes: bytes, path: "Examples/" + path), options: SummaryOptions())
        }
    }()

    func summary(_ period: PeriodRequest) -> PeriodSummary {
        SummaryBuilder.build(digests: Self.digests, options: SummaryOptions(period: period))!.current
    }

    @Test func wholeJournal() {
        let s = summary(.range(DatePeriod(from: date("2026-11-09"), to: date("2026-11-28"))))
        #expect((s.daysJournaled, s.entries) == (20, 37))
        #expect((s.temperature.red, s.temperature.yellow, s.temperature.green) == (10, 23, 18))
        #expect(s.temperature.trajectoriesDown == 13)
        #expect(s.triggers.map { "\($0.tag) \($0.count) \($0.reachedRed)" } == [
            "partner-busy 11 3", "no-reply 7 5", "partner/plans 5 2", "work 4 1", "friends 3 0", "therapy 2 0",
            "good-day 1 0", "inside-joke 1 0",
        ])
        // Three days over the limit of 1; the 20th only because its 01:30 entry is in the 21st's note.
        #expect(s.reassurance.daysOverLimit == ["2026-11-11", "2026-11-17", "2026-11-20"].map(date))
        #expect(s.reassurance.total == 12)
        #expect(s.urges == UrgeSummary(resisted: 8, acted: 5, unspecified: 1))
        #expect(s.facts + s.reframes == 13)
    }

    @Test func defaultWeek() {
        let s = summary(.defaultPeriod)
        #expect(s.period == DatePeriod(from: date("2026-11-22"), to: date("2026-11-28")))
        #expect((s.daysJournaled, s.entries) == (7, 10))
        #expect((s.temperature.red, s.temperature.yellow, s.temperature.green) == (0, 5, 9))
        #expect(s.temperature.trajectoriesDown == 4)
        #expect(s.reassurance.daysOverLimit.isEmpty)
        #expect(s.urges.resisted == 4)
    }

    @Test func week47() {
        let s = summary(.week(ISOWeek(year: 2026, week: 47)!))
        #expect((s.daysJournaled, s.entries) == (7, 15))
        #expect((s.temperature.red, s.temperature.yellow, s.temperature.green) == (4, 11, 7))
        #expect(s.associations(minimum: 3).map { "\($0.tag) \($0.reachedRed)/\($0.count)" } == ["partner-busy 2/5", "no-reply 3/3"])
        #expect(s.reassurance.perDay.map(\.count) == [0, 2, 0, 0, 2, 0, 0])
    }
}
