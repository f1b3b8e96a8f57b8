/// Makes arbitrary bytes safe to parse: invalid UTF-8 becomes U+FFFD, and where it was is recorded
/// so that the writer can be told instead of silently seeing replacement characters.
enum UTF8Repair {
    /// Returns the bytes unchanged when they are valid UTF-8 (the common case, no copy beyond the
    /// check), else the repaired bytes and the 1-based positions of the invalid sequences.
    static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], invalid: [SourceLocation]) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var firstInvalid: Int?
        scan: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                break scan
            case .error:
                firstInvalid = offset
                break scan
            }
        }
        guard firstInvalid != nil else { return (bytes, []) }

        // Slow path: decode piecewise, recording each invalid sequence.
        var repaired: [UInt8] = []
        repaired.reserveCapacity(bytes.count + 16)
        var invalid: [SourceLocation] = []
        var line = 1
        var column = 1
        var iterator2 = bytes.makeIterator()
        var decoder2 = UTF8()
        loop: while true {
            switch decoder2.decode(&iterator2) {
            case .scalarValue(let scalar):
                let width = UTF8.width(scalar)
                UTF8.encode(scalar) { repaired.append($0) }
                if scalar == "\n" { line += 1; column = 1 } else { column += width }
            case .emptyInput:
                break loop
            case .error:
                invalid.append(SourceLocation(line: line, column: column))
                repaired.append(contentsOf: [0xEF, 0xBF, 0xBD])
                column += 3
            }
        }
        return (repaired, invalid)
    }
}
