import Testing
import ThinkingTraps

/// User configuration: extra cues add claims, ignored phrases remove them.
@Suite struct CustomPhraseTests {
    @Test func extraPhraseAddsACue() throws {
        let text = "Tonight is going to be a total shipwreck."
        #expect(detector.claims(in: text).isEmpty)
        let custom = CatastrophizingDetector(extraPhrases: [CuePhrase("total shipwreck", kind: .magnification)])
        let claim = try #require(custom.claims(in: text).first)
        #expect(claim.kind == .magnification)
        #expect(claim.cue == "total shipwreck")
    }

    @Test func extraPhraseMayUsePatternSyntax() {
        let custom = CatastrophizingDetector(extraPhrases: [CuePhrase("{person} ~2 ghost me", kind: .fortuneTelling)])
        #expect(custom.claims(in: "She'll probably ghost me.").map(\.kind) == [.fortuneTelling])
    }

    @Test func cueTextMarksSkippedWords() throws {
        let custom = CatastrophizingDetector(extraPhrases: [CuePhrase("total ~2 shipwreck", kind: .magnification)])
        let gapped = try #require(custom.claims(in: "Tonight is a total utter shipwreck.").first)
        #expect(gapped.cue == "total … shipwreck")
        let adjacent = try #require(custom.claims(in: "Tonight is a total shipwreck.").first)
        #expect(adjacent.cue == "total shipwreck")
    }

    @Test func extraPhrasesStillPassContextRules() {
        let custom = CatastrophizingDetector(extraPhrases: [CuePhrase("total shipwreck", kind: .magnification)])
        #expect(custom.claims(in: "It's not a total shipwreck.").isEmpty)
    }

    @Test func invalidExtraPhraseIsSkipped() {
        let custom = CatastrophizingDetector(extraPhrases: [CuePhrase("~3", kind: .magnification), CuePhrase("{nosuchclass}", kind: .magnification)])
        #expect(custom.claims(in: "He's going to leave me.").map(\.kind) == [.fortuneTelling])
    }

    @Test func ignoredPhraseOverlappingTheSpanDropsTheClaim() {
        let custom = CatastrophizingDetector(ignoredPhrases: ["GOING TO LEAVE"])
        #expect(custom.claims(in: "He's going to leave me.").isEmpty)
        #expect(custom.claims(in: "This is a disaster.").map(\.kind) == [.magnification])
    }

    @Test func ignoredPhraseMatchesWholeWordsOnly() {
        let custom = CatastrophizingDetector(ignoredPhrases: ["leav"])
        #expect(custom.claims(in: "He's going to leave me.").count == 1)
    }

    @Test func ignoredPhraseElsewhereInTheParagraphKeepsTheClaim() {
        let custom = CatastrophizingDetector(ignoredPhrases: ["disaster movie"])
        #expect(custom.claims(in: "We watched a disaster movie. He's going to leave me.").count == 1)
    }
}
