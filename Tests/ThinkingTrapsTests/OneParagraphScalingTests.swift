import SteadyTestSupport
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

    /// A hang guard, not a speed measurement (Scripts/benchmark --pathological measures the
    /// ratio to neutral prose): 2 MB in one paragraph took 96 s in a release build when detection
    /// was quadratic, and takes about 3 s in a debug build now. The limit leaves room for a CI
    /// machine whose two cores are also building the pre-commit test's release binary (a run
    /// there once took over a minute); the work runs off the cooperative pool so that it neither
    /// waits for a pool thread nor holds one from the other tests.
    @Test(.timeLimit(.minutes(3)))
    func aTwoMegabyteParagraphIsRead() async throws {
        let paragraph = String(repeating: Self.sentence, count: 30_000)
        let count = try await offThePool { detector.claims(in: paragraph).count }
        #expect(count == 30_000)
    }
}
