/// Bytes made valid UTF-8: the only initialiser replaces every byte that is not part of valid
/// UTF-8 by U+001A SUBSTITUTE, so holding one proves the bytes are valid.
///
/// This is Steady's one UTF-8 validator, and the one place where validity is established: a
/// parsed document's source and the text literals cmark makes of it are valid because the parser
/// repairs the file's bytes here first, and the readers above make strings of those bytes
/// without validating them again (`SourceText.string(in:)`). U+001A is one byte, so every line
/// and column still matches the file on disk (a three-byte U+FFFD would shift the columns of
/// everything after it on the line); where invalid bytes were is recorded so the writer can be
/// told. Those places are counted in lines as `SourceText` counts them (`\n`, `\r\n` and a lone
/// `\r` each end a line, as in cmark), the one definition of a line in Steady.
public struct RepairedUTF8: Sendable {
    /// The byte that stands in for each invalid byte.
    public static let substitute: UInt8 = 0x1A

    /// The bytes, each invalid byte replaced by `substitute`.
    public let bytes: [UInt8]
    /// Each run of consecutive invalid bytes on one line, in order: its first byte's line and
    /// column, and its length in bytes.
    public let invalidRuns: [SourceRange]

    /// `bytes` repaired: unchanged when they are valid UTF-8 (the common case).
    public init(repairing bytes: [UInt8]) {
        guard let first = Self.firstInvalidOffset(bytes) else {
            self.bytes = bytes
            self.invalidRuns = []
            return
        }
        var repaired = bytes
        // Runs of invalid bytes as byte offsets first; a run never spans a line ending, which
        // is ASCII and so valid.
        var offsetRuns: [Range<Int>] = []
        var index = first
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let width = Self.validSequenceLength(bytes, at: index)
            if width > 0 {
                index += width
                continue
            }
            repaired[index] = Self.substitute
            if let last = offsetRuns.last, last.upperBound == index {
                offsetRuns[offsetRuns.count - 1] = last.lowerBound..<index + 1
            } else {
                offsetRuns.append(index..<index + 1)
            }
            index += 1
        }
        // Lines and columns as `SourceText` counts them (rare: only a file with invalid bytes
        // pays for this second table of line starts).
        let lines = SourceText(bytes: repaired)
        self.bytes = repaired
        self.invalidRuns = offsetRuns.map { run in
            let start = lines.location(ofOffset: run.lowerBound)
            return SourceRange(line: start.line, column: start.column, length: run.count)
        }
    }

    /// The offset of the first byte that is not valid UTF-8, or `nil`.
    private static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index = ByteSearch.firstNonASCII(in: bytes, from: index)
                continue
            }
            let width = validSequenceLength(bytes, at: index)
            if width == 0 { return index }
            index += width
        }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence starting at `index` (Unicode table 3-7), or 0.
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.count && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }
}
