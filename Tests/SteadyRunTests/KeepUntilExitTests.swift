@testable import SteadyRun
import Testing

@Suite("Keeping a small run's values until exit")
struct KeepUntilExitTests {
    @Test("A run over a few files keeps its values, a larger one frees them; undecided frees")
    func decides() {
        let release = KeepUntilExit()
        #expect(!release.keepsValues(ofFileBytes: 100))
        release.decide(fileCount: KeepUntilExit.fileLimit)
        #expect(release.keepsValues(ofFileBytes: 100))
        release.decide(fileCount: KeepUntilExit.fileLimit + 1)
        #expect(!release.keepsValues(ofFileBytes: 100))
    }

    @Test("A large file's tree and model are freed even in a run over one file: they are most of its memory")
    func largeFilesAreFreed() {
        let release = KeepUntilExit()
        release.decide(fileCount: 1)
        #expect(release.keepsValues(ofFileBytes: KeepUntilExit.byteLimit))
        #expect(!release.keepsValues(ofFileBytes: KeepUntilExit.byteLimit + 1))
        #expect(!release.keepsValues(ofFileBytes: 10_000_000))
    }

    @Test("`never` keeps nothing whatever is decided, so a long-lived process frees every run's values")
    func never() {
        KeepUntilExit.never.decide(fileCount: 1)
        #expect(!KeepUntilExit.never.keepsValues(ofFileBytes: 100))
    }
}
