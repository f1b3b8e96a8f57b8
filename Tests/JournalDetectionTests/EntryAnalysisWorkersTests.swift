import JournalDetection
import JournalModel
import Testing

@Suite("A large file's entries analysed on several threads")
struct EntryAnalysisWorkersTests {
    private let analyzer = EntryAnalyzer()

    private func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// Entries of every kind the detectors look at, repeated past the size at which threads share them.
    private func largeJournal() -> (entries: [Entry], bytes: Int) {
        var text = ""
        var day = 0
        while text.utf8.count < EntryAnalyzer.sharedAnalysisMinimumBytes * 2 {
            let month = twoDigits(1 + day / 28 % 12), dayOfMonth = twoDigits(1 + day % 28)
            text += "# 2026-" + month + "-" + dayOfMonth + "\n\n"
            text += "## 08:10\ntemp: yellow\nhe's going to leave me, i just know it\nreassurance: asked him if we're ok\n\n"
            text += "## 13:30\nlunch with sam. i asked sam again if i was being too much, then texted him \"are we good?\"\n\n"
            text += "## 23:40\ntemp: red\nsome nights i don't want to wake up.\nurge: text him (resisted)\n"
            text += "evidence:\n- for: he was quiet\n- against: he said he loves me\n\n"
            day += 1
        }
        let entries = JournalBuilder.build(bytes: Array(text.utf8), path: "journal.md").entries
        return (entries, text.utf8.count)
    }

    private struct Found: Equatable {
        let claims: [Claim]
        let reassurance: [ReassuranceAct]
        let reassuranceInProse: [ReassuranceAct]
        let crisis: [CrisisMention]
        let entryRange: String
        init(_ analyzed: AnalyzedEntry) {
            claims = analyzed.claims
            reassurance = analyzed.reassurance
            reassuranceInProse = analyzed.reassuranceInProse
            crisis = analyzed.crisis
            entryRange = "\(analyzed.entry.range)"
        }
    }

    @Test("the same analyses, in the same order, as one thread gives", arguments: [2, 3, 8])
    func sameAsOneThread(workers: Int) {
        let (entries, bytes) = largeJournal()
        var oneThread = EntryAnalysisBuffers(), shared = EntryAnalysisBuffers()
        let alone = analyzer.analyze(entries, reusing: &oneThread, workers: 1, sourceBytes: bytes).map(Found.init)
        let together = analyzer.analyze(entries, reusing: &shared, workers: workers, sourceBytes: bytes).map(Found.init)
        #expect(alone.count == entries.count)
        #expect(alone.contains { !$0.claims.isEmpty } && alone.contains { !$0.crisis.isEmpty } && alone.contains { $0.reassurance.count > 1 })
        #expect(together == alone)
    }

    @Test("a small file, or a single entry, is analysed as it always was")
    func smallInputs() {
        let (entries, _) = largeJournal()
        var buffers = EntryAnalysisBuffers()
        let small = analyzer.analyze(Array(entries.prefix(3)), reusing: &buffers, workers: 4, sourceBytes: 900).map(Found.init)
        #expect(small == entries.prefix(3).map { Found(analyzer.analyze($0)) })
        #expect(analyzer.analyze([], reusing: &buffers, workers: 4, sourceBytes: 1 << 30).isEmpty)
        let one = analyzer.analyze([entries[0]], reusing: &buffers, workers: 4, sourceBytes: 1 << 30).map(Found.init)
        #expect(one == [Found(analyzer.analyze(entries[0]))])
    }
}
