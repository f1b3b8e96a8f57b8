/// Where a file has bytes that are not UTF-8.
///
/// Invalid bytes are not an error: the parser stands in a substitute byte for each one (so columns
/// still match the file), and the person is told where they are so they can fix the encoding. Positions follow the project's
/// convention: 1-based line, 1-based UTF-8 byte column.
public struct InvalidUTF8Sequence: Hashable, Sendable, CustomStringConvertible {
    /// Offset of the first invalid byte from the start of the file.
    public let byteOffset: Int
    /// How many bytes form this invalid sequence (its "maximal subpart", so 1 to 3).
    public let length: Int
    /// 1-based line; `\n`, `\r\n` and a lone `\r` each end a line, as in CommonMark.
    public let line: Int
    /// 1-based byte column within the line.
    public let column: Int

    public init(byteOffset: Int, length: Int, line: Int, column: Int) {
        self.byteOffset = byteOffset
        self.length = length
        self.line = line
        self.column = column
    }

    public var description: String {
        "invalid UTF-8 at line \(line), column \(column); re-save the file as UTF-8"
    }
}

/// Finds every invalid UTF-8 sequence in `bytes`, with its line and column.
///
/// The common case (valid text) is decided by the standard library's validator, which is fast even
/// in debug builds (where available: macOS 15 and later, and Linux); only a file that fails it is walked byte by byte to find the positions.
func invalidUTF8Sequences(in bytes: [UInt8]) -> [InvalidUTF8Sequence] {
    if #available(macOS 15, iOS 18, *) {
        if String(validating: bytes, as: UTF8.self) != nil { return [] }
    }
    return bytes.withUnsafeBufferPointer(locateInvalidUTF8)
}

/// The byte-by-byte scan, following the Unicode Standard's table of well-formed UTF-8 (3-7):
/// the second byte's allowed range depends on the first, which rejects overlong forms,
/// surrogates and code points past U+10FFFF.
private func locateInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [InvalidUTF8Sequence] {
    var found: [InvalidUTF8Sequence] = []
    var index = 0
    var line = 1
    var lineStart = 0
    let count = bytes.count
    while index < count {
        let lead = bytes[index]
        if lead < 0x80 {
            if lead == 0x0A || (lead == 0x0D && (index + 1 == count || bytes[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
            continue
        }
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: length = 0
        }
        var valid = 1  // bytes of the sequence checked so far
        if length > 0 {
            while valid < length, index + valid < count {
                let range: ClosedRange<UInt8> = valid == 1 ? secondRange : 0x80...0xBF
                guard range.contains(bytes[index + valid]) else { break }
                valid += 1
            }
        }
        if length > 0 && valid == length {
            index += length
        } else {
            found.append(InvalidUTF8Sequence(byteOffset: index, length: valid, line: line, column: index - lineStart + 1))
            index += valid
        }
    }
    return found
}
