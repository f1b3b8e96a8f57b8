import Testing
@testable import JournalModel

/// A Logseq journal as Logseq writes it: `journals/YYYY_MM_DD.md`, every line an outline
/// bullet (nested with tabs), block properties `key:: value` under a block's first line
/// (docs/format.md, "Logseq journals").
@Suite struct LogseqJournalTests {
    static let page = """
    - 08:15 woke at 5, heart racing #anxious
    \t- He has not texted since last night. He is going to leave me.
    \t- temp:: red
    - evidence
    \t- for: he was short on the phone
    \t- against: he said he would call after his meeting
    - Evening check-in
      temp:: yellow
      urge:: text him again (resisted)
      collapsed:: true
    \t- walked by the river #walk

    """

    static func journal(path: String = "graph/journals/2026_11_23.md") -> Journal {
        JournalBuilder.build(bytes: Array(page.utf8), path: path)
    }

    @Test func theFileNameDatesTheDay() {
        let journal = Self.journal()
        #expect(journal.days.map(\.date.description) == ["2026-11-23"])
        #expect(journal.problems.isEmpty)
        #expect(JournalFileName(path: "journals/2026_11_23.md") == .daily(JournalDate(year: 2026, month: 11, day: 23)!))
        #expect(JournalFileName(path: "journals/2026_11_31.md") == nil)
        #expect(JournalFileName(path: "journals/2026_11_2.md") == nil)
    }

    @Test func itsBulletsAndPropertiesAreRead() throws {
        let entry = try #require(Self.journal().entries.first)
        #expect(Self.journal().entries.count == 1)
        #expect(entry.temperatures.map(\.value) == [.red, .yellow])
        #expect(entry.urges.map(\.outcome) == [.resisted])
        #expect(entry.evidence.map { $0.items.map(\.stance) } == [[.for, .against]])
        #expect(entry.tagNames == ["anxious", "walk"])
        // `collapsed:: true` is Logseq's metadata: not prose, not an unknown field.
        #expect(!entry.bodyProse.contains { $0.text.contains("collapsed") })
        #expect(entry.unrecognizedFields.isEmpty)
    }

    @Test func propertiesAreLogseqsSyntaxNotASlip() {
        // `temp:: red` is how Logseq writes a property: no note to change it. `evidence` alone
        // above its list is still noted (`evidence:` is plain text in Logseq too).
        #expect(Self.journal().formatNotes.map(\.replacement) == ["evidence:"])
    }

    @Test func elsewhereTheDoubledColonIsStillASlip() {
        let journal = JournalBuilder.build(bytes: Array("# 2026-11-23\n\ntemp:: red\n".utf8), path: "2026-11-23.md")
        #expect(journal.formatNotes.map(\.replacement) == ["temp: "])
    }
}
