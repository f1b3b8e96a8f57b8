import Foundation
import Testing
@testable import JournalModel
import MarkdownSyntax

/// Columns are UTF-8 bytes. Each case's byte count is written out by hand.
@Suite struct JournalMultiByteColumnTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let prefix: String
        let bytes: Int
        var testDescription: String { prefix }
    }

    static let prefixes: [Case] = [
        Case(prefix: "café ", bytes: 6),          // é is 2 bytes
        Case(prefix: "🙂 ", bytes: 5),             // 4-byte emoji
        Case(prefix: "👩‍👩‍👧 ", bytes: 19),        // 4 + 3 (ZWJ) + 4 + 3 + 4, space
        Case(prefix: "大丈夫 ", bytes: 10),         // 3 × 3
        Case(prefix: "Ångström ", bytes: 11),     // Å and ö are 2 bytes each
    ]

    @Test(arguments: prefixes)
    func tagColumn(_ c: Case) throws {
        #expect(c.prefix.utf8.count == c.bytes)
        let entry = try entry(c.prefix + "#no-reply\n")
        #expect(entry.tags.map(\.range) == [SourceRange(line: 3, column: c.bytes + 1, length: 9)])
    }

    @Test(arguments: prefixes)
    func tagInHeadingAfterMultiByteTitle(_ c: Case) throws {
        let journal = build("# 2026-11-28\n## 21:40 \(c.prefix)#partner/busy\n")
        // "## 21:40 " is 9 bytes.
        #expect(journal.entries.first?.tags.map(\.range) == [SourceRange(line: 2, column: 10 + c.bytes, length: 13)])
        #expect(journal.entries.first?.title == c.prefix + "#partner/busy")
    }

    @Test(arguments: prefixes)
    func temperatureAndFieldValueColumns(_ c: Case) throws {
        let journal = build("# 2026-11-28\n\ntemp: \(c.prefix)red\n")
        // "temp: " is 6 bytes; the words before `red` are the writer's comment.
        #expect(journal.problems.isEmpty)
        #expect(journal.entries.first?.temperatures.map(\.range) == [SourceRange(line: 3, column: 7 + c.bytes, length: 3)])
        let trajectory = build("# 2026-11-28\n\n- \(c.prefix)\n  temp: red → yellow\n")
        #expect(trajectory.entries.first?.temperatures.map(\.range) == [
            SourceRange(line: 4, column: 9, length: 3), SourceRange(line: 4, column: 17, length: 6),
        ])
    }

    @Test(arguments: prefixes)
    func invalidTemperatureAfterMultiByteStep(_ c: Case) throws {
        let word = c.prefix.trimmingCharacters(in: .whitespaces)
        let journal = build("# 2026-11-28\n\ntemp: red -> \(word) -> blue\n")
        // "temp: red -> " is 13 bytes, then the word, then " -> " (4 bytes), then "blue".
        let ranges = journal.problems.map(\.range)
        #expect(ranges == [
            SourceRange(line: 3, column: 14, length: c.bytes - 1),
            SourceRange(line: 3, column: 14 + (c.bytes - 1) + 4, length: 4),
        ])
    }

    @Test(arguments: prefixes)
    func evidenceInlineItemColumn(_ c: Case) throws {
        let entry = try entry("evidence: \(c.prefix)he left\n")
        // "evidence: " is 10 bytes.
        #expect(entry.evidence.first?.items.first?.range == SourceRange(line: 3, column: 11, length: c.bytes + 7))
    }

    @Test(arguments: prefixes)
    func tagAfterMultiByteTextBelowAQuote(_ c: Case) throws {
        let entry = try entry("> \(c.prefix)quoted\n\n\(c.prefix)prose #tag\n")
        #expect(entry.tags.map(\.range) == [SourceRange(line: 5, column: c.bytes + 7, length: 4)])
    }

    @Test(arguments: prefixes)
    func claimTextMapsBackExactly(_ c: Case) throws {
        let journal = build("# 2026-11-28\n\n\(c.prefix)he's **going** to leave me\n")
        let span = try #require(journal.entries.first?.bodyProse.first)
        #expect(span.text == c.prefix + "he's going to leave me")
        // "leave me" starts after the prefix and "he's going to " (14 bytes) in the text,
        // and after the prefix and "he's **going** to " (18 bytes) in the source.
        let start = c.bytes + 14
        let mapped = span.sourceRange(ofUTF8: start..<(start + 8))
        #expect(mapped == SourceRange(line: 3, column: c.bytes + 19, length: 8))
        #expect(slice(mapped, of: journal) == "leave me")
        let goingStart = c.bytes + 5
        #expect(span.sourceRange(ofUTF8: goingStart..<(goingStart + 5)) == SourceRange(line: 3, column: c.bytes + 8, length: 5))
    }

    @Test func unrecognizedKeyAfterMultiByteLineAbove() throws {
        let entry = try entry("🙂🙂\nevidnce: x\n")
        #expect(entry.unrecognizedFields.map(\.keyRange) == [SourceRange(line: 4, column: 1, length: 7)])
    }
}
