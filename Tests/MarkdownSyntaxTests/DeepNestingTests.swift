import SteadyTestSupport
import Testing
@testable import MarkdownSyntax

/// Nesting a million levels deep (issue 17, item 5): the Swift tree is built, walked, compared,
/// hashed, dumped and freed without recursing once per level, which overflowed the stack at
/// about 45,000 `>` or 25,000 `- `. The time limits catch a hang, not a slow run. Serialized and
/// computed off the cooperative pool (`offThePool`): each test takes a minute in a debug build.
@Suite("Deep nesting", .serialized)
struct DeepNestingTests {
    static let blockDepth = 1_000_000
    static let inlineDepth = 100_000

    /// The number of blocks the walker visits and the deepest quote depth it reports.
    private static func walk(_ document: Document) -> (blocks: Int, deepestQuote: Int) {
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

    private static func lineCount(_ text: String) -> Int { text.utf8.count { $0 == UInt8(ascii: "\n") } }

    /// What the block tests check.
    struct BlockFacts: Sendable {
        var walkedBlocks = 0
        var deepestQuote = 0
        var equalToItself = false
        var hashesAlike = false
        var differsFromDeeperWord = false
        var dumpLines = 0
    }

    private static func blockFacts(_ text: String, other: String) -> BlockFacts {
        var facts = BlockFacts()
        let document = MarkdownParser.parse(text)
        (facts.walkedBlocks, facts.deepestQuote) = walk(document)
        let again = MarkdownParser.parse(text)
        facts.equalToItself = document == again
        facts.hashesAlike = document.hashValue == again.hashValue
        facts.differsFromDeeperWord = document != MarkdownParser.parse(other)
        facts.dumpLines = lineCount(TreeDump.render(document))
        return facts  // the documents are freed here
    }

    @Test("a million nested block quotes are parsed, walked, compared, hashed, dumped and freed", .timeLimit(.minutes(5)))
    func millionBlockQuotes() async throws {
        let quotes = String(repeating: ">", count: Self.blockDepth)
        let facts = try await offThePool { Self.blockFacts(quotes + " deep\n", other: quotes + " deeper\n") }
        #expect(facts.walkedBlocks == Self.blockDepth + 1)
        #expect(facts.deepestQuote == Self.blockDepth)
        #expect(facts.equalToItself && facts.hashesAlike && facts.differsFromDeeperWord)
        // One line per quote, plus the document, the paragraph and its text.
        #expect(facts.dumpLines == Self.blockDepth + 3)
    }

    @Test("a million nested list items are parsed, walked, compared, hashed, dumped and freed", .timeLimit(.minutes(5)))
    func millionListItems() async throws {
        let items = String(repeating: "- ", count: Self.blockDepth)
        let facts = try await offThePool { Self.blockFacts(items + "deep\n", other: items + "deeper\n") }
        #expect(facts.walkedBlocks == Self.blockDepth + 1)  // the lists and the paragraph
        #expect(facts.equalToItself && facts.hashesAlike && facts.differsFromDeeperWord)
        // A list and an item per level, plus the document, the paragraph and its text.
        #expect(facts.dumpLines == 2 * Self.blockDepth + 3)
    }

    @Test("a deep tree built by hand, and parts of it kept after the document, are freed without recursion",
          .timeLimit(.minutes(5)))
    func handBuiltTreeAndKeptParts() async throws {
        let depth = Self.blockDepth
        let (keptCount, equal) = try await offThePool {
            var block = Block.paragraph(Paragraph(children: [Inline.text(Text(literal: "deep", range: nil))], range: nil))
            for level in 0..<depth {
                block = level.isMultiple(of: 2)
                    ? .blockQuote(BlockQuote(children: [block], range: nil))
                    : .list(List(kind: .bullet, delimiter: .none, start: 1, isTight: true,
                                 items: [ListItem(children: [block], range: nil)], range: nil))
            }
            var kept: [Block] = []
            do {
                let document = MarkdownParser.parse(String(repeating: ">", count: depth) + " deep\n")
                // Half-way down: kept after the document is freed, then freed itself.
                var current = document.children
                for _ in 0..<(depth / 2) {
                    guard case .blockQuote(let quote) = current.first else { break }
                    current = quote.children
                }
                kept = current
            }
            let keptCount = kept.count
            kept = []
            return (keptCount, block == block)  // `block` is freed on return
        }
        #expect(keptCount == 1)
        #expect(equal)
    }

    /// The depth of the deepest chain of emphases under `list` (each found as the first
    /// emphasis among its siblings).
    private static func emphasisDepth(_ list: InlineList) -> Int {
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

    struct InlineFacts: Sendable {
        var depth = 0
        var plainText = ""
        var equalToItself = false
        var hashesAlike = false
        var copyDepth = 0
        var copyEqual = false
        var copyHashesAlike = false
        var descriptionIsCut = false
        var dumpLines = 0
        var inlineCount = 0
    }

    @Test("a hundred thousand nested emphases are compared, hashed, copied, read as plain text, printed and dumped",
          .timeLimit(.minutes(5)))
    func deepEmphasis() async throws {
        let half = Self.inlineDepth / 2
        // Words around the delimiters, and `*` and `_` in turn, so that cmark nests each pair.
        let text = String(repeating: "*a _a ", count: half) + "x" + String(repeating: " a_ a*", count: half) + "\n"
        let facts = try await offThePool {
            var facts = InlineFacts()
            let document = MarkdownParser.parse(text)
            guard case .paragraph(let paragraph) = document.children.first else { return facts }
            facts.depth = Self.emphasisDepth(paragraph.children)
            facts.plainText = paragraph.children.plainText
            let again = MarkdownParser.parse(text)
            facts.equalToItself = document == again
            facts.hashesAlike = document.hashValue == again.hashValue
            // A copy into a storage of its own (`InlineList.init`).
            let copy = InlineList(Array(paragraph.children))
            facts.copyDepth = Self.emphasisDepth(copy)
            facts.copyEqual = copy == paragraph.children
            facts.copyHashesAlike = copy.hashValue == paragraph.children.hashValue
            facts.descriptionIsCut = paragraph.children.description.contains("inline(s)]")
            facts.dumpLines = Self.lineCount(TreeDump.render(document))
            facts.inlineCount = allInlines(document).count
            return facts
        }
        #expect(facts.depth == Self.inlineDepth)
        #expect(facts.plainText == String(text.dropLast().filter { $0 != "*" && $0 != "_" }))
        #expect(facts.equalToItself && facts.hashesAlike)
        #expect(facts.copyDepth == Self.inlineDepth && facts.copyEqual && facts.copyHashesAlike)
        #expect(facts.descriptionIsCut)  // printed down to a few levels, then as counts
        // One line per inline, plus the document and the paragraph.
        #expect(facts.dumpLines == facts.inlineCount + 2)
    }

    @Test("a hundred thousand nested images and brackets are read as plain text and dumped", .timeLimit(.minutes(5)))
    func deepImagesAndBrackets() async throws {
        let count = Self.inlineDepth
        let (plainText, dumpLines, bracketsCompared) = try await offThePool {
            let images = MarkdownParser.parse(String(repeating: "![", count: count) + "x" + String(repeating: "](u)", count: count) + "\n")
            guard case .paragraph(let paragraph) = images.children.first else { return ("", 0, false) }
            var compared = true
            for text in [String(repeating: "[", count: count) + "x" + String(repeating: "](u)", count: count),
                         String(repeating: "[", count: count) + "x"] {
                let document = MarkdownParser.parse(text + "\n")
                compared = compared && document == MarkdownParser.parse(text + "\n") && TreeDump.render(document).hasPrefix("document")
            }
            return (paragraph.children.plainText, Self.lineCount(TreeDump.render(images)), compared)
        }
        #expect(plainText == "x")
        #expect(dumpLines == count + 3)
        #expect(bracketsCompared)
    }

    @Test("a deep block tree prints its first levels and counts the rest", .timeLimit(.minutes(5)))
    func blockDescription() async throws {
        let printed = try await offThePool { "\(MarkdownParser.parse(String(repeating: ">", count: 100_000) + " deep\n").children)" }
        #expect(printed.contains("block(s)]"))
        #expect(printed.utf8.count < 10_000)
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
