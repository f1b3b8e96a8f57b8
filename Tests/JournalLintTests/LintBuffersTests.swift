@testable import JournalLint
import JournalDetection
import JournalModel
import Testing

/// `LintBuffers` carried from file to file (as each worker of `steady lint` does) must leave
/// every file's findings as linting it alone would.
@Suite("Lint buffers reused across files")
struct LintBuffersTests {
    private let files = [
        // A long paragraph first, so later files tokenise into arrays bigger than they need.
        "# 2026-11-28\n\n" + String(repeating: "It was a long day at work and nothing went as planned. ", count: 40)
            + "He's going to leave me. What if she never comes back\n",
        "# 2026-11-29\n\n## 08:00\ntemp: red\nreassurance: asked if he was angry\n\nI can't survive this.\n",
        "# 2026-11-30\n\nA quiet evening.\n",
        "# 2026-12-01\n\nI asked again whether it was fine. It's ruined, I just know it.\n",
    ]

    @Test("Each file's findings are those of a fresh set of buffers")
    func sameFindings() {
        let engine = LintEngine()
        let configuration = LintConfiguration.default
        let analyzer = configuration.makeAnalyzer()
        var shared = LintBuffers()
        var found = 0
        for (index, text) in files.enumerated() {
            let path = "\(index).md"
            let reused = engine.lint(JournalBuilder.build(bytes: Array(text.utf8), path: path), configuration: configuration,
                                     analyzer: analyzer, reusing: &shared)
            let fresh = engine.lint(JournalBuilder.build(bytes: Array(text.utf8), path: path), configuration: configuration,
                                    analyzer: analyzer)
            #expect(reused.findings == fresh.findings)
            found += reused.findings.count
            func acts(_ result: FileLintResult) -> [ReassuranceAct]? {
                result.collected.compactMap { $0 as? ExcessiveReassuranceRule.FileInfo }.first?.acts.map(\.act)
            }
            #expect(acts(reused) != nil && acts(reused) == acts(fresh))
        }
        #expect(found >= 4)  // the files do have findings to compare
    }
}
