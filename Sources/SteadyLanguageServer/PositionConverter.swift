import LanguageServerProtocol
import MarkdownSyntax

/// Converts between Steady's places (1-based lines, 1-based UTF-8 byte columns, byte offsets)
/// and LSP positions (0-based, characters counted in the negotiated encoding).
///
/// Lines are `SourceText`'s lines (`\n`, `\r\n`, lone `\r`), which are also the LSP's.
struct PositionConverter {
    let source: SourceText
    let encoding: PositionEncoding

    /// The LSP position of byte `offset`.
    func position(ofOffset offset: Int) -> Position {
        let offset = min(max(offset, 0), source.bytes.count)
        // After a final line ending there is one more (empty) line for the client.
        if offset == source.bytes.count, let last = source.bytes.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") {
            return Position(line: source.lineCount, character: 0)
        }
        let location = source.location(ofOffset: offset)
        let lineBytes = source.byteRange(ofLine: location.line)
        let end = min(offset, lineBytes.upperBound)
        return Position(line: location.line - 1, character: units(in: lineBytes.lowerBound..<end))
    }

    func position(_ location: SourceLocation) -> Position {
        position(ofOffset: source.offset(of: location))
    }

    func range(_ range: SourceRange) -> TextRange {
        TextRange(start: position(range.lowerBound), end: position(range.upperBound))
    }

    /// The byte offset of an LSP position, clamped to its line (a character past the line's end
    /// is its end; one inside a character is that character's end) and to the text.
    func offset(of position: Position) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < source.lineCount else { return source.bytes.count }
        let lineBytes = source.byteRange(ofLine: position.line + 1)
        var offset = lineBytes.lowerBound
        var counted = 0
        let bytes = source.bytes
        while offset < lineBytes.upperBound, counted < position.character {
            let length = Self.sequenceLength(bytes[offset])
            counted += unitCount(lead: bytes[offset], length: length)
            offset = min(offset + length, lineBytes.upperBound)
        }
        return offset
    }

    /// Code units of `encoding` in the bytes at `offsets` (valid UTF-8 but for U+001A repairs,
    /// which are single bytes).
    private func units(in offsets: Range<Int>) -> Int {
        if encoding == .utf8 { return offsets.count }
        var count = 0
        for byte in source.bytes[offsets] where byte & 0xC0 != 0x80 {
            count += encoding == .utf16 && byte >= 0xF0 ? 2 : 1
        }
        return count
    }

    private func unitCount(lead: UInt8, length: Int) -> Int {
        switch encoding {
        case .utf8: length
        case .utf16: lead >= 0xF0 ? 2 : 1
        case .utf32: 1
        }
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
