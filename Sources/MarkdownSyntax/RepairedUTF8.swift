/// Bytes made valid UTF-8: the only initialiser replaces every byte that is not part of valid
/// UTF-8 by U+001A SUBSTITUTE, so holding one proves the bytes are valid.
///
/// This is Steady's one UTF-8 validator, and the one place where validity is established: a
/// parsed document's source and the text literals cmark makes of it are valid because the parser
/// repairs the file's bytes here first, and the readers above make strings of those bytes
/// without validating them again (`SourceText.string(in:)`). U+001A is one byte, so every line
/// and column still matches the file on disk (a three-byte U+FFFD would shift the columns of
/// everything after it on the line); where invalid bytes were is recorded so the writer can be
/// told. Lines end at `\n` only, as in `SourceText`.
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
        var runs: [SourceRange] = []
        var line = 1
        var lineStart = 0
        for index in 0..<first where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        var index = first
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            let width = Self.validSequenceLength(bytes, at: index)
            if width > 0 {
                index += width
                continue
            }
            repaired[index] = Self.substitute
            let column = index - lineStart + 1
            if let last = runs.last, last.upperBound.line == line, last.upperBound.column == column {
                runs[runs.count - 1] = SourceRange(last.lowerBound, SourceLocation(line: line, column: column + 1))
            } else {
                runs.append(SourceRange(line: line, column: column, length: 1))
            }
            index += 1
        }
        self.bytes = repaired
        self.invalidRuns = runs
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
