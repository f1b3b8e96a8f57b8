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
    }

    @Test func contractionsNormaliseTheSameWayInTextAndPatterns() {
        #expect(LexiconParser.splitContraction("won't") == ["will", "not"])
        #expect(LexiconParser.splitContraction("he'll") == ["he", "will"])
        #expect(LexiconParser.splitContraction("can't") == ["can", "not"])
        #expect(LexiconParser.splitContraction("didn't") == ["did", "not"])
    }

    @Test func initIsCheapBecauseTheLexiconIsShared() {
        let first = CatastrophizingDetector()
        for _ in 0..<1_000 { _ = CatastrophizingDetector() }
        #expect(first.claims(in: "It's a disaster.").count == 1)
    }
}
