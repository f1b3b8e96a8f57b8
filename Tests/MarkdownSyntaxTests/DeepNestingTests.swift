import Testing
@testable import MarkdownSyntax

/// Nesting a million levels deep (issue 17, item 5): the Swift tree is built, walked, compared,
/// hashed, dumped and freed without recursing once per level, which overflowed the stack at
/// about 45,000 `>` or 25,000 `- `. The time limits catch a hang, not a slow run.
@Suite("Deep nesting")
struct DeepNestingTests {
    static let blockDepth = 1_000_000
    static let inlineDepth = 100_000

    /// The deepest quote depth the walker reports and the number of blocks it visits.
    private func walk(_ document: Document) -> (blocks: Int, deepestQuote: Int) {
        var walker = BlockWalker()
        var blocks = 0
        var deepest = 0
        walker.walk(document.children[...]) { _, _, quoteDepth in
            blocks += 1
            deepest = max(deepest, quoteDepth)
            return .visitChildren
        }
        return (blocks, deepest)
    }

    private func lineCount(_ text: String) -> Int { text.utf8.count { $0 == UInt8(ascii: "\n") } }

    @Test("a million nested block quotes are parsed, walked, compared, hashed, dumped and freed", .timeLimit(.minutes(3)))
    func millionBlockQuotes() {
        let text = String(repeating: ">", count: Self.blockDepth) + " deep\n"
        do {
            let document = MarkdownParser.parse(text)
            let walked = walk(document)
            #expect(walked.blocks == Self.blockDepth + 1)
            #expect(walked.deepestQuote == Self.blockDepth)
            let again = MarkdownParser.parse(text)
            #expect(document == again)
            #expect(document.hashValue == again.hashValue)
            // One line per quote, plus the document, the paragraph and its text.
            #expect(lineCount(TreeDump.render(document)) == Self.blockDepth + 3)
        }
        // A different word at the bottom makes the trees differ.
        #expect(MarkdownParser.parse(text) != MarkdownParser.parse(String(repeating: ">", count: Self.blockDepth) + " deeper\n"))
    }

    @Test("a million nested list items are parsed, walked, compared, dumped and freed", .timeLimit(.minutes(3)))
    func millionListItems() {
        let text = String(repeating: "- ", count: Self.blockDepth) + "deep\n"
        let document = MarkdownParser.parse(text)
        #expect(walk(document).blocks == Self.blockDepth + 1)  // the lists and the paragraph
        #expect(document == MarkdownParser.parse(text))
        // A list and an item per level, plus the document, the paragraph and its text.
        #expect(lineCount(TreeDump.render(document)) == 2 * Self.blockDepth + 3)
    }

    @Test("a deep tree built by hand, and parts of it kept after the document, are freed without recursion",
          .timeLimit(.minutes(3)))
    func handBuiltTreeAndKeptParts() {
        var block = Block.paragraph(Paragraph(children: [Inline.text(Text(literal: "deep", range: nil))], range: nil))
        for level in 0..<Self.blockDepth {
            block = level.isMultiple(of: 2)
                ? .blockQuote(BlockQuote(children: [block], range: nil))
                : .list(List(kind: .bullet, delimiter: .none, start: 1, isTight: true, items: [ListItem(children: [block], range: nil)], range: nil))
        }
        var kept: [Block] = []
        do {
            let document = MarkdownParser.parse(String(repeating: ">", count: Self.blockDepth) + " deep\n")
            // Half-way down: kept after the document is freed, then freed itself.
            var current = document.children
            for _ in 0..<(Self.blockDepth / 2) {
                guard case .blockQuote(let quote) = current.first else { break }
                current = quote.children
            }
            kept = current
        }
        #expect(kept.count == 1)
        kept = []
        #expect(block == block)
        block = .thematicBreak(ThematicBreak(range: nil))
    }

    /// The depth of the deepest chain of emphases under `list` (each found as the first
    /// emphasis among its siblings).
    private func emphasisDepth(_ list: InlineList) -> Int {
        var depth = 0
        var current = list
        while let next = current.lazy.compactMap({ inline -> InlineList? in
            if case .emphasis(let node) = inline { node.children } else { nil }
        }).first {
            depth += 1
            current = next
        }
        return depth
    }

    @Test("a hundred thousand nested emphases are compared, hashed, copied, read as plain text and dumped",
          .timeLimit(.minutes(3)))
    func deepEmphasis() throws {
        let half = Self.inlineDepth / 2
        // Words around the delimiters, and `*` and `_` in turn, so that cmark nests each pair.
        let text = String(repeating: "*a _a ", count: half) + "x" + String(repeating: " a_ a*", count: half) + "\n"
        let document = MarkdownParser.parse(text)
        guard case .paragraph(let paragraph) = document.children.first else {
            Issue.record("no paragraph")
            return
        }
        #expect(emphasisDepth(paragraph.children) == Self.inlineDepth)
        #expect(paragraph.children.plainText == String(text.dropLast().filter { $0 != "*" && $0 != "_" }))
        let again = MarkdownParser.parse(text)
        #expect(document == again)
        #expect(document.hashValue == again.hashValue)
        // A copy into a storage of its own (`InlineList.init`) is equal, and so is its hash.
        let copy = InlineList(Array(paragraph.children))
        #expect(copy == paragraph.children)
        #expect(copy.hashValue == paragraph.children.hashValue)
        #expect(emphasisDepth(copy) == Self.inlineDepth)
        // Printed down to a few levels, then as counts.
        #expect(paragraph.children.description.contains("inline(s)]"))
        // One line per inline, plus the document and the paragraph.
        #expect(lineCount(TreeDump.render(document)) == allInlines(document).count + 2)
    }

    @Test("a hundred thousand nested images and brackets are read as plain text and dumped", .timeLimit(.minutes(3)))
    func deepImagesAndBrackets() {
        let count = Self.inlineDepth
        let images = MarkdownParser.parse(String(repeating: "![", count: count) + "x" + String(repeating: "](u)", count: count) + "\n")
        guard case .paragraph(let paragraph) = images.children.first else {
            Issue.record("no paragraph")
            return
        }
        #expect(paragraph.children.plainText == "x")
        #expect(lineCount(TreeDump.render(images)) == count + 3)
        for text in [String(repeating: "[", count: count) + "x" + String(repeating: "](u)", count: count),
                     String(repeating: "[", count: count) + "x"] {
            let document = MarkdownParser.parse(text + "\n")
            #expect(document == MarkdownParser.parse(text + "\n"))
            #expect(TreeDump.render(document).hasPrefix("document"))
        }
    }

    @Test("the tree dump indents at most 32 levels and writes the depth of deeper lines")
    func dumpIndentationIsBounded() {
        let dump = TreeDump.render(MarkdownParser.parse(String(repeating: ">", count: 40) + " deep\n"))
        let lines = dump.split(separator: "\n")
        #expect(lines[32] == Substring(String(repeating: "  ", count: 32) + "block-quote @1:32-1:46"))
        #expect(lines[33] == Substring(String(repeating: "  ", count: 32) + "[depth 33] block-quote @1:33-1:46"))
        #expect(lines.last == Substring(String(repeating: "  ", count: 32) + "[depth 42] text \"deep\" @1:42-1:46"))
    }
}

@Suite("Deep nesting, printed")
struct DeepNestingDescriptionTests {
    @Test("a deep block tree prints its first levels and counts the rest", .timeLimit(.minutes(1)))
    func blockDescription() {
        let document = MarkdownParser.parse(String(repeating: ">", count: 100_000) + " deep\n")
        let printed = "\(document.children)"
        #expect(printed.contains("block(s)]"))
        #expect(printed.utf8.count < 10_000)
    }
}
