import Testing
import ThinkingTraps

/// Context rules: the worst case mentioned without being asserted is not a claim.
@Suite struct ContextRuleTests {
    @Test(arguments: [
        "He's not going to leave me.",
        "I don't think she'll leave.",
        "He is never going to leave me, he said so twice.",
        "I won't end up alone.",
        "Nobody is going to fire me over one typo.",
    ])
    func negationDropsTheClaim(_ text: String) {
        #expect(detector.claims(in: text).isEmpty)
    }

    @Test func negationStopsAtAnd() {
        #expect(kinds("He won't text back and then he'll leave me.") == [.fortuneTelling])
    }

    @Test(arguments: [
        "I doubt she'll leave.",
        "He's probably not going to leave me.",
        "It could be a disaster, or it could be fine.",
    ])
    func hedgesDropTheClaim(_ text: String) {
        #expect(detector.claims(in: text).isEmpty)
    }

    /// A hedged loss is still the worst case coming to mind, held less surely: tier 2.
    @Test(arguments: [
        "Maybe he'll leave me.",
        "He might break up with me.",
    ])
    func aHedgedLossIsTierTwo(_ text: String) {
        #expect(detector.claims(in: text).map(\.tier) == [.possible])
    }

    @Test func aHedgedLeapToDisasterIsStillAClaim() {
        #expect(kinds("He hasn't called, maybe he was in a car accident.") == [.fortuneTelling])
    }

    @Test(arguments: [
        "I used to think he'd leave me.",
        "I told myself it's not the end of the world.",
        "I thought I was going to die, but it was only a panic attack.",
        "He's going to leave me. That's not true, he told me he's staying.",
        "I noticed the thought that he's going to leave me.",
        "My anxiety says she'll dump me.",
    ])
    func pastOrQuestionedWorriesAreNotClaims(_ text: String) {
        #expect(detector.claims(in: text).isEmpty)
    }

    @Test func anUnquestionedPastWorryIsStillAClaim() {
        #expect(!detector.claims(in: "I was scared he was going to leave me.").isEmpty)
    }

    @Test(arguments: [
        "What if he leaves? Then I'd still have my friends.",
        "What if she never comes back? I would be sad, and I would cope.",
        "What if it's a disaster, then we'll order pizza.",
    ])
    func answeredWhatIfIsNotASpiral(_ text: String) {
        #expect(detector.claims(in: text).isEmpty)
    }

    @Test(arguments: [
        "Am I really going to end up alone because he forgot to call? No.",
        "Is he going to leave me over this? Of course not.",
        "What if he leaves me? No.",
    ])
    func aWorryAskedAndAnsweredNoIsNotAClaim(_ text: String) {
        #expect(detector.claims(in: text).isEmpty)
    }

    @Test(arguments: [
        "Is he going to leave me?",
        "He's going to leave me. No.",
        "What if he leaves me? No one would notice.",
    ])
    func aQuestionLeftOpenOrAStatementStaysAClaim(_ text: String) {
        #expect(!detector.claims(in: text).isEmpty)
    }

    @Test func whatIfFollowedByAnotherFearIsStillASpiral() {
        let text = "What if he leaves? What if I end up alone?"
        #expect(kinds(text) == [.whatIfSpiral, .whatIfSpiral])
    }

    @Test(arguments: [
        "She said \"it's a disaster\" and laughed.",
        "She said 'it's a disaster' and laughed.",
        "He wrote “I'm going to die of boredom” on the card.",
        "My mom said I'll end up alone, which is her fear, not mine.",
    ])
    func quotedOrReportedSpeechIsNotTheWriters(_ text: String) {
        #expect(detector.claims(in: text).isEmpty)
    }

    @Test func quotesEndWhereTheyClose() {
        let text = "She said 'it's fine' and now I'm sure he's going to leave me."
        #expect(kinds(text) == [.fortuneTelling])
    }
}
