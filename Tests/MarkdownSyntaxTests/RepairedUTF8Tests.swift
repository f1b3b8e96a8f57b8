import Testing
import MarkdownSyntax

/// Steady's one UTF-8 validator: invalid bytes become U+001A one for one, and each run of them
/// is reported with its line, byte column and length.
@Suite struct RepairedUTF8Tests {
    @Test func validBytesAreKeptAsTheyAre() {
        let bytes = Array("# 2026-11-20\ncafé 🙂\r\n".utf8)
        let repaired = RepairedUTF8(repairing: bytes)
        #expect(repaired.bytes == bytes)
        #expect(repaired.invalidRuns.isEmpty)
    }

    @Test func invalidBytesAreReplacedOneForOneWithLineAndByteColumn() {
        // Line 2: "é" in Latin-1 (0xE9) after "caf"; line 3: a truncated 3-byte sequence after a
        // 2-byte "é", then an overlong "/" (0xC0 0xAF).
        var bytes = Array("# 2026-11-20\n".utf8)
        bytes += Array("caf".utf8) + [0xE9] + Array("\r\n".utf8)
        bytes += Array("é".utf8) + [0xE2, 0x82] + Array(" x ".utf8) + [0xC0, 0xAF] + Array("\n".utf8)
        let repaired = RepairedUTF8(repairing: bytes)
        #expect(repaired.bytes.count == bytes.count)
        #expect(String(validating: repaired.bytes, as: UTF8.self) != nil)
        #expect(repaired.bytes.filter { $0 == RepairedUTF8.substitute }.count == 5)
        #expect(repaired.invalidRuns == [
            SourceRange(line: 2, column: 4, length: 1),
            SourceRange(line: 3, column: 3, length: 2),
            SourceRange(line: 3, column: 8, length: 2),
        ])
    }

    @Test(arguments: [
        ([0xED, 0xA0, 0x80] as [UInt8], 3),  // a UTF-16 surrogate encoded in UTF-8
        ([0xF4, 0x90, 0x80, 0x80], 4),  // past U+10FFFF
        ([0xF0, 0x9F, 0x92], 3),  // a truncated emoji at the end of the file
        ([0x80], 1),  // a lone continuation byte
        ([0xFF, 0xFE], 2),
        ([0xC0, 0xAF], 2),  // an overlong "/"
    ])
    func everyByteOfAnIllFormedSequenceIsReplaced(bytes: [UInt8], replaced: Int) {
        let repaired = RepairedUTF8(repairing: Array("a".utf8) + bytes)
        #expect(repaired.bytes == [UInt8(ascii: "a")] + Array(repeating: RepairedUTF8.substitute, count: replaced))
        #expect(repaired.invalidRuns == [SourceRange(line: 1, column: 2, length: replaced)])
    }

    /// Lines end at `\n`, `\r\n` and a lone `\r`, as `SourceText` and cmark count them, so a
    /// run's line is the document's.
    @Test func invalidBytePositionsCountLinesAsCmarkDoes() {
        let repaired = RepairedUTF8(repairing: Array("a\rb\r\nc\n".utf8) + [0xFF])
        #expect(repaired.invalidRuns == [SourceRange(line: 4, column: 1, length: 1)])
        let afterLoneCR = RepairedUTF8(repairing: Array("x\rab".utf8) + [0xFF, 0xFE] + Array("\rc".utf8) + [0xC0])
        #expect(afterLoneCR.invalidRuns == [SourceRange(line: 2, column: 3, length: 2), SourceRange(line: 3, column: 2, length: 1)])
    }

    @Test func sourceStringsAreCutOnlyBetweenCharacters() {
        let source = SourceText(RepairedUTF8(repairing: Array("key: café\n".utf8)))
        #expect(source.isKnownValidUTF8)
        #expect(source.string(in: 5..<10) == "café")
        // A cut inside "é" is decoded, not trusted: U+FFFD for the broken half.
        #expect(source.string(in: 5..<9) == "caf\u{FFFD}")
        #expect(!SourceText(bytes: [0xFF]).isKnownValidUTF8)
        #expect(SourceText(bytes: [0xFF]).string(in: 0..<1) == "\u{FFFD}")
    }
}
