import Testing
@testable import JournalModel

/// Day headings dated another way than `YYYY-MM-DD` are reported with the ISO date they mean,
/// and their entries are not filed under the day above (docs/format.md, "Dates").
@Suite struct OtherDateFormTests {
    @Test(arguments: [
        ("21/11/2026", ["2026-11-21"]), ("11/21/2026", ["2026-11-21"]), ("03/04/2026", ["2026-04-03", "2026-03-04"]),
        ("5/5/2026", ["2026-05-05"]), ("21.11.2026", ["2026-11-21"]), ("21-11-2026", ["2026-11-21"]),
        ("2026/11/21", ["2026-11-21"]), ("2026-1-5", ["2026-01-05"]), ("Nov 23, 2026", ["2026-11-23"]),
        ("November 23rd 2026 late", ["2026-11-23"]), ("23 Nov 2026", ["2026-11-23"]), ("23rd of November, 2026", ["2026-11-23"]),
        ("Monday, 23 November 2026", ["2026-11-23"]), ("mon nov 23 2026", ["2026-11-23"]), ("Sept 3 2026", ["2026-09-03"]),
        ("31/02/2026", []),
    ])
    func isRecognised(_ text: String, _ expected: [String]) throws {
        let form = try #require(OtherDateForm(text))
        #expect(form.candidates.map(\.description) == expected)
    }

    @Test(arguments: ["22:00", "9pm", "November 2026", "Notes from 3/4", "10/10 would write again", "Thursday", "2026",
                      "May I say something", "What happened", "Nov 23"])
    func isNotADate(_ text: String) {
        #expect(OtherDateForm(text) == nil)
    }

    @Test func theEntriesUnderItAreNotFiledUnderTheDayAbove() throws {
        let text = "# 2026-11-20\n## 10:00\ntemp: green\n\n# Nov 23, 2026\n## 22:00\ntemp: red\n\n# 2026-11-24\ntemp: yellow\n"
        let journal = JournalBuilder.build(bytes: Array(text.utf8), path: "november.md")
        #expect(journal.days.map(\.date.description) == ["2026-11-20", "2026-11-24"])
        #expect(journal.days[0].entries.flatMap(\.temperatures).count == 1)
        let problem = try #require(journal.problems.first)
        #expect(problem.kind == .otherDateForm)
        #expect(problem.dates.map(\.description) == ["2026-11-23"])
        #expect(problem.message.contains("2026-11-23"))
        #expect(problem.range.lowerBound.line == 5)
    }

    @Test func aDailyNotesTitleWithItsOwnDateIsATitle() {
        let journal = JournalBuilder.build(bytes: Array("# Monday, November 23, 2026\n\n## 08:15\ntemp: green\n".utf8), path: "2026-11-23.md")
        #expect(journal.problems.isEmpty)
        #expect(journal.days.first?.entries.count == 1)
    }
}
