import Testing
@testable import ThinkingTraps

/// The embedded lexicon compiles and its syntax behaves as documented.
@Suite struct LexiconTests {
    @Test func embeddedLexiconCompiles() throws {
        _ = try CompiledLexicon(source: CompiledLexicon.embeddedSource)
    }

    @Test func badLinesAreReportedWithTheirLineNumber() {
        #expect(throws: LexiconError.self) { try CompiledLexicon(source: "fortune-telling\t{undefined} me") }
        #expect(throws: LexiconError.self) { try CompiledLexicon(source: "oops\tword") }
        #expect(throws: LexiconError.self) { try CompiledLexicon(source: "magnification\tfoo ~2") }
        #expect(throws: LexiconError.self) { try CompiledLexicon(source: "crisis\t$ foo") }
    }

    @Test func contractionsNormaliseTheSameWayInTextAndPatterns() {
        let expected = ["won't": ["will", "not"], "he'll": ["he", "will"], "can't": ["can", "not"], "didn't": ["did", "not"]]
        for (word, words) in expected {
            #expect(PhraseWords.splitContraction(word) == words)
            var bytes: [String] = []
            PhraseWords.splitContraction(ArraySlice(word.utf8)) { bytes.append(String(decoding: $0, as: UTF8.self)) }
            #expect(bytes == words)
        }
    }

    @Test func initIsCheapBecauseTheLexiconIsShared() {
        let first = CatastrophizingDetector()
        for _ in 0..<1_000 { _ = CatastrophizingDetector() }
        #expect(first.claims(in: "It's a disaster.").count == 1)
    }
}
