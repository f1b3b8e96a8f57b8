import Testing
@testable import MarkdownSyntax

/// A document's source is valid UTF-8 however it was made: the journal builder makes strings of
/// its bytes without validating them again.
@Suite struct DocumentSourceTests {
    @Test func handMadeDocumentsRepairInvalidSourceBytes() {
        let bytes: [UInt8] = Array("fact: a".utf8) + [0xFF, 0xC3] + Array(" b\n".utf8)
        let document = Document(children: [], range: nil, source: SourceText(bytes: bytes), frontMatter: nil, invalidUTF8: [])
        #expect(document.source.bytes == Array("fact: a".utf8) + [0x1A, 0x1A] + Array(" b\n".utf8))
        #expect(document.source.bytes == MarkdownParser.parse(bytes).source.bytes)
        #expect(document.source.isKnownValidUTF8)
        #expect(document.invalidUTF8.isEmpty, "kept as given")
    }

    @Test func handMadeDocumentsKeepValidSources() {
        let source = SourceText(bytes: Array("naïve 🙂\n".utf8))
        let document = Document(children: [], range: nil, source: source, frontMatter: nil, invalidUTF8: [])
        #expect(document.source == source)
    }

    /// Entities and escapes that name no scalar (a surrogate, zero, past U+10FFFF) and NUL
    /// bytes decode to U+FFFD: every literal of a parsed document is valid UTF-8, which the
    /// journal builder relies on (`String(knownValidUTF8:)`, after `RepairedUTF8`).
    @Test func literalsOfParsedDocumentsAreValidUTF8() {
        let bytes = Array("&#xD800; &#0; &#x110000; &#xDFFF;x\\ é &amp; &nGt;".utf8) + [0x00] + Array(" *a\u{0}b*\n".utf8)
        let document = MarkdownParser.parse(bytes)
        var literals = 0
        for case .text(let node) in allInlines(document) {
            literals += 1
            let literal = node.withLiteralUTF8 { spanBytes($0) }
            #expect(String(validating: literal, as: UTF8.self) != nil, "\(literal)")
        }
        #expect(literals > 0)
        #expect(allInlines(document).compactMap { if case .text(let node) = $0 { node.literal } else { nil } }.joined().contains("\u{FFFD}"))
    }
}
