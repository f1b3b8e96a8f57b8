import Testing
@testable import MarkdownSyntax

/// Columns are UTF-8 byte offsets. The expected columns are counted by hand in each case.
@Suite struct MultiByteColumnTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let prefix: String
        /// The prefix's length in UTF-8 bytes, counted by hand.
        let bytes: Int
        var testDescription: String { prefix }
    }

    static let prefixes: [Case] = [
        Case(prefix: "café ", bytes: 6),                  // c a f é(2) space
        Case(prefix: "🙂 ", bytes: 5),                     // U+1F642 is 4 bytes
        Case(prefix: "👩‍👩‍👧 ", bytes: 19),                // 👩 ZWJ 👩 ZWJ 👧 = 4+3+4+3+4, space
        Case(prefix: "大丈夫 ", bytes: 10),                 // 3 × 3 bytes, space
        Case(prefix: "naïve déjà vu ", bytes: 17),        // ï, é, à are 2 bytes each
        Case(prefix: "🇵🇹 ", bytes: 9),                    // two regional indicators
    ]

    @Test(arguments: prefixes)
    func inlineNodesAfterMultiByteText(_ c: Case) throws {
        #expect(c.prefix.utf8.count == c.bytes)
        let document = MarkdownParser.parse("\(c.prefix)*em* `code` [link](u) <b>x</b>\n")
        let inlines = allInlines(document)
        let emphasis = try #require(inlines.first { if case .emphasis = $0 { true } else { false } })
        #expect(emphasis.range == SourceRange(line: 1, column: c.bytes + 1, length: 4))
        let code = try #require(inlines.first { if case .code = $0 { true } else { false } })
        #expect(code.range == SourceRange(line: 1, column: c.bytes + 7, length: 4)) // backticks excluded
        let link = try #require(inlines.first { if case .link = $0 { true } else { false } })
        #expect(link.range == SourceRange(line: 1, column: c.bytes + 13, length: 9))
        let html = try #require(inlines.first { if case .html = $0 { true } else { false } })
        #expect(html.range == SourceRange(line: 1, column: c.bytes + 23, length: 3))
        #expect(text(c.prefix, in: document)?.range == SourceRange(line: 1, column: 1, length: c.bytes))
    }

    @Test(arguments: prefixes)
    func blocksInsideContainersAfterMultiByteMarkers(_ c: Case) throws {
        // The quote's paragraph starts after "> ", the heading's text after "## ".
        let document = MarkdownParser.parse("> \(c.prefix)**x**\n\n## \(c.prefix)title\n")
        let strong = try #require(allInlines(document).first { if case .strong = $0 { true } else { false } })
        #expect(strong.range == SourceRange(line: 1, column: 3 + c.bytes, length: 5))
        let heading = try #require(firstBlock(document) { if case .heading(let node) = $0 { node } else { nil } })
        #expect(heading.range == SourceRange(line: 3, column: 1, length: 3 + c.bytes + 5))
    }

    @Test func secondLineColumnsAreIndependentOfTheFirst() {
        let document = MarkdownParser.parse("🎂🎂🎂\nplain *x*\n")
        let emphasis = allInlines(document).first { if case .emphasis = $0 { true } else { false } }
        #expect(emphasis?.range == SourceRange(line: 2, column: 7, length: 3))
    }
}
