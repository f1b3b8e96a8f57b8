@testable import SteadyRun
import Testing

@Suite("Keeping a small run's values until exit")
struct KeepUntilExitTests {
    @Test("A run over a few files keeps its values, a larger one frees them; undecided frees")
    func decides() {
        let release = KeepUntilExit()
        #expect(!release.keepsValues)
        release.decide(fileCount: KeepUntilExit.fileLimit)
        #expect(release.keepsValues)
        release.decide(fileCount: KeepUntilExit.fileLimit + 1)
        #expect(!release.keepsValues)
    }

    @Test("`never` keeps nothing whatever is decided, so a long-lived process frees every run's values")
    func never() {
        KeepUntilExit.never.decide(fileCount: 1)
        #expect(!KeepUntilExit.never.keepsValues)
    }
}
