import Testing
import JournalModel

/// `## 22:00` then `## 1am` in one day: the night going on, read as the next calendar day
/// (docs/format.md, "Past midnight").
@Suite struct PastMidnightTests {
    /// Each entry as `date time`, in file order.
    static func moments(_ text: String, path: String) -> [String] {
        JournalBuilder.build(bytes: Array(text.utf8), path: path).days
            .flatMap { day in day.entries.map { "\($0.date) \($0.time.map { "\($0)" } ?? "-")" } }
    }

    @Test func aSmallHoursEntryAfterAnEveningOneIsTheNextDay() {
        let daily = "## 22:00\ntemp: yellow\n\n## 1am\ntemp: red\n\n## 2:30am\ntemp: yellow\n"
        #expect(Self.moments(daily, path: "notes/2026-11-21.md") == ["2026-11-21 22:00", "2026-11-22 01:00", "2026-11-22 02:30"])
        let monthly = "# 2026-11-21 #work\n## 23:40\ntemp: red\n## 00:15\ntemp: red\n# 2026-11-22\n## 09:00\ntemp: green\n"
        #expect(Self.moments(monthly, path: "november.md") == ["2026-11-21 23:40", "2026-11-22 00:15", "2026-11-22 09:00"])
    }

    @Test func theDayHeadingsTagsCarryOver() throws {
        let journal = JournalBuilder.build(bytes: Array("# 2026-11-21 #work\n## 23:40\ntemp: red\n## 00:15\ntemp: red\n".utf8), path: "j.md")
        let late = try #require(journal.days.last?.entries.last)
        #expect(late.date.description == "2026-11-22")
        #expect(late.tags.map(\.name).contains("work"))
    }

    @Test(arguments: [
        ("## 21:00\ntemp: red\n\n## 08:00\ntemp: green\n", ["2026-11-21 21:00", "2026-11-21 08:00"]), // a morning, not the night: out of order, noted by lint
        ("## 14:00\ntemp: red\n\n## 01:00\ntemp: green\n", ["2026-11-21 14:00", "2026-11-21 01:00"]), // the afternoon before
        ("## 01:00\ntemp: red\n\n## 23:00\ntemp: green\n", ["2026-11-21 01:00", "2026-11-21 23:00"]),
        ("## 2026-11-21 23:00\ntemp: red\n\n## 2026-11-21 01:00\ntemp: green\n", ["2026-11-21 23:00", "2026-11-21 01:00"]), // full dates say which day
    ])
    func otherOrdersStayOnTheirDay(_ text: String, _ expected: [String]) {
        #expect(Self.moments(text, path: "2026-11-21.md") == expected)
    }
}
