import Testing
@testable import JournalModel
import MarkdownSyntax

@Suite struct EvidenceTests {
    @Test func listRightBelowEvidence() throws {
        let entry = try entry("""
        He's going to leave me.

        evidence:
        - for: he was short with me
        - Against: he told me about the meetings
        - I don't know what he thinks
        - against:
        """ + "\n")
        let section = try #require(entry.evidence.first)
        #expect(entry.evidence.count == 1)
        #expect(section.items.map(\.stance) == [.for, .against, .neutral, .against])
        #expect(section.items.map(\.text) == ["he was short with me", "he told me about the meetings", "I don't know what he thinks", ""])
        #expect(section.filledItems.count == 3)
        #expect(section.hasFor && section.hasAgainst && section.isFilledIn)
        #expect(entry.hasExaminedEvidence)
        #expect(section.range.lowerBound == SourceLocation(line: 5, column: 1))
        #expect(section.items[0].range == range(6, 1, 6, 28))
        // Evidence items are not the writer's claims.
        #expect(entry.bodyProse.map(\.text) == ["He's going to leave me."])
    }

    @Test func inlineItemThenList() throws {
        let entry = try entry("Evidence: he's keeping me away from his family\n- for: I haven't met his brother\n- he texted a photo\n")
        let section = try #require(entry.evidence.first)
        #expect(section.items.map(\.stance) == [.neutral, .for, .neutral])
        #expect(section.items.first?.text == "he's keeping me away from his family")
        #expect(section.items.first?.range == SourceRange(line: 3, column: 11, length: 36))
    }

    @Test func inlineItemWithStance() throws {
        let section = try #require(try entry("evidence: against: he came home\n").evidence.first)
        #expect(section.items.map(\.stance) == [.against])
        #expect(section.items.map(\.text) == ["he came home"])
    }

    @Test func forAndAgainstLinesInTheSameParagraph() throws {
        let entry = try entry("evidence:\nfor: he was late\nagainst: the train stalled\nFor: again\ntemp: yellow\nfor: not evidence any more\n")
        let section = try #require(entry.evidence.first)
        #expect(section.items.map(\.stance) == [.for, .against, .for])
        #expect(section.items.map(\.text) == ["he was late", "the train stalled", "again"])
        #expect(entry.temperatures.map(\.value) == [.yellow])
        // After another field the section is closed: `for:` is an unknown key again, and prose.
        #expect(entry.unrecognizedFields.map(\.key) == ["for"])
        #expect(entry.bodyProse.map(\.text) == ["for: not evidence any more"])
    }

    @Test func evidenceAloneIsAnEmptySection() throws {
        let entry = try entry("evidence:\n\nNothing here.\n")
        #expect(entry.evidence.count == 1)
        #expect(entry.evidence.first?.items.isEmpty == true)
        #expect(!entry.hasExaminedEvidence)
    }

    @Test func listNotDirectlyAfterEvidenceIsASectionOfItsOwn() throws {
        // A `for:` list with no `evidence:` right above it is still the evidence the writer
        // meant (a format note offers the line above it); the empty `evidence:` stays empty.
        let entry = try entry("evidence:\n\nA paragraph between.\n\n- for: a list further down\n")
        #expect(entry.evidence.map { $0.items.map(\.text) } == [[], ["a list further down"]])
        #expect(entry.bodyProse.map(\.text) == ["A paragraph between."])
    }

    @Test func listAfterTheParagraphEndingWithEvidenceAfterOtherLines() throws {
        // `evidence:` is the last line of a paragraph that began with prose: its list still follows.
        let entry = try entry("Spiralling.\nevidence:\n- for: a\n")
        #expect(entry.evidence.first?.items.map(\.text) == ["a"])
    }

    @Test func evidenceFollowedByAnotherFieldLineDoesNotTakeTheList() throws {
        // The list after `temp:` is not the first section's; it is a section of its own.
        let entry = try entry("evidence:\ntemp: red\n- for: a list after temp\n")
        #expect(entry.evidence.map { $0.items.map(\.text) } == [[], ["a list after temp"]])
        #expect(entry.bodyProse.isEmpty)
    }

    @Test func aListUnderAMistypedKeyIsLeftToTheTypoFinding() throws {
        // `evidnce:` is reported with its fix (`unknown-field`); the list is not read a second way.
        let entry = try entry("evidnce:\n- for: he was short\n")
        #expect(entry.evidence.isEmpty)
        #expect(entry.unrecognizedFields.first?.key == "evidnce")
    }

    @Test func secondEvidenceOpensASecondSection() throws {
        let entry = try entry("evidence:\n- for: a\n\nevidence:\n- against: b\n")
        #expect(entry.evidence.map { $0.items.map(\.stance) } == [[.for], [.against]])
    }

    @Test func multiParagraphItem() throws {
        let entry = try entry("evidence:\n- for: first part\n\n  second part\n- against: b\n")
        #expect(entry.evidence.first?.items.map(\.text) == ["first part second part", "b"])
    }

    @Test func blankScaffoldIsNotExamined() throws {
        let entry = try entry("evidence:\n- for:\n- against:\n")
        #expect(entry.evidence.first?.items.count == 2)
        #expect(!entry.hasExaminedEvidence)
    }

    @Test func orderedListWorksToo() throws {
        let entry = try entry("evidence:\n1. for: a\n2. against: b\n")
        #expect(entry.evidence.first?.items.map(\.stance) == [.for, .against])
    }
}
