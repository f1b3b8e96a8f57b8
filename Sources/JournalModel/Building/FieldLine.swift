import MarkdownSyntax

/// A line that starts `key: value`. Recognised on the source bytes of the line, because a text
/// node's literal loses escapes; a key must start the line, so `the temp: red thing` is prose.
struct FieldLine {
    /// The key's bytes as written (ASCII letters, `-`, `_`).
    let keyBytes: ArraySlice<UInt8>
    let keyRange: SourceRange
    /// The value's bytes, trimmed of surrounding spaces (may be empty).
    let value: ArraySlice<UInt8>
    /// Where the value starts (just after the colon and spaces when empty).
    let valueStart: SourceLocation
    /// From the key to the end of the value.
    let range: SourceRange

    /// The key as written.
    var key: String { String(decoding: keyBytes, as: UTF8.self) }

    var valueString: String { String(decoding: value, as: UTF8.self) }

    /// Whether the key is `for` or `against` in any case: an item of an open evidence section.
    var isEvidenceItemKey: Bool {
        ASCIIBytes.equalsIgnoringCase(keyBytes, "for") || ASCIIBytes.equalsIgnoringCase(keyBytes, "against")
    }

    /// The source range of `value[offsets]`, where offsets are relative to the value's start.
    func range(ofValueBytes offsets: Range<Int>) -> SourceRange {
        SourceRange(line: valueStart.line, column: valueStart.column + offsets.lowerBound, length: offsets.count)
    }

    /// Reads a field at `start` (the line's content start), if the line has the shape of one:
    /// a word of letters (`-`/`_` allowed inside) of at most 24 bytes, a colon, then a space or
    /// the end of the line.
    init?(source: SourceText, start: SourceLocation) {
        let lineRange = source.byteRange(ofLine: start.line)
        let bytes = source.bytes
        let keyStart = lineRange.lowerBound + start.column - 1
        guard keyStart < lineRange.upperBound, Self.isLetter(bytes[keyStart]) else { return nil }
        var cursor = keyStart
        while cursor < lineRange.upperBound, cursor - keyStart <= 24,
              Self.isLetter(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "-") || bytes[cursor] == UInt8(ascii: "_") {
            cursor += 1
        }
        guard cursor < lineRange.upperBound, bytes[cursor] == UInt8(ascii: ":"), cursor - keyStart <= 24 else { return nil }
        let keyEnd = cursor
        cursor += 1
        guard cursor == lineRange.upperBound || bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") else { return nil }
        while cursor < lineRange.upperBound, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") { cursor += 1 }
        var valueEnd = lineRange.upperBound
        while valueEnd > cursor, bytes[valueEnd - 1] == UInt8(ascii: " ") || bytes[valueEnd - 1] == UInt8(ascii: "\t") { valueEnd -= 1 }

        let column = { (offset: Int) in offset - lineRange.lowerBound + 1 }
        keyBytes = bytes[keyStart..<keyEnd]
        keyRange = SourceRange(line: start.line, column: start.column, length: keyEnd - keyStart)
        value = bytes[cursor..<valueEnd]
        valueStart = SourceLocation(line: start.line, column: column(cursor))
        range = SourceRange(start, SourceLocation(line: start.line, column: column(max(valueEnd, keyEnd + 1))))
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
