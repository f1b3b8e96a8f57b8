import Testing
import MarkdownSyntax

/// `String(knownValidUTF8:)` skips validation, so it must give exactly the string that
/// `String(decoding:as:)` gives for valid UTF-8: same contents, equal, same hash, and the
/// same answers to character-level questions, on both of its paths (small and long).
@Suite struct ValidUTF8StringTests {
    @Test(arguments: [
        "",
        "short",
        "exactly fifteen",
        "sixteen bytes ok",
        "A longer line of plain ASCII prose, well past the small-string size.",
        "naïve café",
        "Worried — again — that the meeting will go “badly”, and that everyone will notice.",
        "e\u{301} and combining marks after sixteen bytes e\u{301}",
        "emoji 👩‍👩‍👧 and CJK 日本語 past the small size",
    ])
    func matchesDecodingValidUTF8(_ text: String) {
        let bytes = Array(text.utf8)
        let made = bytes.withUnsafeBufferPointer { String(knownValidUTF8: $0) }
        let decoded = String(decoding: bytes, as: UTF8.self)
        #expect(made == decoded)
        #expect(made.hashValue == decoded.hashValue)
        #expect(Array(made.utf8) == bytes)
        #expect(made.count == decoded.count)
        #expect(made.lowercased() == decoded.lowercased())
        #expect(made.split(separator: " ") == decoded.split(separator: " "))
    }
}
