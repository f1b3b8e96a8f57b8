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
        #expect(document.invalidUTF8.isEmpty, "kept as given")
    }

    @Test func handMadeDocumentsKeepValidSources() {
        let source = SourceText(bytes: Array("naïve 🙂\n".utf8))
        let document = Document(children: [], range: nil, source: source, frontMatter: nil, invalidUTF8: [])
        #expect(document.source == source)
    }
}
