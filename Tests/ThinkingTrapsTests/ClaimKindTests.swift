import Testing
import ThinkingTraps

/// Each kind of claim is found in plain statements and not in near misses.
@Suite struct ClaimKindTests {
    @Test(arguments: [
        "He's going to leave me.",
        "I'll end up alone.",
        "She's definitely going to break up with me.",
        "They're going to fire me on Monday.",
        "I just know he'll find someone better.",
        "I'm going to die on that plane.",
        "Sooner or later she's going to get tired of me.",
        "I know he's going to cheat on me.",
    ])
    func fortuneTellingIsFound(_ text: String) {
        #expect(kinds(text) == [.fortuneTelling])
    }

    @Test(arguments: [
        "It's ruined.",
        "I can't survive this.",
        "This is a disaster.",
        "Everything is falling apart.",
        "Our relationship is completely ruined.",
        "I can't handle this anymore.",
        "It's the end of the world.",
        "This is unbearable.",
    ])
    func magnificationIsFound(_ text: String) {
        #expect(kinds(text) == [.magnification])
    }

    @Test(arguments: [
        "What if she never comes back?",
        "What if he's mad at me?",
        "What if they leave me for someone else?",
        "what if he's in an accident",
        "What if this goes wrong and I lose him?",
    ])
    func whatIfSpiralIsFound(_ text: String) {
        #expect(kinds(text) == [.whatIfSpiral])
    }

    @Test(arguments: [
        "He's going to the gym after work.",
        "I'll leave at six.",
        "We watched a disaster movie and laughed.",
        "What if we try the new place for dinner?",
        "I'm going to cook pasta tonight.",
        "She left her keys at my place.",
        "I'd die of embarrassment if anyone read this.",
        "My grandmother died last spring and I still miss her.",
        "This traffic is killing me.",
        "I will be home by ten.",
        "",
    ])
    func ordinaryProseIsNotAClaim(_ text: String) {
        #expect(detector.claims(in: text).isEmpty)
    }

    @Test func cueNamesTheWordsThatFired() throws {
        let claim = try #require(detector.claims(in: "He's going to leave me.").first)
        #expect(claim.cue.contains("leave me"))
    }

    @Test func severalClaimsInOneParagraph() {
        let text = "He hasn't answered in two hours. He's going to leave me. What if he's already with someone else?"
        let found = claimSpans(text)
        #expect(found.map(\.0) == [.fortuneTelling, .whatIfSpiral])
        #expect(found.map(\.1) == ["He's going to leave me", "What if he's already with someone else"])
    }

    @Test func kindsAreExplained() {
        for kind in ClaimKind.allCases {
            #expect(!CatastrophizingDetector.summary(of: kind).isEmpty)
            let examples = CatastrophizingDetector.examples(of: kind)
            #expect(!examples.isEmpty)
            for example in examples { #expect(kinds(example).contains(kind), "\(example)") }
        }
        #expect(CatastrophizingDetector.crossExaminationQuestions.count >= 4)
    }
}
