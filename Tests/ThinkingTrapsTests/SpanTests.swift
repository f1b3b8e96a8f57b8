import Testing
import ThinkingTraps

/// Spans are exact UTF-8 byte ranges of the claiming clause, whatever precedes them.
@Suite struct SpanTests {
    @Test(arguments: [
        "😢😢 He's going to leave me.",
        "東京は雨。He's going to leave me.",
        "Café crème, déjà vu. He's going to leave me.",
        "👩‍❤️‍👨 — He’s going to leave me!",
    ])
    func spanIsExactAfterMultiByteText(_ text: String) throws {
        let claim = try #require(detector.claims(in: text).first)
        #expect(spanText(claim.utf8Range, in: text) == "He's going to leave me" || spanText(claim.utf8Range, in: text) == "He’s going to leave me")
    }

    /// A clock time is one word, not a colon between two clauses, and a clause it opens is
    /// reported from the words after it.
    @Test(arguments: [
        ("\t🙂 at 3:15: 9:30 he is going to leave me", "he is going to leave me"),
        ("🙂 at 3:15: 9:30 he is going to leave me", "he is going to leave me"),
        ("3:15 am, he is going to leave me", "he is going to leave me"),
        ("at 9:30 he is going to leave me", "at 9:30 he is going to leave me"),
    ])
    func spanStartsAfterAClockTime(text: String, span: String) throws {
        let claim = try #require(detector.claims(in: text).first)
        #expect(spanText(claim.utf8Range, in: text) == span)
    }

    @Test func spanIsTheClauseNotTheParagraph() throws {
        let text = "We had a nice dinner, but he went quiet afterwards, and now I'm sure he's going to dump me; I hate this."
        let claim = try #require(detector.claims(in: text).first)
        #expect(spanText(claim.utf8Range, in: text) == "and now I'm sure he's going to dump me")
    }

    @Test func curlyApostrophesAreContractions() {
        #expect(kinds("He’ll leave me.") == [.fortuneTelling])
        #expect(detector.claims(in: "He won’t leave me.").isEmpty)
    }

    @Test func emptyAndWhitespaceInput() {
        #expect(detector.claims(in: "").isEmpty)
        #expect(detector.claims(in: "   \n  ").isEmpty)
        #expect(detector.claims(in: "…!?").isEmpty)
    }

    @Test func veryLongInput() throws {
        let filler = String(repeating: "We walked by the river and talked about the week. ", count: 4_000)
        let text = filler + "He's going to leave me." + filler
        let claims = detector.claims(in: text)
        #expect(claims.count == 1)
        let claim = try #require(claims.first)
        #expect(spanText(claim.utf8Range, in: text) == "He's going to leave me")
    }

    @Test func oneVeryLongSentenceWithoutPunctuation() {
        let text = String(repeating: "and then we walked ", count: 20_000) + "and he is going to leave me"
        #expect(kinds(text) == [.fortuneTelling])
    }

    @Test func spansStayClauseSizedWithoutPunctuation() {
        let text = String(repeating: "he will leave me and ", count: 2_000)
        let claims = detector.claims(in: text)
        #expect(!claims.isEmpty)
        #expect(claims.allSatisfy { $0.utf8Range.count < 1_000 })
    }

    /// An apostrophe followed by a multi-byte character that is not a letter used to crash the
    /// tokenizer (it expected a contraction suffix after the apostrophe).
    @Test(arguments: ["The boys'— all of them. He's going to leave me.", "it'😀 he'll leave me", "we'’ he’ll leave me", "x'“ he'll leave me"])
    func apostropheBeforeNonLetterDoesNotCrash(_ text: String) {
        #expect(kinds(text) == [.fortuneTelling])
        #expect(ReassuranceDetector().acts(in: text).isEmpty)
        #expect(CrisisLanguageDetector().matches(in: text).isEmpty)
    }

    @Test func substringsAndBridgedStringsWork() {
        let text = "xx He's going to leave me."
        let sliced = String(text.dropFirst(3))
        #expect(kinds(sliced) == [.fortuneTelling])
    }
}
