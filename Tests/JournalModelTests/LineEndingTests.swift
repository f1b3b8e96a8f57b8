import Testing
@testable import JournalModel
@testable import MarkdownSyntax

/// The line endings cmark reads (`\n`, `\r\n`, a lone `\r`) give a journal with the same days,
/// entries, fields, tags, evidence and positions as its LF twin (issue 17: a lone CR made every
/// later field read as prose, and a CR-only file lost them all).
@Suite struct LineEndingTests {
    static let journal = """
        ---
        title: week
        ---
        # 2026-11-28 Saturday

        ## 21:40 No reply #no-reply
        He is going to leave me, I just know it.
        Second line of prose with #late-night tag.

        temp: red -> yellow
        urge: text him (resisted)
        regulate: walk, tea
        fact: he said he was in meetings

        evidence:
        - for: he was short on the phone
        - against: he said he loved me this morning

        <!-- steady-disable-next-line unsupported-catastrophizing -- known -->
        I will fail the exam and lose everything.

        ## 23:05 Later
        > quoted #quote-tag
        > temp: green

        - fact: list item field
        - tea with `code #not-a-tag`

        """

    @Test(arguments: LineEndingStyle.allCases)
    func journalWithAnyLineEndingsGivesTheModelOfItsLFTwin(_ style: LineEndingStyle) throws {
        let twin = JournalBuilder.build(bytes: Array(Self.journal.utf8), path: "2026-11-28.md")
        let bytes = style.apply(to: Self.journal)
        let journal = JournalBuilder.build(bytes: bytes, path: "2026-11-28.md")
        #expect(journal.source.lineCount == twin.source.lineCount)
        try #require(twin.entries.count == 2)
        #expect(journal.entries.count == twin.entries.count)
        for (entry, expected) in zip(journal.entries, twin.entries) {
            #expect(entry.temperatures == expected.temperatures)
            #expect(entry.tags == expected.tags)
            #expect(entry.evidence == expected.evidence)
            #expect(entry.urges == expected.urges)
            #expect(entry.facts == expected.facts)
            #expect(entry.regulation == expected.regulation)
            #expect(entry.prose == expected.prose)
            #expect(entry.quotedProse == expected.quotedProse)
            #expect(entry.range == expected.range)
        }
        #expect(journal.entries[0].temperatures.count == 2)
        #expect(journal.entries[0].evidence.first?.items.count == 2)
        #expect(journal.comments.map(\.range) == twin.comments.map(\.range))
        #expect(journal.problems == twin.problems)
        #expect(json(journal) == json(twin))
    }

    private func json(_ journal: Journal) -> [UInt8] {
        var writer = JSONWriter()
        JournalJSON.begin(into: &writer)
        JournalJSON.write(journal, into: &writer)
        JournalJSON.finish(into: &writer)
        return writer.bytes
    }
}

/// How a test rewrites an LF text's line endings.
enum LineEndingStyle: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case lf, cr, crlf, mixed
    var testDescription: String { rawValue }

    /// `text` (written with `\n`) with each line ending replaced. `mixed` cycles through
    /// `\n`, `\r\n` and `\r`, never putting the `\n` of an empty line right after a lone `\r`
    /// (that pair would be one CRLF).
    func apply(to text: String) -> [UInt8] {
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var output: [UInt8] = []
        var previous: [UInt8] = []
        for (index, line) in lines.enumerated() {
            output += line
            guard index < lines.count - 1 else { break }
            var ending: [UInt8] = switch self {
            case .lf: [0x0A]
            case .cr: [0x0D]
            case .crlf: [0x0D, 0x0A]
            case .mixed: [[0x0A], [0x0D, 0x0A], [0x0D]][index % 3]
            }
            if ending == [0x0A], previous == [0x0D], line.isEmpty { ending = [0x0D] }
            output += ending
            previous = ending
        }
        return output
    }
}
