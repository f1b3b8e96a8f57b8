import Foundation
@testable import MarkdownSyntax
import SteadyTestSupport
import Testing

/// A large input is parsed by cmark in parts (`LargeInputParts`) so that only one part's C tree is
/// in memory at a time. These tests cut small inputs into parts of a few bytes, as often as the
/// rules allow, and require exactly the tree, positions included, that the whole input gives.
@Suite("Parsing a large input in parts")
struct LargeInputPartsTests {
    /// The document `bytes` gives parsed whole and in parts of at least `partSize` bytes.
    private func expectSameInParts(_ text: String, partSize: Int = 1, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let bytes = Array(text.utf8)
        let whole = MarkdownParser.parse(bytes, partSize: Int.max / 4)
        let parts = MarkdownParser.parse(bytes, partSize: partSize)
        #expect(TreeDump.render(parts) == TreeDump.render(whole), "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(parts == whole, "\(text.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test("Headings, paragraphs, lists and quotes cut at each heading give the whole input's tree")
    func ordinaryJournal() {
        expectSameInParts("""
        # 2026-11-28

        ## 09:00 morning
        temp: yellow
        - a list item
          continued

        > a quote
        lazy line
        ## 12:00 noon *emphasis* and `code`
        text\\
        # 2026-11-29
        ###### six
        ####### seven is text
        #not a heading
        #\ttab heading
        #
        trailing text without a newline
        """)
    }

    @Test("A fence or HTML block left open over a heading keeps the heading as its content")
    func blocksThatContinue() {
        expectSameInParts("# a\n\n```\n# inside the fence\n\n# still inside\n```\n# after\n")
        expectSameInParts("# a\n\n~~~~ info\n# inside\n")
        expectSameInParts("# a\n<div>\n# inside the HTML block\n\n# after\n")
        expectSameInParts("# a\n<!-- a comment\n# inside\n# inside\n-->\n# after\n")
        expectSameInParts("# a\n- item\n\n  ```\n# closes the list and the fence\n")
        expectSameInParts("# a\n> ```\n# closes the quote\n")
        expectSameInParts("# a\n    indented code\n# after\n")
        expectSameInParts("# a\nsetext\n===\n# b\n- item\n  setext\n  ---\n# c\n> setext\n> ===\n# d\n")
        expectSameInParts("# a\n- item\n  <div>\n# b\n")
    }

    @Test("Link reference definitions anywhere keep the input whole")
    func referenceDefinitions() {
        expectSameInParts("# a\n[link][x]\n# b\n[x]: https://example.com\n# c\n[x]\n")
    }

    @Test("Front matter, CRLF, lone CR, blank lines and invalid UTF-8 around the cuts")
    func lineEndingsAndFrontMatter() {
        expectSameInParts("---\ntitle: x\n---\n# a\ntext\n# b\n\n\n# c\n")
        expectSameInParts("# a\r\ntext\r\n# b\r\n\r\n- x\r\n# c")
        expectSameInParts("# a\rtext\r# b\r\r# c\r")
        expectSameInParts("# a\n\u{1}text \u{FFFD}\n# b\n\n\n\n")
        var bytes = Array("# a\ntext ".utf8) + [0xFF, 0xC3] + Array("\n# b\nmore\n".utf8)
        let whole = MarkdownParser.parse(bytes, partSize: Int.max / 4)
        let parts = MarkdownParser.parse(bytes, partSize: 1)
        #expect(parts == whole)
        bytes = Array("\u{FEFF}# a\ntext\n# b\n".utf8)
        #expect(MarkdownParser.parse(bytes, partSize: 1) == MarkdownParser.parse(bytes, partSize: Int.max / 4))
    }

    @Test("Random mixes of journal lines and block syntax give the same tree in parts of any size")
    func randomMixes() {
        let lines = BlockSyntaxLines.all
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<1_000 {
            let count = Int.random(in: 1...40, using: &generator)
            var text = (0..<count).map { _ in lines.randomElement(using: &generator)! }.joined(separator: "\n")
            if Bool.random(using: &generator) { text += "\n" }
            let bytes = Array(text.utf8)
            let whole = MarkdownParser.parse(bytes, partSize: Int.max / 4)
            for partSize in [1, 7, 40] {
                let parts = MarkdownParser.parse(bytes, partSize: partSize)
                #expect(parts == whole, "part size \(partSize): \(text.debugDescription)")
                if parts != whole { return }
            }
        }
    }

    @Test("A run that ends in a code block is taken on to the next heading, not twice as far")
    func runAfterACodeBlockStaysItsSize() {
        // Days of about 80 bytes, every third one ending in a fence; runs of about 1,000. A day whose text ends in a
        // fence runs on to the next heading; a retry twice as far used to make that run three
        // times the others.
        var text = ""
        for day in 1...200 {
            text += "# 2026-01-\(String(format: "%03d", day))\n\nsome words of the day, written at night\n"
            text += day % 3 == 0 ? "```\ncode\n```\n" : "more words, nothing else here\n"
        }
        let bytes = Array(text.utf8)
        var runs: [Range<Int>] = []
        let cut = MarkdownParser.parseInRuns(bytes, runSize: 1_000, minimumSize: 0, startsRun: { _, _ in true },
                                             skipping: { _ in false }) { run, _ in
            runs.append(run.bytes)
            return true
        }
        #expect(cut)
        #expect(runs.count > 10)
        let largest = runs.map(\.count).max() ?? 0
        #expect(largest < 1_300, "largest run \(largest) bytes")
        var whole = ""
        // The runs together are the input, in order.
        for run in runs { whole += String(decoding: bytes[run], as: UTF8.self) }
        #expect(whole == text)
    }

    @Test("An input under a megabyte is never cut; a larger one with headings is")
    func whenInputsAreCut() {
        let small = Array(String(repeating: "# a\ntext\n", count: 1_000).utf8)
        #expect(!LargeInputParts(small, from: 0, lineStarts: SourceText(bytes: small).lineStarts).mayCut)
        let large = Array(String(repeating: "# a\ntext text text text\n", count: 50_000).utf8)
        let parts = LargeInputParts(large, from: 0, lineStarts: SourceText(bytes: large).lineStarts)
        #expect(parts.mayCut)
        let cut = parts.cut(after: 0)
        #expect(cut != nil && cut!.offset >= LargeInputParts.partSize)
        #expect(MarkdownParser.parse(large) == MarkdownParser.parse(large, partSize: Int.max / 4))
    }
}
