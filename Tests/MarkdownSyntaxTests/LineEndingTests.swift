import Testing
@testable import MarkdownSyntax

/// `SourceText` is Steady's one definition of a line, and it is cmark's: `\n`, `\r\n` and a lone
/// `\r` each end one (issue 17: lines ended at `\n` only, so after a lone CR every line number
/// drifted from cmark's).
@Suite struct LineEndingTests {
    /// The reference: a byte-at-a-time reading of cmark's rule.
    private func referenceLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            if bytes[index] == 0x0A || bytes[index] == 0x0D { starts.append(index + 1) }
            index += 1
        }
        if starts.count > 1, starts.last == bytes.count { starts.removeLast() }
        return starts
    }

    @Test func loneCRCRLFAndLFEachEndOneLine() {
        let text = SourceText(bytes: Array("a\rb\r\nc\nd\r\re".utf8))
        #expect(text.lineCount == 6)
        #expect((1...6).map { text.lineString($0) } == ["a", "b", "c", "d", "", "e"])
        #expect((1...6).map { Array(text.lineEnding($0)) } == [[0x0D], [0x0D, 0x0A], [0x0A], [0x0D], [0x0D], []])
        #expect(text.location(ofOffset: 2) == SourceLocation(line: 2, column: 1))
        #expect(SourceText(bytes: Array("x\r".utf8)).lineCount == 1)
        #expect(SourceText(bytes: Array("\r\r".utf8)).lineCount == 2)
    }

    /// The fast path (`memchr` for `\n` until a lone CR) and the byte loop after it agree with
    /// the rule on every string of up to 8 bytes over `a`, `\r`, `\n`.
    @Test func lineStartsFollowCmarkOnEveryShortMixOfEndings() {
        let alphabet: [UInt8] = [UInt8(ascii: "a"), 0x0D, 0x0A]
        for length in 0...8 {
            var digits = [Int](repeating: 0, count: length)
            while true {
                let bytes = digits.map { alphabet[$0] }
                #expect(SourceText.lineStarts(of: bytes) == referenceLineStarts(bytes), "\(bytes)")
                guard let position = digits.lastIndex(where: { $0 < alphabet.count - 1 }) else { break }
                digits[position] += 1
                for later in (position + 1)..<length { digits[later] = 0 }
            }
        }
    }

    static let text = """
        ---
        title: x
        ---
        # 2026-11-28

        ## 21:40 No reply #no-reply
        He is going to leave me,
        I just know it. `a
        span` after

        temp: red
        > quoted
        > line

        - item one
        - item two

        <!-- a
        comment -->
        after *it*

        """

    /// cmark's positions (whatever ends the lines) are the LF twin's, and Steady's source table
    /// agrees with them: each one-line text node's range cuts its literal out of the source.
    @Test(arguments: ["\r", "\r\n", "mixed"])
    func positionsAgreeWithCmarkWhateverEndsTheLines(_ ending: String) {
        let lines = Self.text.split(separator: "\n", omittingEmptySubsequences: false)
        var bytes: [UInt8] = []
        for (index, line) in lines.enumerated() {
            bytes += Array(line.utf8)
            guard index < lines.count - 1 else { break }
            // Mixed: a lone CR only before a line that is not empty (an empty line's `\n` after it would make one CRLF).
            let mixed = index % 3 == 0 ? "\n" : index % 3 == 1 ? "\r\n" : (lines[index + 1].isEmpty ? "\r\n" : "\r")
            bytes += Array((ending == "mixed" ? mixed : ending).utf8)
        }
        let document = MarkdownParser.parse(bytes)
        let twin = MarkdownParser.parse(Self.text)
        #expect(document.source.lineCount == twin.source.lineCount)
        #expect(document.frontMatter?.range == twin.frontMatter?.range)
        #expect(document.range == twin.range)
        #expect(allInlines(document).map(\.range) == allInlines(twin).map(\.range))
        var blocks: [SourceRange?] = [], twinBlocks: [SourceRange?] = []
        forEachBlock(in: document) { block, _ in blocks.append(block.range) }
        forEachBlock(in: twin) { block, _ in twinBlocks.append(block.range) }
        #expect(blocks == twinBlocks)
        var checked = 0
        for case .text(let text) in allInlines(document) {
            guard let range = text.range, range.lowerBound.line == range.upperBound.line else { continue }
            let source = document.source
            #expect(source.string(in: source.offset(of: range.lowerBound)..<source.offset(of: range.upperBound)) == text.literal)
            checked += 1
        }
        #expect(checked > 8)
    }
}
