import Testing
@testable import ThinkingTraps

/// `expand-before` lines: "ill" is "i will" only before a verb ("ill be alone"), and stays the
/// word "ill" elsewhere ("was ill all weekend", "ill will"); sentences and spans stay right.
@Suite struct ConditionalRewriteTests {
    let tokenizer = CompiledLexicon.shared.tokenizer

    func words(_ text: String) -> [UInt64] { tokenizer.tokenize(text).tokens.map(\.hash) }
    func hashes(_ words: String) -> [UInt64] { words.split(separator: " ").map { WordHash.of(String($0)) } }

    @Test func illBeforeAVerbIsIWill() {
        #expect(words("ill be on my own") == hashes("i will be on my own"))
        #expect(words("shell leave me") == hashes("she will leave me"))
        #expect(words("id rather not") == hashes("i would rather not"))
    }

    @Test func illElsewhereStaysAWord() {
        #expect(words("was ill all weekend") == hashes("was ill all weekend"))
        #expect(words("no ill will") == hashes("no ill will"))
        #expect(words("hell of a day") == hashes("hell of a day"))
        #expect(words("forgot my id card") == hashes("forgot my id card"))
        // A break between the words keeps them apart.
        #expect(words("i was ill. be kind") == hashes("i was ill be kind"))
    }

    @Test func sentencesAndSpansFollowTheRewrite() {
        let text = "ok. ill be alone. fine"
        let tokenized = tokenizer.tokenize(text)
        #expect(tokenized.sentences.map(\.tokens) == [0..<1, 1..<5, 5..<6])
        // Both words of the rewrite cover the bytes of "ill".
        #expect(tokenized.tokens[1].start == 4 && tokenized.tokens[1].end == 7)
        #expect(tokenized.tokens[2].start == 4 && tokenized.tokens[2].end == 7)
        #expect(tokenized.anchors & ConditionalRewrite.sourceBit == 0)
    }

    @Test func theDetectorsReadTheRewrite() {
        let detector = CatastrophizingDetector()
        #expect(!detector.claims(in: "ill be on my own for good after this").isEmpty)
        #expect(detector.claims(in: "was ill all weekend, back at work monday").isEmpty)
        #expect(!CrisisLanguageDetector().matches(in: "ill be gone soon and theyll all be better off without me").isEmpty)
    }
}
