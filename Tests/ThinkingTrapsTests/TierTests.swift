import Testing
import ThinkingTraps

/// Tier 1 ("worst-case thought") and tier 2 ("possibly a worst-case thought") from the lexicon,
/// and the context rules of issue 13. Every sentence here is written for these tests.
@Suite struct TierTests {
    /// The tiers of the claims in `text` with tier 2 off: tier 1 alone.
    func lexiconTiers(_ text: String) -> [ClaimTier] {
        CatastrophizingDetector(possibleClaims: nil).claims(in: text).map(\.tier)
    }

    func tiers(_ text: String) -> [ClaimTier] { detector.claims(in: text).map(\.tier) }

    @Test(arguments: [
        "He's going to leave me.",
        "No one will ever love me.",
        "I can't survive this.",
    ])
    func strongCuesAreTierOne(_ text: String) {
        #expect(lexiconTiers(text) == [.worstCase])
    }

    @Test(arguments: [
        "One dumb joke at dinner and I wrecked it all.",           // "ruined everything" family
        "I might get sacked after the audit.",                      // a hedge and a doom
        "She may well be done with me.",                            // a hedge and a loss
        "After this knee I'll never dance properly again.",         // a lost ability, for good
    ])
    func weakFamiliesAreTierTwo(_ text: String) {
        #expect(tiers(text) == [.possible])
    }

    @Test func tierTwoIsNotReportedWhenItIsOff() {
        #expect(tiers("I might get sacked after the audit.") == [.possible])
        #expect(lexiconTiers("I might get sacked after the audit.").isEmpty)
        #expect(lexiconTiers("He's going to leave me.") == [.worstCase])
    }

    // MARK: General outcome matching

    @Test(arguments: [
        // A comma and "while" inside one sentence do not break prediction and outcome.
        "The heater will spark while we sleep, and explode.",
        // A general severity vocabulary, not dev sentences.
        "All this sugar will give me diabetes.",
        "I'm going to get sacked on Monday.",
        // Inflections: "losing" is read as "lose".
        "We are going to be losing the house by spring.",
    ])
    func outcomesAcrossTheSentenceAndTheirVariants(_ text: String) {
        #expect(lexiconTiers(text) == [.worstCase], "\(text)")
    }

    @Test func aContrastStillEndsTheGap() {
        #expect(lexiconTiers("He will come home late, but nobody crashed anything.").isEmpty)
    }

    // MARK: Context rules

    @Test(arguments: [
        // A negation does not leak over an unpunctuated clause with a new subject.
        "my brother didn't pick up his phone i bet he crashed the car",
        // Nor out of an if-clause.
        "if I don't refill my inhaler I will die",
        "If I stop taking my meds I'll have a stroke.",
    ])
    func predictionsPastANegationOrInsideAnIfStand(_ text: String) {
        #expect(lexiconTiers(text) == [.worstCase], "\(text)")
    }

    @Test(arguments: [
        "He will not leave me.",
        "She is not going to dump me.",
    ])
    func negationStillReachesItsOwnClause(_ text: String) {
        #expect(tiers(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        // A cue in its everyday sense.
        "I'm a wreck today.",
        "honestly i was a total mess all afternoon",
        // Someone else's thought or fate.
        "my parents think I'll end up broke and alone",
        "Her sister believes she will end up homeless.",
    ])
    func falseAlarmsAreNotClaims(_ text: String) {
        #expect(tiers(text).isEmpty, "\(text)")
    }

    @Test func theWritersOwnThoughtIsStillAClaim() {
        #expect(lexiconTiers("I really think he is going to leave me.") == [.worstCase])
    }
}
