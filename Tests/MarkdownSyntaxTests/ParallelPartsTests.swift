import CCmark
import Foundation
@testable import MarkdownSyntax
import SteadyTestSupport
import Testing

/// One large input is parsed in parts on several threads (`ParallelParts`). These tests cut small
/// inputs as often as the rules allow and require exactly the tree, positions included, that the
/// whole input gives; where a part ends in a block that could continue, the parts are refused
/// (nil) and the parser falls back to one part after another.
@Suite("Parsing one large input on several threads")
struct ParallelPartsTests {
    /// The whole input's top-level blocks and range, and what the parallel parts give (nil: refused).
    private func parts(_ text: String, partSize: Int, workers: Int = 3) -> (whole: Document, parts: ([Block], SourceRange?)?) {
        let bytes = Array(text.utf8)
        let whole = MarkdownParser.parse(bytes, partSize: Int.max / 4)
        let source = SourceText(RepairedUTF8(repairing: bytes))
        let parallel = ParallelParts.parse(RepairedUTF8(repairing: bytes).bytes, from: 0, linesBefore: 0, source: source,
                                           options: CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS, workers: workers,
                                           minimumSize: 0, partSize: partSize)
        return (whole, parallel)
    }

    @Test("A journal cut at each heading gives the whole input's tree")
    func ordinaryJournal() throws {
        let text = (1...40).map { day in
            "# 2026-11-\(day % 28 + 1)\n\n## 09:00 morning\ntemp: yellow\nhe's going to leave me\n- for: he was short\n\n> a quote\nlazy line\n\n## 21:40 *late* `code`\ntext\\\nmore text\n"
        }.joined()
        for partSize in [1, 50, 400] {
            let (whole, parallel) = parts(text, partSize: partSize)
            let (children, range) = try #require(parallel, "part size \(partSize) was refused")
            #expect(children == whole.children, "part size \(partSize)")
            #expect(range == whole.range)
        }
    }

    @Test("Random mixes of journal lines and block syntax: the same tree, or refused")
    func randomMixes() {
        let lines = BlockSyntaxLines.all
        var generator = SeededGenerator(seed: 23)
        var accepted = 0
        for _ in 0..<600 {
            let count = Int.random(in: 1...60, using: &generator)
            var text = (0..<count).map { _ in lines.randomElement(using: &generator)! }.joined(separator: "\n")
            if Bool.random(using: &generator) { text += "\n" }
            // Front matter is taken off before cmark (and the parts) see the input.
            if text.hasPrefix("---") { continue }
            for partSize in [1, 30] {
                let (whole, parallel) = parts(text, partSize: partSize)
                guard let (children, range) = parallel else { continue }
                accepted += 1
                #expect(children == whole.children && range == whole.range, "part size \(partSize): \(text.debugDescription)")
                if children != whole.children { return }
            }
        }
        // These mixes are dense in fences and HTML, which refuse many cuts (115 of about 1,100 are
        // accepted with this seed); what matters is that many are cut and compared, not only refused.
        #expect(accepted >= 100)
    }

    @Test("Through the parser: a large input gives the same document on one thread or several")
    func throughTheParser() {
        var generator = SeededGenerator(seed: 5)
        let entries = ["## 08:10\ntemp: yellow\nhe's going to leave me\n\n", "## 13:00 ```\ncode\n```\n\n",
                       "## 22:00\n<div>\n\n", "## 23:30\n- for: x\n- against: y\n\n", "## 01:00\nsetext\n===\n"]
        var text = "---\ntitle: a year\n---\n"
        var day = 0
        while text.utf8.count < ParallelParts.minimumSize * 2 {
            text += "# 2026-01-\(day % 28 + 1)\n\n" + (0..<4).map { _ in entries.randomElement(using: &generator)! }.joined()
            day += 1
        }
        let bytes = Array(text.utf8)
        #expect(MarkdownParser.parse(bytes, workers: 4) == MarkdownParser.parse(bytes))
        #expect(MarkdownParser.parse(Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8), workers: 2)
            == MarkdownParser.parse(Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)))
    }

    @Test("Where the line before a heading looks like the end of prose")
    func endsLikeProse() {
        func ends(_ text: String) -> Bool { ParallelParts.endsLikeProse(Array(text.utf8), before: text.utf8.count) }
        #expect(ends("text\n") && ends("- for: x\n\n\n") && ends("> quote\r\n") && ends("a - b\n"))
        #expect(!ends("# heading\n\n") && !ends("```\n") && !ends("    code\n") && !ends("<div>\n") && !ends("===\n")
            && !ends("- - -\n") && !ends("\n\n") && !ends(""))
    }
}
