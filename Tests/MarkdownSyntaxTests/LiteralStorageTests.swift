import Testing
@testable import MarkdownSyntax

/// Text literals live in chunks shared by a document's text nodes; these check that every
/// literal reads back whole, also when the literals outgrow the first chunk.
@Suite struct LiteralStorageTests {
    @Test func literalsReadBackFromTheSharedStorage() {
        let document = MarkdownParser.parse("one *two* three\n\n# héllo\n\n- four &amp; five\n")
        let literals = allInlines(document).compactMap { inline -> String? in
            if case .text(let node) = inline { return node.literal }
            return nil
        }
        #expect(literals == ["one ", "two", " three", "héllo", "four & five"])
        for case .text(let node) in allInlines(document) {
            #expect(node.literalUTF8Count == node.literal.utf8.count)
            #expect(node.withLiteralUTF8 { Array($0) } == Array(node.literal.utf8))
        }
    }

    /// `&nGt;` (5 bytes) decodes to U+226B U+20D2 (6 bytes): literals longer than the source
    /// overflow the first chunk, which is sized after the source.
    @Test func literalsLongerThanTheSourceSpillIntoNewChunks() {
        let paragraphs = (0..<3_000).map { "p\($0) " + String(repeating: "&nGt;", count: 20) }
        let document = MarkdownParser.parse(paragraphs.joined(separator: "\n\n") + "\n")
        let literals = allInlines(document).compactMap { inline -> String? in
            if case .text(let node) = inline { return node.literal }
            return nil
        }
        #expect(literals.count == 3_000)
        for (index, literal) in literals.enumerated() {
            #expect(literal == "p\(index) " + String(repeating: "\u{226B}\u{20D2}", count: 20))
        }
    }

    @Test func writerStartsANewChunkWhenOneIsFull() {
        var writer = LiteralWriter(expectedBytes: 0)
        var placed: [(LiteralChunk, Int, [UInt8])] = []
        for index in 0..<2_000 {
            let bytes = Array("literal number \(index)".utf8)
            let (chunk, offset) = bytes.withUnsafeBytes { writer.append($0) }
            placed.append((chunk, offset, bytes))
        }
        // A literal longer than a whole chunk gets one of its own.
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 100_000)
        let (longChunk, longOffset) = long.withUnsafeBytes { writer.append($0) }
        placed.append((longChunk, longOffset, long))
        #expect(Set(placed.map { ObjectIdentifier($0.0) }).count > 1)
        for (chunk, offset, bytes) in placed {
            #expect(Array(UnsafeBufferPointer(start: chunk.base + offset, count: bytes.count)) == bytes)
        }
    }

    @Test func textsCompareByLiteralAndRange() {
        let document = MarkdownParser.parse("same\n\nsame\n")
        let texts = allInlines(document).compactMap { inline -> Text? in
            if case .text(let node) = inline { return node }
            return nil
        }
        #expect(texts.count == 2)
        #expect(texts[0] != texts[1], "same literal, different ranges")
        let copy = Text(literal: "same", range: texts[0].range)
        #expect(copy == texts[0])
        #expect(copy.hashValue == texts[0].hashValue)
        #expect(Text(literal: "", range: nil).literal == "")
    }
}
