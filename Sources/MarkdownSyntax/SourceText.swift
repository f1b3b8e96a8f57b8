/// The bytes of one source file with a table of line starts, so that the layers above can read the
/// exact source of a node line by line (cmark's literals lose escapes and entities).
///
/// A document's source is always made from `RepairedUTF8` (valid UTF-8, each invalid byte
/// replaced by U+001A, one byte for one, so that lines and columns match the file); a text made
/// of unchecked bytes (`init(bytes:)`) holds them as given, for reading lines only.
public struct SourceText: Sendable, Hashable {
    /// The source's bytes: valid UTF-8 when `isKnownValidUTF8`, else as given.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0]` is line 1.
    public let lineStarts: [Int]
    /// Whether the text was made from `RepairedUTF8`, so that its bytes are valid UTF-8.
    public let isKnownValidUTF8: Bool

    /// A text of valid UTF-8.
    public init(_ text: RepairedUTF8) {
        self.init(bytes: text.bytes, isKnownValidUTF8: true)
    }

    /// A text of unchecked bytes, kept as given.
    public init(bytes: [UInt8]) {
        self.init(bytes: bytes, isKnownValidUTF8: false)
    }

    private init(bytes: [UInt8], isKnownValidUTF8: Bool) {
        self.bytes = bytes
        self.isKnownValidUTF8 = isKnownValidUTF8
        self.lineStarts = Self.lineStarts(of: bytes)
    }

    /// Byte offset at which each line of `bytes` starts: Steady's one definition of a line.
    ///
    /// As in cmark, `\n`, `\r\n` and a lone `\r` each end a line (a file saved by an old Mac
    /// editor is all lone CRs); anything else that reads lines (invalid bytes' positions, the
    /// journal's fields, suppressions' "next line", `--fix`) goes through this table, so every
    /// line and column agrees with cmark's. A text that ends with a line ending has no empty
    /// line after it.
    public static func lineStarts(of bytes: [UInt8]) -> [Int] {
        // Reserved before the first start is added: the literal `[0]` would be an allocation
        // of its own, copied at once into the reserved one.
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count / 32 + 2)
        starts.append(0)
        bytes.withUnsafeBufferPointer { buffer in
            let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
            // Almost every file has no lone CR: the common LF and CRLF files are scanned for
            // `\n` with `memchr`, and only the bytes from the first lone CR on one by one.
            var from = 0
            var nextCR = ByteSearch.firstIndex(of: cr, in: buffer, range: 0..<buffer.count)
            while let newline = ByteSearch.firstIndex(of: lf, in: buffer, range: from..<buffer.count) {
                // A CR before this line's `\n`, other than the one right before it, is a lone CR.
                if let at = nextCR, at < newline - 1 { break }
                starts.append(newline + 1)
                from = newline + 1
                if let at = nextCR, at < from { nextCR = ByteSearch.firstIndex(of: cr, in: buffer, range: from..<buffer.count) }
            }
            // No CR left: the `\n`s found were all the line endings.
            guard nextCR != nil else { return }
            var index = from
            while index < buffer.count {
                let byte = buffer[index]
                index += 1
                if byte == lf || (byte == cr && !(index < buffer.count && buffer[index] == lf)) {
                    starts.append(index)
                }
            }
        }
        if starts.count > 1, starts.last == bytes.count {
            starts.removeLast()
        }
        return starts
    }

    /// The number of lines (an empty text has one empty line).
    public var lineCount: Int { lineStarts.count }

    /// The byte offsets of 1-based `line`, without its line ending (`\n`, `\r\n` or `\r`).
    /// Lines outside the text yield an empty range at the end rather than trapping.
    public func byteRange(ofLine line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }

    /// The bytes of 1-based `line`'s line ending: `\n`, `\r\n`, `\r`, or none (the last line
    /// of a text that does not end with one, or a line outside the text).
    public func lineEnding(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return bytes[bytes.count...] }
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        return bytes[byteRange(ofLine: line).upperBound..<end]
    }

    /// The bytes of 1-based `line`, without its line ending.
    public func line(_ line: Int) -> ArraySlice<UInt8> {
        bytes[byteRange(ofLine: line)]
    }

    /// The text of 1-based `line`, without its line ending.
    public func lineString(_ line: Int) -> String {
        String(decoding: self.line(line), as: UTF8.self)
    }

    /// The bytes at `offsets` as a string. Made without validating them again when the text is
    /// valid UTF-8 and the cut falls between whole characters (not before a continuation byte),
    /// which makes the slice valid UTF-8 too; otherwise decoded, invalid bytes as U+FFFD.
    public func string(in offsets: Range<Int>) -> String {
        guard isKnownValidUTF8, !Self.isContinuationByte(at: offsets.lowerBound, in: bytes),
              !Self.isContinuationByte(at: offsets.upperBound, in: bytes) else {
            return String(decoding: bytes[offsets], as: UTF8.self)
        }
        return bytes.withUnsafeBufferPointer { String(knownValidUTF8: UnsafeBufferPointer(rebasing: $0[offsets])) }
    }

    private static func isContinuationByte(at offset: Int, in bytes: [UInt8]) -> Bool {
        offset < bytes.count && bytes[offset] & 0xC0 == 0x80
    }

    /// Equal when the bytes are (the line starts follow from them).
    public static func == (lhs: SourceText, rhs: SourceText) -> Bool {
        lhs.bytes == rhs.bytes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytes)
    }

    /// The location of byte `offset` (clamped into the text).
    public func location(ofOffset offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// The byte offset of `location`, clamped into the text.
    public func offset(of location: SourceLocation) -> Int {
        // The line's first byte (`byteRange(ofLine:).lowerBound`), without finding its end.
        let lineStart = location.line >= 1 && location.line <= lineStarts.count ? lineStarts[location.line - 1] : bytes.count
        return min(lineStart + max(location.column - 1, 0), bytes.count)
    }
}
