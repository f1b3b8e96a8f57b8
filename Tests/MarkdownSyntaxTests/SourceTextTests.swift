import Testing
@testable import MarkdownSyntax

@Suite struct SourceTextTests {
    @Test func lineTable() {
        let text = SourceText(bytes: Array("a\nbc\r\n\nd".utf8))
        #expect(text.lineCount == 4)
        #expect(text.lineString(1) == "a")
        #expect(text.lineString(2) == "bc")          // \r\n dropped
        #expect(text.lineString(3) == "")
        #expect(text.lineString(4) == "d")
        #expect(text.byteRange(ofLine: 99) == 8..<8)  // outside: empty at the end, no trap
    }

    @Test func trailingNewlineDoesNotAddALine() {
        #expect(SourceText(bytes: Array("a\n".utf8)).lineCount == 1)
        #expect(SourceText(bytes: []).lineCount == 1)
    }

    @Test func locationAndOffsetRoundTrip() {
        let text = SourceText(bytes: Array("café\n🙂x\n".utf8))
        #expect(text.location(ofOffset: 0) == SourceLocation(line: 1, column: 1))
        #expect(text.location(ofOffset: 6) == SourceLocation(line: 2, column: 1))
        #expect(text.location(ofOffset: 10) == SourceLocation(line: 2, column: 5)) // the x
        for offset in 0...text.bytes.count {
            #expect(text.offset(of: text.location(ofOffset: offset)) == offset)
        }
        #expect(text.location(ofOffset: -5) == SourceLocation(line: 1, column: 1))
        #expect(text.offset(of: SourceLocation(line: 50, column: 50)) == text.bytes.count)
    }

    @Test func rangeContainment() {
        let outer = range(1, 1, 3, 1)
        #expect(outer.contains(SourceLocation(line: 2, column: 40)))
        #expect(!outer.contains(SourceLocation(line: 3, column: 1)))   // half-open
        #expect(outer.contains(range(1, 5, 2, 2)))
        #expect(SourceRange(SourceLocation(line: 2, column: 1), SourceLocation(line: 1, column: 1)).upperBound.line == 2) // never inverted
        #expect(range(1, 2, 3, 4).description == "1:2-3:4")
    }
}

@Suite struct FrontMatterTests {
    @Test func frontMatterIsSetAsideAndLinesStayTrue() throws {
        let document = MarkdownParser.parse("---\ntitle: x\nmood: ok\n---\n# Heading\n")
        let frontMatter = try #require(document.frontMatter)
        #expect(frontMatter.text == "title: x\nmood: ok")
        #expect(frontMatter.range == range(1, 1, 4, 4))
        #expect(document.children.count == 1)
        #expect(document.children.first?.range == range(5, 1, 5, 10))
    }

    @Test func dotsCloseFrontMatter() {
        #expect(MarkdownParser.parse("---\na: b\n...\ntext\n").frontMatter?.text == "a: b")
    }

    @Test func emptyFrontMatter() throws {
        let document = MarkdownParser.parse("---\n---\nbody\n")
        #expect(try #require(document.frontMatter).text == "")
        #expect(document.children.first?.range == range(3, 1, 3, 5))
    }

    @Test(arguments: [
        "text\n---\nmore\n---\n",        // not on the first line
        "---\nnever closed\n",           // no closing fence: a thematic break and a paragraph
        " ---\na: b\n---\n",             // indented fence
    ])
    func notFrontMatter(_ input: String) {
        #expect(MarkdownParser.parse(input).frontMatter == nil)
    }
}
