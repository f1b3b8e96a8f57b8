/// Byte-level reading of lexicon text: the lexicon is compiled at every start-up, and splitting
/// and trimming `String`s by `Character` breaks graphemes on every character.
///
/// It gives exactly the pieces the `Character` methods give: on "plain" text (tab and printable
/// ASCII) every byte is one `Character`, and a line feed always ends a `Character` unless a
/// carriage return precedes it. Text that is not plain (a comment with `’`, a user cue with `é`)
/// takes the `String` path, which is slower but reads it the same way it always did.
enum LexiconText {
    /// Tab or printable ASCII only.
    @inline(__always)
    static func isPlain(_ byte: UInt8) -> Bool { byte == 0x09 || (byte >= 0x20 && byte < 0x7F) }

    static func isPlain<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.withContiguousStorageIfAvailable { isPlain(buffer: $0) } ?? bytes.allSatisfy(isPlain)
    }

    /// `isPlain(text.utf8)` over the string's contiguous bytes where it has them.
    static func isPlain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isPlain(buffer: $0) } ?? text.utf8.allSatisfy(isPlain)
    }

    /// Eight bytes at a time: a word of printable ASCII (0x20...0x7E) passes at once, and only a
    /// word with some other byte (a tab, in every rule line) is looked at byte by byte. Every
    /// byte of the lexicon is tested here about three times (line, pattern, phrase list).
    private static func isPlain(buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = buffer.count
        var index = 0
        if let base = buffer.baseAddress {
            while index &+ 8 <= count {
                let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let low = chunk & 0x7F7F_7F7F_7F7F_7F7F
                let atLeastSpace = (low &+ 0x6060_6060_6060_6060) & 0x8080_8080_8080_8080 // byte >= 0x20
                let delete = (low &+ 0x0101_0101_0101_0101) & 0x8080_8080_8080_8080        // byte == 0x7F
                if atLeastSpace & ~delete & ~chunk & 0x8080_8080_8080_8080 != 0x8080_8080_8080_8080 {
                    for offset in 0..<8 where !isPlain(base[index &+ offset]) { return false }
                }
                index &+= 8
            }
        }
        while index < count {
            if !isPlain(buffer[index]) { return false }
            index &+= 1
        }
        return true
    }

    /// The source's lines that are neither blank nor comments, numbered from 1, each split at
    /// TABs into trimmed fields (as `split(separator: "\n")`, `trimmingWhitespace()` and
    /// `split(separator: "\t")` would).
    static func fieldLines(of source: String) -> [(number: Int, fields: [String])] {
        let bytes = Array(source.utf8)
        // "\r\n" is a single Character, which a Character-level split at "\n" does not split.
        if bytes.contains(0x0D) { return unicodeFieldLines(of: source) }
        var lines: [(number: Int, fields: [String])] = []
        var number = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            number += 1
            let line = bytes[start..<end]
            if let fields = isPlain(line) ? plainFields(ofLine: line) : unicodeFields(ofLine: Substring(decoding: line, as: UTF8.self)) {
                lines.append((number, fields))
            }
            start = end + 1
        }
        return lines
    }

    /// `fieldLines(of:)` by `Character`: the reference the byte-level reading must agree with.
    static func unicodeFieldLines(of source: String) -> [(number: Int, fields: [String])] {
        source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            unicodeFields(ofLine: line).map { (index + 1, $0) }
        }
    }

    /// Fields of a plain line, or nil for a blank line or a comment.
    private static func plainFields(ofLine line: ArraySlice<UInt8>) -> [String]? {
        let trimmed = trimmingSpaces(line)
        guard let first = trimmed.first, first != UInt8(ascii: "#") else { return nil }
        var fields: [String] = []
        var start = trimmed.startIndex
        while start < trimmed.endIndex {
            var end = start
            while end < trimmed.endIndex, trimmed[end] != 0x09 { end += 1 }
            if end > start { fields.append(String(decoding: trimmingSpaces(trimmed[start..<end]), as: UTF8.self)) }
            start = end + 1
        }
        return fields
    }

    /// Fields of any line, by `Character`, or nil for a blank line or a comment.
    private static func unicodeFields(ofLine raw: Substring) -> [String]? {
        let line = raw.trimmingWhitespace()
        if line.isEmpty || line.hasPrefix("#") { return nil }
        return line.split(separator: "\t", omittingEmptySubsequences: true).map { $0.trimmingWhitespace() }
    }

    /// Without leading and trailing spaces and tabs (the only whitespace plain text has).
    private static func trimmingSpaces(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice.removeFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice.removeLast() }
        return slice
    }

    /// A plain pattern split at spaces and tabs, keeping `(phrase one|phrase two)` groups whole;
    /// nil when the parentheses are unbalanced (`LexiconParser.elements(of:line:)` words the error).
    static func plainElements(of pattern: String) -> [String]? {
        let bytes = Array(pattern.utf8)
        return plainElementRanges(of: bytes)?.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// `plainElements(of:)` as ranges of the pattern's bytes: an element is every byte from its
    /// first to the next space or tab outside parentheses, so a range is all it needs (the parser
    /// reads elements as bytes, with no `String` per element).
    static func plainElementRanges(of bytes: [UInt8]) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        var start = -1 // the current element's first byte, or -1 between elements
        var depth = 0
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                guard depth >= 0 else { return nil }
            case 0x20 where depth == 0, 0x09 where depth == 0:
                if start >= 0 { ranges.append(start..<index); start = -1 }
                continue
            default: break
            }
            if start < 0 { start = index }
        }
        guard depth == 0 else { return nil }
        if start >= 0 { ranges.append(start..<bytes.count) }
        return ranges
    }
}
