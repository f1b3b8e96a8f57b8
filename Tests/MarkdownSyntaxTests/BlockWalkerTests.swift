import Testing
@testable import MarkdownSyntax

@Suite("BlockWalker")
struct BlockWalkerTests {
    /// A short name for each visited block with its quote depth, in visiting order.
    private func visits(_ markdown: String, step: (Span<Block>, Int) -> BlockWalkStep = { _, _ in .visitChildren }) -> [String] {
        var names: [String] = []
        var walker = BlockWalker()
        walker.walk(MarkdownParser.parse(markdown).children[...]) { siblings, index, depth in
            let name = switch siblings[index] {
            case .paragraph(let node): "p:" + node.children.plainText
            case .heading(let node): "h:" + node.children.plainText
            case .list: "list"
            case .blockQuote: "quote"
            default: "other"
            }
            names.append("\(name)@\(depth)")
            return step(siblings, index)
        }
        return names
    }

    @Test func visitsEveryBlockInSourceOrderWithItsQuoteDepth() {
        let markdown = "# Title\n\n- a\n- b\n  > c\n  > > d\n\ne\n"
        #expect(visits(markdown) == ["h:Title@0", "list@0", "p:a@0", "p:b@0", "quote@0", "p:c@1", "quote@1", "p:d@2", "p:e@0"])
    }

    @Test func skipChildrenLeavesTheBlocksUnderneathUnvisited() {
        let markdown = "> a\n\nb\n"
        let names = visits(markdown) { siblings, index in
            if case .blockQuote = siblings[index] { .skipChildren } else { .visitChildren }
        }
        #expect(names == ["quote@0", "p:b@0"])
    }

    @Test func skipChildrenAndNextSiblingPassesOverTheSiblingTheVisitorRead() {
        let markdown = "evidence:\n\n- x\n- y\n\nafter\n"
        let names = visits(markdown) { siblings, index in
            if case .paragraph = siblings[index], index + 1 < siblings.count, case .list = siblings[index + 1] {
                .skipChildrenAndNextSibling
            } else {
                .visitChildren
            }
        }
        #expect(names == ["p:evidence:@0", "p:after@0"])
    }

    @Test func oneWalkerServesSeveralWalks() {
        var walker = BlockWalker()
        var count = 0
        for _ in 0..<2 {
            walker.walk(MarkdownParser.parse("> a\n> - b\n").children[...]) { _, _, _ in
                count += 1
                return .visitChildren
            }
        }
        #expect(count == 8)
    }
}
