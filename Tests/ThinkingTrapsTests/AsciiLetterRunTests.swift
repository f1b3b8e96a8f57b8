import Testing
@testable import ThinkingTraps

/// The tokenizer's eight-bytes-at-a-time letter test must agree with its byte test, and the
/// words it hashes that way must hash as the lexicon's words do.
@Suite struct AsciiLetterRunTests {
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    static func expectedRun(_ bytes: [UInt8]) -> Int { bytes.firstIndex { !isLetter($0) } ?? bytes.count }

    static func chunk(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    /// `leadingLetterBytes` agrees with the byte test: the run's length, and its bytes
    /// lower-cased with zeros above.
    static func expectAgrees(_ bytes: [UInt8], _ comment: Comment) {
        let run = expectedRun(bytes)
        let letters = AsciiLetterRun.leadingLetterBytes(chunk(bytes))
        #expect(letters.count == run, comment)
        #expect(letters.bytes == chunk(bytes[..<run].map { $0 | 0x20 }), comment)
    }

    @Test func everyByteAtEveryPosition() {
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = Array("abcdXYZq".utf8)
                bytes[position] = UInt8(value)
                Self.expectAgrees(bytes, "byte \(value) at \(position)")
            }
        }
    }

    @Test func mixedChunks() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZzA@[`{ 'é.0\u{7F}".utf8) + [0x80, 0xC3, 0xFF, 0x41, 0x5A, 0x61, 0x7A]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in alphabet.randomElement(using: &generator)! }
            Self.expectAgrees(bytes, "\(bytes)")
        }
    }

    @Test func wordsHashAsTheLexiconDoes() {
        let tokenizer = CompiledLexicon.shared.tokenizer
        let words = ["a", "Leave", "extraordinarily", "ABCDEFGH", "abcdefghijklmnopq", "x", "survive"]
        let expected = words.map { WordHash.of($0.lowercased()) }
        // Words at every offset from the start and the end of the text, so that each is read
        // both eight bytes at a time and byte by byte near the end.
        for separator in [" ", ". ", "—", " 3 ", "\n"] {
            for padding in 0..<9 {
                let text = String(repeating: " ", count: padding) + words.joined(separator: separator)
                let three = WordHash.of("3")
                #expect(tokenizer.tokenize(text).tokens.map(\.hash).filter { $0 != three } == expected, "\(text)")
                let apostrophes = words.joined(separator: "'s ") + String(repeating: " ", count: padding)
                let hashes = tokenizer.tokenize(apostrophes).tokens.map(\.hash)
                #expect(expected.allSatisfy(hashes.contains), "\(apostrophes)")
            }
        }
    }
}
