import Testing
@testable import JournalModel
import MarkdownSyntax

@Suite struct ProseTests {
    @Test func blockQuotesAreQuotedProseNotProse() throws {
        let entry = try entry("My words.\n\n> Her words: \"you're too much\".\n> > nested quote\n")
        #expect(entry.bodyProse.map(\.text) == ["My words."])
        #expect(entry.quotedProse.map(\.text) == ["Her words: \"you're too much\".", "nested quote"])
    }

    @Test func proseLeavesOutCodeHTMLAndMarkup() throws {
        let entry = try entry("I *really* think `code` he <b>is</b> [leaving](u) ![alt](p.png).\n\n```\ncode block\n```\n")
        #expect(entry.bodyProse.map(\.text) == ["I really think  he is leaving ."])
    }

    @Test func proseFromListItemsAndHeadings() throws {
        let journal = build("# 2026-11-28 Saturday\n### What happened\n- one\n- two\n")
        #expect(journal.entries.first?.prose.map(\.text) == ["2026-11-28 Saturday", "What happened", "one", "two"])
    }

    @Test func linesOfAParagraphAreJoinedWithASpace() throws {
        let entry = try entry("one\ntwo  \nthree\\\nfour\n")
        #expect(entry.bodyProse.map(\.text) == ["one two three four"])
        #expect(entry.bodyProse.first?.range == range(3, 1, 6, 5))
        #expect(entry.bodyProse.first?.blockRange == range(3, 1, 6, 5))
    }

    @Test func proseSpanMapsOffsetsBackToTheSource() throws {
        let journal = build("# 2026-11-28\n\nHe's *going* to leave me.\nI'll end up alone.\n")
        let span = try #require(journal.entries.first?.bodyProse.first)
        #expect(span.text == "He's going to leave me. I'll end up alone.")
        func locate(_ phrase: String) -> SourceRange {
            let bytes = Array(span.text.utf8)
            let needle = Array(phrase.utf8)
            let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
            return span.sourceRange(ofUTF8: start..<(start + needle.count))
        }
        #expect(locate("leave me") == SourceRange(line: 3, column: 17, length: 8))
        #expect(slice(locate("leave me"), of: journal) == "leave me")
        #expect(locate("going") == SourceRange(line: 3, column: 7, length: 5))
        #expect(locate("end up alone") == SourceRange(line: 4, column: 6, length: 12))
        // A phrase across the soft break spans both lines.
        #expect(locate("me. I'll") == range(3, 23, 4, 5))
    }

    @Test func piecesWithEntitiesAndEscapesAreAlignedWithTheirSource() throws {
        // "a &amp; b \\* c" is one text node whose literal "a & b * c" is shorter than its source:
        // offsets are aligned across the entity and the escape.
        let span = try #require(try entry("a &amp; b \\* c\n").bodyProse.first)
        #expect(span.text == "a & b * c")
        #expect(span.sourceRange(ofUTF8: 2..<3) == range(3, 3, 3, 8))   // the entity as a whole
        #expect(span.sourceRange(ofUTF8: 4..<5) == range(3, 9, 3, 10))  // "b"
        #expect(span.sourceRange(ofUTF8: 6..<9) == range(3, 12, 3, 15)) // "* c" after the backslash
    }

    @Test func whitespaceOnlyBlocksHaveNoProse() throws {
        let entry = try entry("`only code`\n\n<span></span>\n")
        #expect(entry.bodyProse.isEmpty)
    }
}
