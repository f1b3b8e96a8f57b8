import JournalDetection
import JournalModel
import Testing
import ThinkingTraps

@Suite("Quiet paragraphs remembered between analyses of one document")
struct QuietProseMemoryTests {
    private struct Found: Equatable {
        let claims: [Claim]
        let reassurance: [ReassuranceAct]
        let reassuranceInProse: [ReassuranceAct]
        let crisis: [CrisisMention]
        init(_ analyzed: AnalyzedEntry) {
            claims = analyzed.claims
            reassurance = analyzed.reassurance
            reassuranceInProse = analyzed.reassuranceInProse
            crisis = analyzed.crisis
        }
    }

    /// A day of quiet prose with a worst-case thought, an ask and crisis wording among it,
    /// `days` times, with `extra` written into the first entry.
    private func journal(days: Int, extra: String = "") -> (entries: [Entry], bytes: Int) {
        var text = ""
        for day in 0..<days {
            let dayOfMonth = day % 28 + 1
            text += "# 2026-03-" + (dayOfMonth < 10 ? "0" : "") + "\(dayOfMonth)\n\n"
            text += "## 08:10\nwalked to the bakery on day \(day), bought bread.\n\n" + (day == 0 ? extra : "")
            text += "the park was quiet and the dog chased a ball.\n\n"
            text += "he's going to leave me, i just know it\n\n"
            text += "## 21:00\ni asked him again if we're ok.\n\nsome nights i don't want to wake up.\n\n"
        }
        return (entries(text), text.utf8.count)
    }

    /// The distinct paragraphs in which the detectors, asked one by one, find nothing.
    private func quietParagraphs(of entries: [Entry]) -> Set<String> {
        let scanner = ThoughtScanner()
        var quiet: Set<String> = []
        for entry in entries {
            for span in entry.prose {
                let found = scanner.scan(span.text)
                if found.claims.isEmpty, found.reassurance.isEmpty, found.crisis.isEmpty { quiet.insert(span.text) }
            }
        }
        return quiet
    }

    private func analyse(_ entries: [Entry], _ bytes: Int, with analyzer: EntryAnalyzer, workers: Int,
                         memory: inout QuietProseMemory?) -> [Found] {
        var buffers = EntryAnalysisBuffers()
        buffers.quietProse = memory
        defer { memory = buffers.quietProse }
        return analyzer.analyze(entries, reusing: &buffers, workers: workers, sourceBytes: bytes).map(Found.init)
    }

    @Test("the same findings as without memory, on the first analysis and after edits", arguments: [1, 2])
    func sameFindings(workers: Int) {
        let analyzer = EntryAnalyzer()
        // Large enough that two workers share the entries.
        let days = workers == 1 ? 3 : 1_200
        let (entries, bytes) = journal(days: days)
        var none: QuietProseMemory? = nil
        let plain = analyse(entries, bytes, with: analyzer, workers: workers, memory: &none)
        #expect(plain.contains { !$0.claims.isEmpty } && plain.contains { !$0.crisis.isEmpty } && plain.contains { !$0.reassurance.isEmpty })

        var memory: QuietProseMemory? = QuietProseMemory()
        #expect(analyse(entries, bytes, with: analyzer, workers: workers, memory: &memory) == plain)
        // Quiet: the bakery line of each day (each differs), the park line (the same every day).
        let quiet = quietParagraphs(of: entries)
        #expect(quiet.count > days)
        #expect(memory?.count == quiet.count)
        #expect(analyse(entries, bytes, with: analyzer, workers: workers, memory: &memory) == plain)
        #expect(memory?.count == quiet.count)

        // An edit that puts a worst-case thought into a quiet paragraph is found at once.
        let (edited, editedBytes) = journal(days: days, extra: "i'll end up alone forever.\n\n")
        let after = analyse(edited, editedBytes, with: analyzer, workers: workers, memory: &memory)
        var fresh: QuietProseMemory? = nil
        #expect(after == analyse(edited, editedBytes, with: analyzer, workers: workers, memory: &fresh))
        #expect(after[0].claims.count == plain[0].claims.count + 1)
    }

    @Test("text no longer in the document is forgotten")
    func forgetsRemovedText() {
        let analyzer = EntryAnalyzer()
        var memory: QuietProseMemory? = QuietProseMemory()
        let (three, threeBytes) = journal(days: 3)
        _ = analyse(three, threeBytes, with: analyzer, workers: 1, memory: &memory)
        #expect(memory?.count == quietParagraphs(of: three).count)
        let (one, oneBytes) = journal(days: 1)
        _ = analyse(one, oneBytes, with: analyzer, workers: 1, memory: &memory)
        #expect(memory?.count == quietParagraphs(of: one).count)
        #expect(quietParagraphs(of: one).count == quietParagraphs(of: three).count - 2)
    }

    @Test("another analyzer (a new configuration) does not trust what the last one found quiet")
    func anotherAnalyzerStartsAfresh() {
        let (entries, bytes) = journal(days: 2)
        var memory: QuietProseMemory? = QuietProseMemory()
        _ = analyse(entries, bytes, with: EntryAnalyzer(), workers: 1, memory: &memory)
        // With the bakery as a cue of the writer's own, the paragraph the first analyzer found
        // quiet holds a thought.
        let withPhrase = EntryAnalyzer(extraPhrases: [CuePhrase("bought bread", kind: .magnification)])
        let found = analyse(entries, bytes, with: withPhrase, workers: 1, memory: &memory)
        var none: QuietProseMemory? = nil
        #expect(found == analyse(entries, bytes, with: withPhrase, workers: 1, memory: &none))
        #expect(found[0].claims.contains { $0.cue == "bought bread" })
    }
}
