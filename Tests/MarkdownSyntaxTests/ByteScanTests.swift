import Testing
@testable import MarkdownSyntax

/// The fast paths added for speed must answer exactly as the plain code they replace.
@Suite struct ByteScanTests {
    @Test(arguments: [0, 1, 9, 10, 99, 12345, Int.max, -1, -42, Int.min])
    func locationDescriptionMatchesInterpolation(_ value: Int) {
        let location = SourceLocation(line: value, column: 7)
        #expect(location.description == "\(value):7")
        let swapped = SourceLocation(line: 3, column: value)
        #expect(SourceRange(swapped, swapped).description == "3:\(value)-3:\(value)")
        let widest = SourceLocation(line: Int.min, column: Int.min)
        #expect(SourceRange(widest, widest).description == "\(Int.min):\(Int.min)-\(Int.min):\(Int.min)")
    }

    @Test func firstOffsetClampsItsRange() {
        let text = SourceText(bytes: Array("ab#c\n#d".utf8))
        #expect(text.firstOffset(of: UInt8(ascii: "#"), in: 0..<7) == 2)
        #expect(text.firstOffset(of: UInt8(ascii: "#"), in: 3..<7) == 5)
        #expect(text.firstOffset(of: UInt8(ascii: "#"), in: 3..<99) == 5)
        #expect(text.firstOffset(of: UInt8(ascii: "#"), in: -5..<2) == nil)
        #expect(text.firstOffset(of: UInt8(ascii: "#"), in: 6..<6) == nil)
        #expect(text.firstOffset(of: UInt8(ascii: "#"), in: 50..<60) == nil)
        #expect(SourceText(bytes: []).firstOffset(of: 0, in: 0..<1) == nil)
    }

    @Test("contains finds a mark as a byte-by-byte search does: at either end, overlapping, in either case")
    func containsMatchesAByteLoop() {
        let texts = ["", "-", "steady-", "Steady-x", "xSTEADY-", "steadysteady-", "stead-steady", "st-eady-", "%%", "a%b%%", "%", "é steady- é"]
        for text in texts {
            let bytes = Array(text.utf8)
            for (mark, ignoringCase) in [("steady-", true), ("steady-", false), ("%%", false)] {
                let expected = (ignoringCase ? text.lowercased() : text).utf8.count >= mark.utf8.count
                    && Array((ignoringCase ? text.lowercased() : text).utf8).indices.contains { start in
                        Array((ignoringCase ? text.lowercased() : text).utf8)[start...].starts(with: mark.utf8)
                    }
                #expect(ByteSearch.contains(mark.utf8, in: bytes, ignoringCase: ignoringCase) == expected, "\(mark) in \(text)")
            }
        }
        #expect(ByteSearch.sameBytes(Array("abc".utf8)[1...], Array("xbc".utf8)[1...]))
        #expect(!ByteSearch.sameBytes(Array("abc".utf8)[1...], Array("abd".utf8)[1...]))
        #expect(!ByteSearch.sameBytes(Array("abc".utf8)[...], Array("ab".utf8)[...]))
        #expect(ByteSearch.sameBytes([], []))
    }

    @Test func firstNonASCIIAcrossWordBoundaries() {
        for length in 0..<20 {
            for position in 0...length {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                if position < length { bytes[position] = 0xC3 }
                #expect(ByteSearch.firstNonASCII(in: bytes, from: 0) == position)
                #expect(ByteSearch.firstNonASCII(in: bytes, from: min(position, 3)) == position || position < 3)
            }
        }
    }

    @Test func lineStartsMatchAByteLoop() {
        let text = "a\n\nbc\r\nd\n\n"
        let source = SourceText(bytes: Array(text.utf8))
        var expected = [0]
        for (index, byte) in text.utf8.enumerated() where byte == UInt8(ascii: "\n") { expected.append(index + 1) }
        if expected.last == text.utf8.count { expected.removeLast() }
        #expect(source.lineStarts == expected)
    }
}
