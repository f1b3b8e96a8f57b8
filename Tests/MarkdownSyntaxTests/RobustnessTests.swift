import SteadyTestSupport
import Testing
@testable import MarkdownSyntax

@Suite struct InvalidUTF8Tests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        /// Each run of invalid bytes, in the file's own columns.
        let runs: [SourceRange]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "lone continuation byte", bytes: Array("ab".utf8) + [0x80] + Array("c\n".utf8),
             runs: [SourceRange(line: 1, column: 3, length: 1)]),
        Case(name: "two lone continuation bytes", bytes: Array("ab".utf8) + [0x80, 0xBF] + Array("c".utf8),
             runs: [SourceRange(line: 1, column: 3, length: 2)]),
        Case(name: "truncated 3-byte sequence", bytes: Array("x\nab".utf8) + [0xE2, 0x82] + Array("c".utf8),
             runs: [SourceRange(line: 2, column: 3, length: 2)]),
        Case(name: "truncated 4-byte sequence at end", bytes: Array("ok ".utf8) + [0xF0, 0x9F, 0x99],
             runs: [SourceRange(line: 1, column: 4, length: 3)]),
        Case(name: "overlong 2-byte slash", bytes: [0xC0, 0xAF] + Array("\n".utf8),
             runs: [SourceRange(line: 1, column: 1, length: 2)]),
        Case(name: "overlong 3-byte", bytes: Array("é".utf8) + [0xE0, 0x80, 0xAF],
             runs: [SourceRange(line: 1, column: 3, length: 3)]),
        Case(name: "surrogate encoded", bytes: [0xED, 0xA0, 0x80],
             runs: [SourceRange(line: 1, column: 1, length: 3)]),
        Case(name: "invalid byte FF on line 3", bytes: Array("a\nb\n".utf8) + [0xFF],
             runs: [SourceRange(line: 3, column: 1, length: 1)]),
        Case(name: "bad bytes on two lines", bytes: [0xFF] + Array("\n".utf8) + [0xFE],
             runs: [SourceRange(line: 1, column: 1, length: 1), SourceRange(line: 2, column: 1, length: 1)]),
    ]

    @Test(arguments: cases)
    func invalidBytesAreReplacedOneForOneAndRecorded(_ c: Case) {
        let document = MarkdownParser.parse(c.bytes)
        #expect(document.invalidUTF8 == c.runs)
        let source = document.source
        // One byte for one: every column still matches the file, and each bad byte is U+001A.
        #expect(source.bytes.count == c.bytes.count)
        for run in c.runs {
            let offset = source.offset(of: run.lowerBound)
            let length = run.upperBound.column - run.lowerBound.column
            #expect(Array(source.bytes[offset..<(offset + length)]) == Array(repeating: 0x1A, count: length), "U+001A at \(run)")
        }
        // The repaired source decodes cleanly.
        #expect(String(validating: source.bytes, as: UTF8.self) != nil)
    }

    @Test func validUTF8IsUntouched() {
        let bytes = Array("café 🙂 大丈夫\n".utf8)
        let document = MarkdownParser.parse(bytes)
        #expect(document.invalidUTF8.isEmpty)
        #expect(document.source.bytes == bytes)
    }

    @Test func laterNodesKeepTheFilesColumns() {
        // One invalid byte stays one byte: the emphasis after it is where it is in the file.
        let document = MarkdownParser.parse([0x80] + Array(" *x*".utf8))
        let emphasis = allInlines(document).first { if case .emphasis = $0 { true } else { false } }
        #expect(emphasis?.range == SourceRange(line: 1, column: 3, length: 3))
    }
}

@Suite struct ParserRobustnessTests {
    @Test func emptyInput() {
        let document = MarkdownParser.parse([UInt8]())
        #expect(document.children.isEmpty)
        #expect(document.frontMatter == nil)
        #expect(document.source.lineCount == 1)
        #expect(TreeDump.render(document) == "document @1:1-1:1\n")
    }

    @Test(arguments: ["   ", "\n\n\n", " \t \n\t\n  \r\n"])
    func whitespaceOnly(_ input: String) {
        #expect(MarkdownParser.parse(input).children.isEmpty)
    }

    @Test func randomBytesWithNULsDoNotCrash() {
        var generator = SeededGenerator(seed: 0x5EED)
        for size in [1, 7, 100, 4096, 65_536] {
            var bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            for index in stride(from: 0, to: size, by: 13) { bytes[index] = 0 }
            let document = MarkdownParser.parse(bytes)
            #expect(document.source.bytes.count >= bytes.count)
            _ = TreeDump.render(document)
        }
    }

    @Test func nulBytesBecomeReplacementCharactersInCmarkButLinesStay() {
        let document = MarkdownParser.parse(Array("a\u{0}b\nc\n".utf8))
        #expect(document.children.count == 1)
        #expect(document.children.first?.range == range(1, 1, 2, 2))
    }

    @Test func tenThousandNestedBlockQuotes() {
        let input = String(repeating: ">", count: 10_000) + " deep\n"
        let document = MarkdownParser.parse(input)
        var depth = 0
        forEachBlock(in: document) { block, quoteDepth in
            if case .paragraph = block { depth = quoteDepth }
        }
        #expect(depth == 10_000)
    }

    @Test func deeplyNestedLists() {
        var input = ""
        for level in 0..<500 { input += String(repeating: "  ", count: level) + "- item \(level)\n" }
        var paragraphs = 0
        forEachBlock(in: MarkdownParser.parse(input)) { block, _ in if case .paragraph = block { paragraphs += 1 } }
        #expect(paragraphs == 500)
    }

    @Test func deeplyNestedEmphasis() {
        let input = String(repeating: "*", count: 10_000) + "a" + String(repeating: "*", count: 10_000) + "\n"
        let document = MarkdownParser.parse(input)
        #expect(allInlines(document).count > 1)
        let links = String(repeating: "[", count: 5_000) + "x" + String(repeating: "](u)", count: 5_000)
        _ = MarkdownParser.parse(links)
    }

    @Test func veryLongLine() throws {
        let word = "café🙂 "
        let line = String(repeating: word, count: 200_000) + "*end*"
        let document = MarkdownParser.parse(line)
        let emphasis = try #require(allInlines(document).first { if case .emphasis = $0 { true } else { false } })
        #expect(emphasis.range == SourceRange(line: 1, column: word.utf8.count * 200_000 + 1, length: 5))
    }

    @Test func crlfLineEndings() throws {
        let document = MarkdownParser.parse("# Title\r\nline one  \r\nline two\\\r\n*three*\r\n")
        #expect(document.children.first?.range == range(1, 1, 1, 8))
        #expect(text("line one", in: document)?.range == range(2, 1, 2, 9))
        #expect(text("line two", in: document)?.range == range(3, 1, 3, 9))
        let emphasis = try #require(allInlines(document).first { if case .emphasis = $0 { true } else { false } })
        #expect(emphasis.range == range(4, 1, 4, 8))
        for inline in allInlines(document) {
            if case .text(let node) = inline { #expect(!node.literal.contains("\r")) }
        }
        #expect(rangesStayInsideTheirLines(document) == [])
    }

    @Test func crlfMultiLineInlinesAndBreaks() {
        let document = MarkdownParser.parse("a `b\r\nc` d\r\nx\\\r\n*y*\r\nlast  \r\nz\r\n")
        #expect(text(" d", in: document)?.range == range(2, 3, 2, 5))
        #expect(text("y", in: document)?.range == range(4, 2, 4, 3))
        #expect(text("last", in: document)?.range == range(5, 1, 5, 5))
        #expect(text("z", in: document)?.range == range(6, 1, 6, 2))
        #expect(rangesStayInsideTheirLines(document) == [])
    }

    @Test func goldenInputsAndExamplesStayInsideTheirLines() {
        for input in ["# T ##\nS\n-\nx  \ny\\\nz <a@b.c>\n", "> q\n> r\\\n> s\n\n- a\n\n  b\n"] {
            #expect(rangesStayInsideTheirLines(MarkdownParser.parse(input)) == [], "\(input)")
        }
    }
}
