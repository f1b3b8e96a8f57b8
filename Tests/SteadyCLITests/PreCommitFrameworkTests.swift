import Foundation
import Testing

/// The real pre-commit framework (PyPI) against .pre-commit-hooks.yaml, through
/// Scripts/test-pre-commit. Slow the first time: pre-commit builds the package with
/// `swift build -c release` in its cache (.build-precommit/, reused while the code is unchanged).
@Suite("pre-commit framework")
struct PreCommitFrameworkTests {
    static let missingTools = ["git", "pre-commit", "swift"].filter { Subprocess.which($0) == nil }

    @Test("steady-lint fails a journal with errors and passes one with only warnings",
          .enabled(if: missingTools.isEmpty,
                   "\(missingTools.joined(separator: ", ")) not on PATH (Scripts/bootstrap installs pre-commit)"),
          .timeLimit(.minutes(30)))
    func preCommitHook() async throws {
        let script = SteadyBinary.packageRoot + "/Scripts/test-pre-commit"
        let started = ContinuousClock.now
        let output = try await Subprocess.run("/bin/bash", [script], in: SteadyBinary.packageRoot, timeLimit: 1700)
        let elapsed = ContinuousClock.now - started
        #expect(!output.timedOut, "Scripts/test-pre-commit did not finish")
        #expect(output.status == 0, "\(output.transcript)")
        // Recorded so the run shows what the slow test cost.
        print("pre-commit framework test: \(elapsed.components.seconds) s\n\(output.stdoutText)")
    }
}
