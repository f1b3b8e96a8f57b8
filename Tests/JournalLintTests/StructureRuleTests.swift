@testable import JournalLint
import Testing

@Suite("Evidence rules")
struct EvidenceRuleTests {
    @Test("empty-evidence: a section with nothing under it")
    func emptyEvidence() throws {
        let text = "# 2026-11-28\n\ntemp: red\n\nevidence:\n"
        let found = findings("empty-evidence", in: text)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.start == Place(5, 1))
        #expect(finding.severity == .warning)
        #expect(findings("unfilled-scaffold", in: text).isEmpty)
    }

    @Test("unfilled-scaffold: blank items are one quiet note per entry, not an empty-evidence warning each",
          arguments: ["evidence:\n- for:\n- against:\n", "evidence:\n- for:\n", "evidence:\n- for:\n- against:\n\nevidence:\n- for:\n- against:\n"])
    func unfilledScaffold(section: String) throws {
        let text = "# 2026-11-28\n\ntemp: red\n\n" + section
        #expect(findings("empty-evidence", in: text).isEmpty)
        let found = findings("unfilled-scaffold", in: text)
        #expect(found.count == 1)
        #expect(found.first?.start == Place(5, 1))
        #expect(found.first?.severity == .note)
        #expect(found.first?.message.hasPrefix("waiting for your evidence") == true)
    }

    @Test("unfilled-scaffold: an empty temp: from a template is waiting, not an invalid value that could stop a commit")
    func emptyTemperatureIsWaiting() throws {
        let text = "# 2026-11-28\n\n## 21:40\ntemp:\n\nevidence:\n- for:\n- against:\n\nurge:\nregulate:\n"
        #expect(findings("invalid-field-value", in: text).isEmpty)
        let found = findings("unfilled-scaffold", in: text)
        #expect(found.map(\.start) == [Place(4, 1)])
        #expect(found.first?.message == "this entry is waiting for your words: `temp:`, `evidence:`, `urge:`, `regulate:` still blank")
        // A lone blank field the writer typed, with no scaffold, is left to them.
        #expect(findings("unfilled-scaffold", in: "# 2026-11-28\n\nurge:\n").isEmpty)
    }

    @Test("empty-evidence: one written item is enough", arguments: [
        "evidence:\n- for:\n- against: he texted at lunch\n",
        "evidence: he said he had meetings\n",
        "evidence:\n- he was tired\n",
    ])
    func filledEvidence(section: String) {
        #expect(findings("empty-evidence", in: "# 2026-11-28\n\n" + section).isEmpty)
    }

    @Test("one-sided-evidence: for without against is a note at the section")
    func oneSided() throws {
        let text = "# 2026-11-28\n\nevidence:\n- for: he was short with me\n- he didn't call\n"
        let finding = try #require(findings("one-sided-evidence", in: text).first)
        #expect(finding.start == Place(3, 1))
        #expect(finding.severity == .note)
    }

    @Test("one-sided-evidence: balanced, neutral-only, or a blank against", arguments: [
        ("evidence:\n- for: he was short\n- against: he apologised\n", false),
        ("evidence:\n- he was tired\n", false),
        ("evidence:\n- for:\n- against:\n", false),
        ("evidence:\n- for: he was short\n- against:\n", true),
    ])
    func balanced(section: String, fires: Bool) {
        #expect(findings("one-sided-evidence", in: "# 2026-11-28\n\n" + section).isEmpty == !fires)
    }
}

@Suite("Field rules")
struct FieldRuleTests {
    @Test("unknown-field suggests the key it was probably meant to be", arguments: [
        ("evidnce", "evidence"), ("tmp", "temp"), ("Evidense", "evidence"), ("regualte", "regulate"),
        ("reasurance", "reassurance"), ("urgh", "urge"),
    ])
    func didYouMean(written: String, meant: String) throws {
        let text = "# 2026-11-28\n\n\(written): red\n"
        let found = findings("unknown-field", in: text)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.message.contains("`\(meant):`"))
        #expect(finding.start == Place(3, 1))
        #expect(finding.end == Place(3, 1 + written.utf8.count))
        #expect(!finding.message.contains(written), "the key is in the detail, not the message")
        #expect(finding.detail?.contains(written) == true)
    }

    @Test("Lines near no key are prose", arguments: ["Today: a long day", "Note: call mum", "Dinner: pasta", "the temp: red thing"])
    func prose(line: String) {
        #expect(findings("unknown-field", in: "# 2026-11-28\n\n\(line)\n").isEmpty)
    }

    @Test("Known keys in any case are fields", arguments: ["temp: red", "Temp: Red", "TEMP: red", "Evidence: he texted"])
    func knownKeys(line: String) {
        #expect(findings("unknown-field", in: "# 2026-11-28\n\n\(line)\n").isEmpty)
    }

    @Test("invalid-field-value names the valid values and points at the value", arguments: [
        ("temp: purple", 7), ("temp: red -> blue", 14), ("temp: red → blau", 15), ("temp: 🙂 大丈夫", 7),
    ])
    func invalidValue(line: String, column: Int) throws {
        let found = findings("invalid-field-value", in: "# 2026-11-28\n\n\(line)\n")
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.start == Place(3, column))
        #expect(finding.severity == .error)
        for colour in ["red", "yellow", "green"] { #expect(finding.message.contains(colour)) }
        #expect(finding.message.contains("temp"))
    }

    @Test("Valid temperatures and trajectories", arguments: ["temp: red", "temp: YELLOW", "temp: red -> yellow -> green", "temp: red → green"])
    func validValues(line: String) {
        #expect(findings("invalid-field-value", in: "# 2026-11-28\n\n\(line)\n").isEmpty)
    }
}

@Suite("Date rules")
struct DateRuleTests {
    @Test("undated-entry: text before the first dated heading")
    func undatedText() throws {
        let found = findings("undated-entry", in: "He hasn't answered.\ntemp: red\n\n# 2026-11-28\n\ntemp: red\n")
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.start == Place(1, 1))
        #expect(finding.severity == .error)
        #expect(finding.message.contains("# 2026-11-28"), "says how to date it")
        #expect(!finding.message.contains("answered"))
    }

    @Test("undated-entry: a daily note's name dates its text")
    func dailyNote() {
        #expect(findings("undated-entry", in: "He hasn't answered.\n", path: "2026-11-28.md").isEmpty)
        #expect(findings("undated-entry", in: "He hasn't answered.\n", path: "notes/2026-11-28-evening.md").isEmpty)
        #expect(findings("undated-entry", in: "He hasn't answered.\ntemp: red\n", path: "notes/evening.md").count == 1)
        // Without a field, time heading or worst-case thought it is a note.
        #expect(findings("undated-entry", in: "He hasn't answered.\n", path: "notes/evening.md").isEmpty)
        #expect(findings("undated-note", in: "He hasn't answered.\n", path: "notes/evening.md").map(\.severity) == [.note])
        // A worst-case thought without a date is an entry that needs one.
        #expect(findings("undated-entry", in: "He's going to leave me, I just know it.\n", path: "notes/evening.md").count == 1)
    }

    @Test("undated-entry: front matter, comments and undated headings are not content")
    func notContent() {
        let text = "---\ntitle: November\n---\n\n<!-- my journal -->\n\n# November\n\n# 2026-11-28\n\ntemp: red\n"
        #expect(findings("undated-entry", in: text).isEmpty)
    }

    @Test("invalid-date: impossible dates and times", arguments: [
        ("# 2026-02-30\n\ntemp: red\n", Place(1, 1)),
        ("# 2026-13-01\n\ntemp: red\n", Place(1, 1)),
        ("# 2026-11-28\n\n## 25:61 Late\n\ntemp: red\n", Place(3, 1)),
        ("# 2026-11-28\n\n## 24:00\n\ntemp: red\n", Place(3, 1)),
    ])
    func invalidDates(text: String, place: Place) throws {
        let found = findings("invalid-date", in: text)
        #expect(found.map(\.start) == [place])
        #expect(found.first?.severity == .error)
    }

    @Test("invalid-date: a daily note whose name is not a real date")
    func invalidFileName() {
        #expect(findings("invalid-date", in: "temp: red\n", path: "2026-02-30.md").map(\.start) == [Place(1, 1)])
    }

    @Test("invalid-date: real dates, leap days and the last minute", arguments: [
        "# 2024-02-29\n\ntemp: red\n", "# 2026-11-28\n\n## 00:00\n\ntemp: red\n", "# 2026-11-28\n\n## 23:59\n\ntemp: red\n",
    ])
    func validDates(text: String) {
        #expect(findings("invalid-date", in: text).isEmpty)
    }

    @Test("entry-out-of-order: oldest-first file with one entry out of place")
    func oldestFirst() throws {
        let text = "# 2026-11-26\n\ntemp: green\n\n# 2026-11-27\n\ntemp: red\n\n# 2025-11-28\n\ntemp: red\n\n# 2026-11-29\n\ntemp: yellow\n"
        let found = findings("entry-out-of-order", in: text)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.start == Place(9, 1))
        #expect(finding.message.contains("oldest-first"))
        #expect(finding.severity == .note)
    }

    @Test("entry-out-of-order: newest-first file with one entry out of place")
    func newestFirst() throws {
        let text = "# 2026-11-29\n\ntemp: green\n\n# 2026-11-28\n\ntemp: red\n\n# 2026-11-30\n\ntemp: red\n\n# 2026-11-27\n\ntemp: yellow\n\n# 2026-11-26\n\ntemp: green\n"
        let found = findings("entry-out-of-order", in: text)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.start == Place(9, 1))
        #expect(finding.message.contains("newest-first"))
    }

    @Test("entry-out-of-order: times within a day", arguments: [
        ("# 2026-11-28\n\n## 08:00\ntemp: green\n\n## 12:00\ntemp: red\n\n## 21:00\ntemp: red\n", []),
        ("# 2026-11-28\n\n## 21:00\ntemp: green\n\n## 12:00\ntemp: red\n\n## 08:00\ntemp: red\n", []),
        ("# 2026-11-28\n\n## 08:00\ntemp: green\n\n## 07:00\ntemp: red\n\n## 21:00\ntemp: red\n\n## 22:00\ntemp: red\n", [Place(6, 1)]),
    ])
    func times(text: String, expected: [Place]) {
        #expect(findings("entry-out-of-order", in: text).map(\.start) == expected)
    }

    @Test("entry-out-of-order: one entry, or a single file per day, has no order to break")
    func single() {
        #expect(findings("entry-out-of-order", in: "# 2026-11-28\n\ntemp: green\n").isEmpty)
        let files = [(path: "2026-11-29.md", text: "temp: red\n"), (path: "2026-11-28.md", text: "temp: red\n")]
        #expect(lint(files).findings.filter { $0.ruleID == "entry-out-of-order" }.isEmpty)
    }
}
