/// Makes arbitrary bytes safe to parse: every byte that is not part of valid UTF-8 is replaced by
/// U+001A SUBSTITUTE, a single byte, so that every line and column still matches the file on
/// disk (a three-byte U+FFFD would shift the columns of everything after it on the line).
/// Where invalid bytes were is recorded so the writer can be told.
enum UTF8Repair {
    /// The byte that stands in for each invalid byte.
    static let substitute: UInt8 = 0x1A

    /// Returns the bytes unchanged when they are valid UTF-8 (the common case), else the
    /// repaired bytes and each run of invalid bytes (its first position and length).
    static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], invalid: [InvalidRun]) {
        guard let first = firstInvalidOffset(bytes) else { return (bytes, []) }
        var repaired = bytes
        var runs: [InvalidRun] = []
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
            let width = validSequenceLength(bytes, at: index)
            if width > 0 {
                index += width
                continue
            }
            repaired[index] = substitute
            let column = index - lineStart + 1
            if let last = runs.last, last.location.line == line, last.location.column + last.length == column {
                runs[runs.count - 1].length += 1
            } else {
                runs.append(InvalidRun(location: SourceLocation(line: line, column: column), length: 1))
            }
            index += 1
        }
        return (repaired, runs)
    }

    /// A run of consecutive invalid bytes on one line.
    struct InvalidRun: Hashable {
        let location: SourceLocation
        var length: Int
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
