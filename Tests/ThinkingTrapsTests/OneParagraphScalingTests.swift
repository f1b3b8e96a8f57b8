import Foundation
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
    /// was quadratic, and takes about 3 s of CPU in a debug build now. The bound is on the CPU
    /// time of the thread that reads it, not on the clock: in a full run on two cores this test
    /// once waited minutes for a thread while other tests held them and a release build ran
    /// beside it. It runs off the cooperative pool so that it neither waits for a pool thread
    /// nor holds one from the other tests.
    @Test func aTwoMegabyteParagraphIsRead() async throws {
        let paragraph = String(repeating: Self.sentence, count: 30_000)
        let (count, seconds) = try await offThePool { () -> (Int, Double) in
            let start = Self.threadCPUSeconds()
            let count = detector.claims(in: paragraph).count
            return (count, Self.threadCPUSeconds() - start)
        }
        #expect(count == 30_000)
        #expect(seconds < 60, "2 MB in one paragraph took \(seconds) s of CPU: is claim detection quadratic again?")
    }

    /// The CPU time the calling thread has used.
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
