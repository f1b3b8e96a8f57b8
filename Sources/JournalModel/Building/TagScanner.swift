import MarkdownSyntax
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds `#tags` (and, when configured, `@tags`) in the source of a text node. Only text nodes
/// are scanned, so code, HTML and link destinations never yield tags; the source (not the
/// literal) is read so that `\#escaped` is seen for what it is. Every prefix follows the same
/// rules: a tag starts only at the start of a word, so `me@example.com` holds none.
enum TagScanner {
    /// Whether `scan` could find a tag in a text node, judged from its literal: most text has no
    /// `#`, and looking for one in the literal (`memchr`) costs far less than the scan's line
    /// look-up and search of the source. Only a node whose range is as long as its literal and on
    /// one line is judged so: its source then differs from the literal only by escapes and
    /// entities, and a `#` that an entity hides (`&#8212;`) follows a `&`, where no tag starts.
    /// Any other node is scanned.
    static func mayHoldTag(_ literal: UnsafeBufferPointer<UInt8>, range: SourceRange, prefixes: TagPrefixes) -> Bool {
        guard let base = literal.baseAddress, !literal.isEmpty, range.lowerBound.line == range.upperBound.line,
              range.upperBound.column - range.lowerBound.column == literal.count else { return true }
        return (prefixes.contains(.hash) && memchr(base, Int32(UInt8(ascii: "#")), literal.count) != nil)
            || (prefixes.contains(.at) && memchr(base, Int32(UInt8(ascii: "@")), literal.count) != nil)
    }

    /// The offset of the first tag symbol in `range`: one search per configured symbol, the
    /// second bounded by the first's hit.
    @inline(__always)
    private static func firstPrefix(in range: Range<Int>, of source: SourceText, prefixes: TagPrefixes) -> Int? {
        let hash = prefixes.contains(.hash) ? source.firstOffset(of: UInt8(ascii: "#"), in: range) : nil
        guard prefixes.contains(.at) else { return hash }
        return source.firstOffset(of: UInt8(ascii: "@"), in: range.lowerBound..<(hash ?? range.upperBound)) ?? hash
    }

    static func scan(_ range: SourceRange, in source: SourceText, prefixes: TagPrefixes, into tags: inout [Tag]) {
        let lineRange = source.byteRange(ofLine: range.lowerBound.line)
        let bytes = source.bytes
        let start = min(lineRange.lowerBound + range.lowerBound.column - 1, lineRange.upperBound)
        let end = range.upperBound.line == range.lowerBound.line
            ? min(lineRange.lowerBound + range.upperBound.column - 1, lineRange.upperBound)
            : lineRange.upperBound
        var index = start
        while index < end {
            // Most text has no `#` at all: find the next one in one pass.
            guard let hash = firstPrefix(in: index..<end, of: source, prefixes: prefixes) else { return }
            index = hash
            defer { index += 1 }
            if index > lineRange.lowerBound, !opensTag(bytes[index - 1]) { continue }
            // `[[#Heading]]` and `![[#Heading]]` link to a heading of the note: not tags.
            if index >= lineRange.lowerBound + 2, bytes[index - 1] == UInt8(ascii: "["), bytes[index - 2] == UInt8(ascii: "[") { continue }
            var cursor = index + 1
            while cursor < end, let next = nameCharacter(bytes, at: cursor, end: end) {
                cursor += next.width
            }
            guard cursor > index + 1, bytes[index + 1] != UInt8(ascii: "-"), bytes[index + 1] != UInt8(ascii: "/") else { continue }
            // A tag does not end in a separator ("#tag-" at a sentence's end means "#tag").
            while cursor > index + 1, bytes[cursor - 1] == UInt8(ascii: "-") || bytes[cursor - 1] == UInt8(ascii: "_") || bytes[cursor - 1] == UInt8(ascii: "/") {
                cursor -= 1
            }
            // A name may hold digits but not be only digits (`#2026goals` is a tag, `#1984` not,
            // as in Obsidian), nor only separators.
            guard bytes[(index + 1)..<cursor].contains(where: { $0 > 0x39 || $0 < 0x30 }), cursor > index + 1 else { continue }
            let name = lowercasedName(bytes[(index + 1)..<cursor])
            let column = index - lineRange.lowerBound + 1
            // An entry's tags come a few at a time: room for four at the first, rather than
            // growing from one to two to four (an allocation and a copy each).
            if tags.isEmpty { tags.reserveCapacity(4) }
            tags.append(Tag(name: name, range: SourceRange(line: range.lowerBound.line, column: column, length: cursor - index)))
            index = cursor - 1
        }
    }

    /// The tag name in lower case: byte by byte when ASCII (where that is what `lowercased()`
    /// does), else through `String.lowercased()`.
    private static func lowercasedName(_ bytes: ArraySlice<UInt8>) -> String {
        guard ASCIIBytes.isASCII(bytes) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return ASCIIBytes.lowercasedString(bytes)
    }

    /// A `#` (or `@`) starts a tag only at the start of a word: after white space or opening punctuation.
    /// Not after a letter or `/` (URLs), `&` (entities) or `\` (escapes).
    private static func opensTag(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"),
             UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "*"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    /// A character allowed in a tag name: letters (any script), digits, `-`, `_`, `/`.
    @inline(__always)
    private static func nameCharacter(_ bytes: [UInt8], at index: Int, end: Int) -> (isLetter: Bool, width: Int)? {
        let byte = bytes[index]
        if byte < 0x80 {
            if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) { return (true, 1) }
            if (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "/") {
                return (false, 1)
            }
            return nil
        }
        return unicodeNameCharacter(bytes, at: index, end: end)
    }

    /// `nameCharacter` for a character beyond ASCII: a letter of any script.
    private static func unicodeNameCharacter(_ bytes: [UInt8], at index: Int, end: Int) -> (isLetter: Bool, width: Int)? {
        let byte = bytes[index]
        let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        guard index + width <= end else { return nil }
        var iterator = bytes[index..<(index + width)].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), scalar.properties.isAlphabetic else { return nil }
        return (true, width)
    }
}
