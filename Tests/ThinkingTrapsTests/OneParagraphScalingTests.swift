import Testing
@testable import ThinkingTraps

/// Claim detection stays linear in a paragraph's sentences: each cue's overlap and answer checks
/// once copied the set of sentences and scanned every claim accepted so far (2 MB took 96 s).
@Suite struct OneParagraphScalingTests {
    static let sentence = "What if he leaves me and I end up alone forever. It will be a disaster. "

    @Test func everySentenceOfALongParagraphIsStillFound() {
        let claims = detector.claims(in: String(repeating: Self.sentence, count: 500))
        #expect(claims.count == 500)
        #expect(zip(claims, claims.dropFirst()).allSatisfy { $0.utf8Range.upperBound <= $1.utf8Range.lowerBound })
    }

    @Test func eightTimesTheSentencesTakeAboutEightTimesTheTime() {
        let clock = ContinuousClock()
        let small = String(repeating: Self.sentence, count: 2_000)
        let large = String(repeating: Self.sentence, count: 16_000)
        _ = detector.claims(in: small)  // warm up the lexicon
        var smallCount = 0, largeCount = 0
        let smallTime = clock.measure { smallCount = detector.claims(in: small).count }
        let largeTime = clock.measure { largeCount = detector.claims(in: large).count }
        #expect(smallCount == 2_000)
        #expect(largeCount == 16_000)
        // Linear is ~8×, quadratic ~64×; 24× leaves room for a busy machine.
        #expect(largeTime < smallTime * 24 + .milliseconds(200), "2,000 sentences: \(smallTime); 16,000: \(largeTime)")
    }
}
