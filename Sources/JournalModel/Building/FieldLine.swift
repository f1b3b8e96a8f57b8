import MarkdownSyntax

/// A line that starts `key: value`. Recognised on the source bytes of the line, because a text
/// node's literal loses escapes; a key must start the line, so `the temp: red thing` is prose.
struct FieldLine {
    /// The source bytes, and where the key and the value lie in them: one reference and two
    /// ranges rather than two slices (each a reference of its own), so that a field line costs
    /// one retain and release, and is small enough to be destroyed without a generic witness.
    /// The source ranges are kept as the few positions they are made of: a field line is
    /// copied as it moves through the reader, and the smaller it is, the cheaper each copy.
    private let bytes: [UInt8]
    private let keyOffsets: Range<Int>
    private let valueOffsets: Range<Int>
    /// Where the key starts.
    private let start: SourceLocation
    /// The column, on the value's line, where `range` ends.
    private let endColumn: Int
    /// The column, on the key's line, where `syntaxRange` ends.
    private let syntaxEndColumn: Int
    /// The key's bytes as written (ASCII letters, `-`, `_`).
    var keyBytes: ArraySlice<UInt8> { bytes[keyOffsets] }
    var keyRange: SourceRange { SourceRange(line: start.line, column: start.column, length: keyOffsets.count) }
    /// The value's bytes, trimmed of surrounding spaces (may be empty).
    var value: ArraySlice<UInt8> { bytes[valueOffsets] }
    /// Where the value starts (just after the colon and spaces when empty).
    let valueStart: SourceLocation
    /// From the key to the end of the value.
    var range: SourceRange { SourceRange(start, SourceLocation(line: valueStart.line, column: endColumn)) }

    /// From the key to the end of `range` (the value, or the separator): `for: the text`. For a
    /// field on one line.
    var fromKey: ArraySlice<UInt8> {
        bytes[keyOffsets.lowerBound..<(keyOffsets.lowerBound + max(0, range.upperBound.column - range.lowerBound.column))]
    }

    /// The key as written.
    var key: String { String(decoding: keyBytes, as: UTF8.self) }

    /// The value as a string. Not validated again: the value is source bytes (made valid UTF-8
    /// when the file was read) from after the key's spaces to the end of the trimmed line, so it
    /// starts and ends at whole characters.
    var valueString: String { value.withUnsafeBufferPointer { String(knownValidUTF8: $0) } }

    /// Whether the key is `for` or `against` in any case: an item of an open evidence section.
    var isEvidenceItemKey: Bool { Self.isEvidenceItemKey(keyBytes) }

    @inline(__always)
    private static func isEvidenceItemKey(_ key: ArraySlice<UInt8>) -> Bool {
        ASCIIBytes.equalsIgnoringCase(key, "for") || ASCIIBytes.equalsIgnoringCase(key, "against")
    }

    /// Whether the key is followed by exactly `::` and a space or the line's end (`temp:: red`):
    /// the property syntax of Logseq (and of Obsidian's Dataview).
    var isPropertySyntax: Bool {
        let end = keyOffsets.upperBound
        guard separator == .strayColon, end + 1 < bytes.count, bytes[end] == UInt8(ascii: ":"), bytes[end + 1] == UInt8(ascii: ":") else { return false }
        return end + 2 == bytes.count || bytes[end + 2] == UInt8(ascii: " ") || bytes[end + 2] == UInt8(ascii: "\t")
            || bytes[end + 2] == UInt8(ascii: "\n") || bytes[end + 2] == UInt8(ascii: "\r")
    }

    /// Whether the line at `start` is a property as Logseq writes one: a word (letters, digits,
    /// `-`, `_`), `::`, then a space or the line's end (`collapsed:: true`).
    static func isProperty(source: SourceText, start: SourceLocation) -> Bool {
        let line = source.line(start.line).dropFirst(max(0, start.column - 1))
        var index = line.startIndex
        while index < line.endIndex, isLetter(line[index]) || (0x30...0x39).contains(line[index])
            || line[index] == UInt8(ascii: "-") || line[index] == UInt8(ascii: "_") { index += 1 }
        guard index > line.startIndex, index + 1 < line.endIndex, line[index] == UInt8(ascii: ":"), line[index + 1] == UInt8(ascii: ":") else { return false }
        return index + 2 == line.endIndex || line[index + 2] == UInt8(ascii: " ") || line[index + 2] == UInt8(ascii: "\t")
    }

    /// The source range of `value[offsets]`, where offsets are relative to the value's start.
    func range(ofValueBytes offsets: Range<Int>) -> SourceRange {
        SourceRange(line: valueStart.line, column: valueStart.column + offsets.lowerBound, length: offsets.count)
    }

    /// How the key is separated from its value. Only `.colon` is the format as written in
    /// docs/format.md; the others are slips read for a known key only (see `isExact`).
    enum Separator: Equatable {
        /// `key: value` (or `**key:** value`, `**key**: value`).
        case colon
        /// `key:: value`, `key : value`.
        case strayColon
        /// `key:value`: the colon with no space after it (phones and quick typing).
        case noSpaceAfterColon
        /// `key - value`, `key – value`, `key = value`, `key=value`, `key; value`.
        case otherMark
        /// `key value`: no separator at all.
        case none
        /// `key` alone on its line (its value below).
        case bare
    }

    let separator: Separator
    /// The value was only a mark pointing below (`evidence 👇`, `evidence: ...`): `value` is
    /// empty, and the mark, kept after `syntaxRange`, is the writer's.
    let pointsBelow: Bool
    /// `*` right after the key (`**temp** red`): kept when the separator is written plainly.
    let starsAfterKey: Int
    /// From the key's first byte to where the value starts (or to the end of the separator
    /// when there is no value): the syntax a format note replaces.
    var syntaxRange: SourceRange { SourceRange(start, SourceLocation(line: start.line, column: syntaxEndColumn)) }

    /// Reads a field at `start` (the line's content start), if the line has the shape of one:
    /// a word of letters (`-`/`_` allowed inside) of at most 24 bytes, a colon, then a space or
    /// the end of the line. A known key (or a synonym of one, `FieldKey.tolerantReading`) may
    /// also be followed by a stray or missing separator (`Separator`).
    init?(source: SourceText, start: SourceLocation) {
        self.init(bytes: source.bytes, lineRange: source.byteRange(ofLine: start.line), start: start)
    }

    /// Reads a field at `start` as `init(source:start:)` does, from the line's bytes with its
    /// Obsidian comments made spaces (`UnreadText`): `temp: red %%or worse?%%` is `temp: red`.
    init?(source: SourceText, start: SourceLocation, hiding comments: UnreadText) {
        let lineRange = source.byteRange(ofLine: start.line)
        guard comments.hidden.contains(where: { $0.overlaps(lineRange) }) else {
            self.init(bytes: source.bytes, lineRange: lineRange, start: start)
            return
        }
        let masked = comments.masked(line: lineRange, of: source.bytes)
        self.init(bytes: masked, lineRange: 0..<masked.count, start: start)
    }

    /// `lineRange`: where the line of `start` lies in `bytes` (the source, or that line alone).
    private init?(bytes sourceBytes: [UInt8], lineRange: Range<Int>, start: SourceLocation) {
        let keyStart = lineRange.lowerBound + start.column - 1
        guard keyStart < lineRange.upperBound else { return nil }
        // Most lines are prose: the shape is checked on the raw bytes (no bounds checks, no
        // retain of the source), and slices are made only for a field.
        guard let shape = sourceBytes.withUnsafeBufferPointer({
            Self.shape(of: UnsafeBufferPointer(rebasing: $0[keyStart..<lineRange.upperBound]))
        }) else { return nil }
        if shape.separator != .colon,
           FieldKey.tolerantReading(of: sourceBytes[keyStart..<(keyStart + shape.keyEnd)]) == nil,
           // `for:: late`, `against : he called`: an evidence item's doubled or spaced colon.
           !(shape.separator == .strayColon && Self.isEvidenceItemKey(sourceBytes[keyStart..<(keyStart + shape.keyEnd)])) { return nil }
        // A value that only points below (`evidence 👇`) is no value: the key waits for its lines.
        let pointsBelow = shape.valueStart < shape.valueEnd && sourceBytes.withUnsafeBufferPointer {
            Self.isPointer(UnsafeBufferPointer(rebasing: $0[(keyStart + shape.valueStart)..<(keyStart + shape.valueEnd)]))
        }
        // With no space or colon before it, only such a mark may follow the key (`evidence…`).
        if shape.separator == .none, shape.valueStart == shape.keyEnd + shape.stars, !pointsBelow { return nil }
        bytes = sourceBytes
        separator = shape.separator
        starsAfterKey = shape.stars
        self.pointsBelow = pointsBelow
        let column = { (offset: Int) in keyStart + offset - lineRange.lowerBound + 1 }
        keyOffsets = keyStart..<(keyStart + shape.keyEnd)
        self.start = start
        valueOffsets = pointsBelow ? (keyStart + shape.valueEnd)..<(keyStart + shape.valueEnd) : (keyStart + shape.valueStart)..<(keyStart + shape.valueEnd)
        self.valueStart = SourceLocation(line: start.line, column: column(shape.valueStart))
        endColumn = column(max(shape.valueEnd, shape.separatorEnd))
        syntaxEndColumn = column(shape.valueStart >= shape.valueEnd ? shape.separatorEnd : shape.valueStart)
    }

    /// A line that is all value: the line below a key written alone (`reframe` then the text
    /// on the next line), read as that key's value. `key` is the line of the key. A key and its
    /// value on separate lines are read from one copy of both only when a comment is hidden.
    init?(valueLineOf key: FieldLine, source: SourceText, start: SourceLocation, hiding comments: UnreadText = UnreadText()) {
        var lineRange = source.byteRange(ofLine: start.line)
        var sourceBytes = source.bytes
        var keyOffsets = key.keyOffsets
        if comments.hidden.contains(where: { $0.overlaps(lineRange) }) {
            // The key's bytes first, then the masked line.
            let keyBytes = Array(key.keyBytes)
            let masked = comments.masked(line: lineRange, of: source.bytes)
            sourceBytes = keyBytes + masked
            keyOffsets = 0..<keyBytes.count
            lineRange = keyBytes.count..<(keyBytes.count + masked.count)
        }
        var lower = lineRange.lowerBound + start.column - 1
        var upper = lineRange.upperBound
        while lower < upper, sourceBytes[lower] == UInt8(ascii: " ") || sourceBytes[lower] == UInt8(ascii: "\t") { lower += 1 }
        while upper > lower, sourceBytes[upper - 1] == UInt8(ascii: " ") || sourceBytes[upper - 1] == UInt8(ascii: "\t") { upper -= 1 }
        guard lower < upper else { return nil }
        bytes = sourceBytes
        separator = key.separator
        starsAfterKey = key.starsAfterKey
        pointsBelow = false
        self.keyOffsets = keyOffsets
        self.start = key.start
        valueOffsets = lower..<upper
        valueStart = SourceLocation(line: start.line, column: lower - lineRange.lowerBound + 1)
        endColumn = upper - lineRange.lowerBound + 1
        syntaxEndColumn = key.syntaxEndColumn
    }

    /// Whether a line whose first piece is the text `literal` cannot be a field, judged from the
    /// literal alone: most lines are prose, and this spares them the line look-up and the
    /// source slices of `init`. Only valid when the literal is exactly the source it came from
    /// (one line, as long as its range: no escape or entity inside), starting the line's content.
    /// A literal made only of key characters says nothing (the colon may come after it), and
    /// neither does a first word that is a known key (its separator may be a slip).
    static func isRuledOut(byExactLiteral literal: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = literal.first else { return false }
        guard isLetter(first) else { return true }
        var cursor = 1
        while cursor < literal.count, cursor <= 24,
              isLetter(literal[cursor]) || literal[cursor] == UInt8(ascii: "-") || literal[cursor] == UInt8(ascii: "_") {
            cursor += 1
        }
        guard cursor < literal.count else { return false }
        if cursor > 24 { return true }
        if literal[cursor] == UInt8(ascii: ":") { return false }
        return FieldKey.tolerantReading(of: UnsafeBufferPointer(rebasing: literal[0..<cursor])) == nil
    }

    /// Where the key ends, the separator ends, and the trimmed value starts and ends in `line`
    /// (from the key's first byte to the line's end), if it has the shape of a field.
    private static func shape(of line: UnsafeBufferPointer<UInt8>) -> (keyEnd: Int, stars: Int, separatorEnd: Int, valueStart: Int, valueEnd: Int, separator: Separator)? {
        let end = line.count
        guard end > 0, isLetter(line[0]) else { return nil }
        var cursor = 0
        while cursor < end, cursor <= 24,
              isLetter(line[cursor]) || line[cursor] == UInt8(ascii: "-") || line[cursor] == UInt8(ascii: "_") {
            cursor += 1
        }
        guard cursor <= 24 else { return nil }
        // `temp-` would end the key in a dash: a dash right before a space separates.
        var keyEnd = cursor
        while keyEnd > 1, line[keyEnd - 1] == UInt8(ascii: "-") || line[keyEnd - 1] == UInt8(ascii: "_") { keyEnd -= 1 }
        cursor = keyEnd
        func isSpace(_ index: Int) -> Bool { line[index] == UInt8(ascii: " ") || line[index] == UInt8(ascii: "\t") }
        func skipSpaces() { while cursor < end, isSpace(cursor) { cursor += 1 } }
        // Emphasis closing around the key (`**temp**: red`, `**temp:** red`) is styling.
        func skipStars() { while cursor < end, line[cursor] == UInt8(ascii: "*") { cursor += 1 } }
        skipStars()
        let stars = cursor - keyEnd
        var separator = Separator.colon
        if cursor < end, line[cursor] == UInt8(ascii: ":") {
            cursor += 1
            if cursor < end, line[cursor] == UInt8(ascii: ":") {
                separator = .strayColon
                while cursor < end, line[cursor] == UInt8(ascii: ":") { cursor += 1 }
            }
            skipStars()
            // `temp:red`: no space after the colon, a slip read for a known key only (`init`).
            if cursor < end, !isSpace(cursor) {
                guard separator == .colon else { return nil }
                separator = .noSpaceAfterColon
            }
        } else {
            let afterKey = cursor
            skipSpaces()
            if cursor == end {
                separator = .bare
                cursor = afterKey
            } else if line[cursor] == UInt8(ascii: ":") {
                separator = .strayColon
                while cursor < end, line[cursor] == UInt8(ascii: ":") { cursor += 1 }
                guard cursor == end || isSpace(cursor) else { return nil }
            } else if let length = dashLength(line, at: cursor),
                      cursor + length == end || isSpace(cursor + length) {
                separator = .otherMark
                cursor += length
            } else if line[cursor] == UInt8(ascii: "=") || line[cursor] == UInt8(ascii: ";") {
                // `temp; red`: a semicolon is the key next to the colon on a phone's keyboard.
                separator = .otherMark
                cursor += 1
            } else if line[cursor] == UInt8(ascii: ","), cursor + 1 == end || isSpace(cursor + 1) {
                // `temp, red`: read only where the rest could mean nothing else (`accepts`).
                separator = .none
                cursor += 1
            } else if cursor > afterKey || pointerLength(line, at: cursor) > 0 {
                // `temp red`, or `evidence…` with its value below.
                separator = .none
            } else {
                return nil
            }
        }
        let separatorEnd = cursor
        skipSpaces()
        var valueEnd = end
        while valueEnd > cursor, isSpace(valueEnd - 1) { valueEnd -= 1 }
        return (keyEnd, stars, separatorEnd, cursor, valueEnd, separator)
    }

    /// The length of the mark at `index` that points to the lines below (`👇`, `⬇️`, `↓`, `⤵️`,
    /// `→`, `…`, `...`, `->`, `:`), else 0: `evidence 👇` above its list is the key alone on its line.
    static func pointerLength(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = line[index]
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "~"):
            return 1
        case 0xE2 where index + 2 < line.count:
            switch (line[index + 1], line[index + 2]) {
            // … ↓ → ⬇ ⤵ ➡
            case (0x80, 0xA6), (0x86, 0x93), (0x86, 0x92), (0xAC, 0x87), (0xA4, 0xB5), (0x9E, 0xA1): return 3
            // – — (a phone's dashes)
            case (0x80, 0x93), (0x80, 0x94): return 3
            default: return 0
            }
        case 0xEF where index + 2 < line.count && line[index + 1] == 0xB8 && line[index + 2] == 0x8F:
            return 3  // the emoji presentation selector after ⬇ or ⤵
        case 0xF0 where index + 3 < line.count && line[index + 1] == 0x9F:
            // 👇, and the skin tones a phone adds to it.
            if line[index + 2] == 0x91, line[index + 3] == 0x87 { return 4 }
            if line[index + 2] == 0x8F, (0xBB...0xBF).contains(line[index + 3]) { return 4 }
            return 0
        default:
            return 0
        }
    }

    /// Whether `value` is only marks that point below (and spaces): `evidence 👇`, `evidence: ...`.
    static func isPointer(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !value.isEmpty else { return false }
        var index = 0
        var marks = 0
        while index < value.count {
            if value[index] == UInt8(ascii: " ") || value[index] == UInt8(ascii: "\t") {
                index += 1
                continue
            }
            let length = pointerLength(value, at: index)
            guard length > 0 else { return false }
            index += length
            marks += 1
        }
        return marks > 0
    }

    /// `-`, or an en or em dash (phones turn `-` into one): its byte length at `index`, else nil.
    /// An arrow (`->`) is not a dash.
    private static func dashLength(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        if line[index] == UInt8(ascii: "-") { return index + 1 < line.count && line[index + 1] == UInt8(ascii: ">") ? nil : 1 }
        if index + 2 < line.count, line[index] == 0xE2, line[index + 1] == 0x80, line[index + 2] == 0x93 || line[index + 2] == 0x94 { return 3 }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
