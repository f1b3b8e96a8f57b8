import MarkdownSyntax

/// A line that starts `key: value`. Recognised on the source bytes of the line, because a text
/// node's literal loses escapes; a key must start the line, so `the temp: red thing` is prose.
struct FieldLine {
    /// The source bytes, and where the key and the value lie in them: one reference and two
    /// ranges rather than two slices (each a reference of its own), so that a field line costs
    /// one retain and release, and is small enough to be destroyed without a generic witness.
    private let bytes: [UInt8]
    private let keyOffsets: Range<Int>
    private let valueOffsets: Range<Int>
    /// The key's bytes as written (ASCII letters, `-`, `_`).
    var keyBytes: ArraySlice<UInt8> { bytes[keyOffsets] }
    let keyRange: SourceRange
    /// The value's bytes, trimmed of surrounding spaces (may be empty).
    var value: ArraySlice<UInt8> { bytes[valueOffsets] }
    /// Where the value starts (just after the colon and spaces when empty).
    let valueStart: SourceLocation
    /// From the key to the end of the value.
    let range: SourceRange

    /// The key as written.
    var key: String { String(decoding: keyBytes, as: UTF8.self) }

    /// The value as a string. Not validated again: the value is source bytes (made valid UTF-8
    /// when the file was read) from after the key's spaces to the end of the trimmed line, so it
    /// starts and ends at whole characters.
    var valueString: String { value.withUnsafeBufferPointer { String(knownValidUTF8: $0) } }

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
        let keyStart = lineRange.lowerBound + start.column - 1
        guard keyStart < lineRange.upperBound else { return nil }
        // Most lines are prose: the shape is checked on the raw bytes (no bounds checks, no
        // retain of the source), and slices are made only for a field.
        guard let (keyEnd, valueStart, valueEnd) = source.bytes.withUnsafeBufferPointer({
            Self.shape(of: UnsafeBufferPointer(rebasing: $0[keyStart..<lineRange.upperBound]))
        }) else { return nil }
        bytes = source.bytes
        let column = { (offset: Int) in keyStart + offset - lineRange.lowerBound + 1 }
        keyOffsets = keyStart..<(keyStart + keyEnd)
        keyRange = SourceRange(line: start.line, column: start.column, length: keyEnd)
        valueOffsets = (keyStart + valueStart)..<(keyStart + valueEnd)
        self.valueStart = SourceLocation(line: start.line, column: column(valueStart))
        range = SourceRange(start, SourceLocation(line: start.line, column: column(max(valueEnd, keyEnd + 1))))
    }

    /// Whether a line whose first piece is the text `literal` cannot be a field, judged from the
    /// literal alone: most lines are prose, and this spares them the line look-up and the
    /// source slices of `init`. Only valid when the literal is exactly the source it came from
    /// (one line, as long as its range: no escape or entity inside), starting the line's content.
    /// A literal made only of key characters says nothing (the colon may come after it).
    static func isRuledOut(byExactLiteral literal: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = literal.first else { return false }
        guard isLetter(first) else { return true }
        var cursor = 1
        while cursor < literal.count, cursor <= 24,
              isLetter(literal[cursor]) || literal[cursor] == UInt8(ascii: "-") || literal[cursor] == UInt8(ascii: "_") {
            cursor += 1
        }
        guard cursor < literal.count else { return false }
        return cursor > 24 || literal[cursor] != UInt8(ascii: ":")
    }

    /// Where the key ends and the trimmed value starts and ends in `line` (from the key's first
    /// byte to the line's end), if it has the shape of a field.
    private static func shape(of line: UnsafeBufferPointer<UInt8>) -> (keyEnd: Int, valueStart: Int, valueEnd: Int)? {
        let end = line.count
        guard end > 0, isLetter(line[0]) else { return nil }
        var cursor = 0
        while cursor < end, cursor <= 24,
              isLetter(line[cursor]) || line[cursor] == UInt8(ascii: "-") || line[cursor] == UInt8(ascii: "_") {
            cursor += 1
        }
        guard cursor < end, line[cursor] == UInt8(ascii: ":"), cursor <= 24 else { return nil }
        let keyEnd = cursor
        cursor += 1
        guard cursor == end || line[cursor] == UInt8(ascii: " ") || line[cursor] == UInt8(ascii: "\t") else { return nil }
        while cursor < end, line[cursor] == UInt8(ascii: " ") || line[cursor] == UInt8(ascii: "\t") { cursor += 1 }
        var valueEnd = end
        while valueEnd > cursor, line[valueEnd - 1] == UInt8(ascii: " ") || line[valueEnd - 1] == UInt8(ascii: "\t") { valueEnd -= 1 }
        return (keyEnd, cursor, valueEnd)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
