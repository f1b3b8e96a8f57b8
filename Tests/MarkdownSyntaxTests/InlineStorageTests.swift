import Testing
@testable import MarkdownSyntax

/// Text literals and inline nodes live in one storage per document; these check that every
/// literal and node reads back whole, also when the literals outgrow the first guess.
@Suite struct InlineStorageTests {
    @Test func literalsReadBackFromTheSharedStorage() {
        let document = MarkdownParser.parse("one *two* three\n\n# héllo\n\n- four &amp; five\n")
        let literals = allInlines(document).compactMap { inline -> String? in
            if case .text(let node) = inline { return node.literal }
            return nil
        }
        #expect(literals == ["one ", "two", " three", "héllo", "four & five"])
        for case .text(let node) in allInlines(document) {
            #expect(node.literalUTF8Count == node.literal.utf8.count)
            #expect(node.withLiteralUTF8 { spanBytes($0) } == Array(node.literal.utf8))
        }
    }

    /// `&nGt;` (5 bytes) decodes to U+226B U+20D2 (6 bytes): literals longer than the source
    /// outgrow the literal buffer, which is sized after the source.
    @Test func literalsLongerThanTheSourceOutgrowTheFirstBuffer() {
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

    @Test func literalBufferGrowsAndKeepsEveryLiteral() {
        var buffer = LiteralBuffer(capacity: 0)
        var placed: [(Int, [UInt8])] = []
        for index in 0..<2_000 {
            let bytes = Array("literal number \(index)".utf8)
            placed.append((bytes.withUnsafeBytes { buffer.append($0) }, bytes))
        }
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 100_000)
        placed.append((long.withUnsafeBytes { buffer.append($0) }, long))
        let storage = InlineStorage()
        storage.finish(records: [], strings: [], literals: &buffer)
        for (offset, bytes) in placed {
            #expect(Array(UnsafeBufferPointer(start: storage.literalBase! + offset, count: bytes.count)) == bytes)
        }
    }

    /// Lists built by hand copy their inlines (nested ones too) into a storage of their own.
    @Test func handBuiltListsHoldCopiesOfTheirInlines() {
        let inner: [Inline] = [.text(Text(literal: "deep", range: nil)), .code(InlineCode(literal: "c", range: nil))]
        let inlines: [Inline] = [
            .text(Text(literal: "one", range: range(1, 1, 1, 4))),
            .softBreak(SoftBreak()),
            .emphasis(Emphasis(children: inner, range: nil)),
            .link(Link(destination: "d", title: "t", children: [.text(Text(literal: "x", range: nil))], range: nil)),
        ]
        let list = InlineList(inlines)
        #expect(Array(list) == inlines)
        #expect(list == InlineList(inlines))
        #expect(list.hashValue == InlineList(inlines).hashValue)
        #expect(list.plainText == "one deepcx")
        #expect(InlineList().isEmpty)
        #expect(Paragraph(children: inlines, range: nil).children.count == 4)
        if case .emphasis(let emphasis) = list[2] {
            #expect(Array(emphasis.children) == inner)
        } else {
            Issue.record("expected emphasis, got \(list[2])")
        }
    }

    /// Parsed inline containers keep their children in order, each container's contiguous.
    @Test func parsedContainersKeepTheirChildren() {
        let document = MarkdownParser.parse("a *b **c** d* [e `f`](g \"h\") ![i](j)\nk <span>\n")
        guard case .paragraph(let paragraph) = document.children.first else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(paragraph.children.plainText == "a b c d e f i k ")
        let kinds = allInlines(document).map { inline -> String in
            switch inline {
            case .text(let node): "t:" + node.literal
            case .code(let node): "code:" + node.literal
            case .html(let node): "html:" + node.literal
            case .emphasis: "em"
            case .strong: "strong"
            case .link(let node): "link:\(node.destination):\(node.title)"
            case .image(let node): "image:\(node.source)"
            case .softBreak: "soft"
            case .lineBreak: "hard"
            case .customInline: "custom"
            }
        }
        #expect(kinds == ["t:a ", "em", "t:b ", "strong", "t:c", "t: d", "t: ", "link:g:h", "t:e ", "code:f", "t: ", "image:j", "t:i", "soft", "t:k ", "html:<span>"])
    }

    /// `forEachLeaf` reports the leaves the inline tree holds, in order, with image alt text marked.
    @Test func leavesComeInSourceOrder() {
        let document = MarkdownParser.parse("a *b **c** d* [e `f`](g) ![i *j*](k)\nl <span>\n")
        guard case .paragraph(let paragraph) = document.children.first else {
            Issue.record("expected a paragraph")
            return
        }
        var leaves: [String] = []
        let allLiterals = paragraph.children.withLiteralBytes { spanBytes($0) }
        paragraph.children.forEachLeaf { leaf in
            let literal = String(decoding: allLiterals[leaf.literalOffsets], as: UTF8.self)
            leaves.append("\(leaf.kind):\(literal)\(leaf.isInsideImage ? " (image)" : "")@\(leaf.range.map(\.description) ?? "-")")
        }
        #expect(leaves == [
            "text:a @1:1-1:3", "text:b @1:4-1:6", "text:c@1:8-1:9", "text: d@1:11-1:13", "text: @1:14-1:15",
            "text:e @1:16-1:18", "code:@1:19-1:20", "text: @1:25-1:26", "text:i  (image)@1:28-1:30", "text:j (image)@1:31-1:32",
            "softBreak:@-", "text:l @2:1-2:3", "html:@2:3-2:9",
        ])
        var expected: [String] = []
        for inline in allInlines(document) {
            switch inline {
            case .text(let node): expected.append(node.literal)
            case .code, .html: expected.append("")
            default: break
            }
        }
        var read: [String] = []
        paragraph.children.forEachLeaf { leaf in
            if leaf.kind != .softBreak, leaf.kind != .lineBreak { read.append(String(decoding: allLiterals[leaf.literalOffsets], as: UTF8.self)) }
        }
        #expect(read == expected)
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
