import Testing
@testable import ThinkingTraps

/// `LexiconText.isPlain` reads eight bytes at a time; it must agree with its byte test wherever
/// the odd byte is.
@Suite struct LexiconTextTests {
    static func plainByte(_ byte: UInt8) -> Bool { byte == 0x09 || (byte >= 0x20 && byte < 0x7F) }

    @Test func everyByteAtEveryPosition() {
        for length in [1, 7, 8, 9, 16, 23] {
            for position in 0..<length {
                for value in 0...255 {
                    var bytes = Array(repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = UInt8(value)
                    let expected = Self.plainByte(UInt8(value))
                    #expect(LexiconText.isPlain(bytes) == expected, "byte \(value) at \(position) of \(length)")
                    #expect(LexiconText.isPlain(bytes[...]) == expected)
                    #expect(LexiconText.isPlain(String(decoding: bytes, as: UTF8.self)) == expected, "string with byte \(value)")
                }
            }
        }
        #expect(LexiconText.isPlain("") && LexiconText.isPlain([UInt8]()))
        #expect(LexiconText.isPlain("class\tworst\tdie | be dead | ~2 (a|b)?"))
        #expect(!LexiconText.isPlain("caf\u{E9} au lait, and more than eight bytes"))
    }
}
