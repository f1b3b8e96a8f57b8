import JournalDetection
import JournalModel
import Testing

@Suite("Insight providers")
struct InsightProviderTests {
    private let detector = DetectorInsightProvider(analyzer: EntryAnalyzer())

    @Test("The detector's claims carry their kind and whether the entry examined them")
    func claims() {
        let unexamined = detector.insights(for: entry("# 2026-11-28\n\nHe's going to leave me.\n"))
        #expect(unexamined.claims == [ClaimInsight(kind: "fortune-telling", examined: false, hasAgainst: false)])
        let oneSided = detector.insights(for: entry("# 2026-11-28\n\nHe's going to leave me.\n\nevidence:\n- for: he was short with me\n"))
        #expect(oneSided.claims == [ClaimInsight(kind: "fortune-telling", examined: true, hasAgainst: false)])
        let examined = detector.insights(for: entry(
            "# 2026-11-28\n\nHe's going to leave me.\n\nevidence:\n- for: he was short with me\n- against: he texted at lunch\n"))
        #expect(examined.claims == [ClaimInsight(kind: "fortune-telling", examined: true, hasAgainst: true)])
    }

    @Test("Only reassurance told in prose is counted: fields are the summary's own")
    func proseReassurance() {
        let fieldOnly = detector.insights(for: entry("# 2026-11-28\n\nreassurance: asked if we're okay\n"))
        #expect(fieldOnly.proseReassuranceActs == 0)
        let proseOnly = detector.insights(for: entry("# 2026-11-28\n\nI asked him again if we're okay.\n"))
        #expect(proseOnly.proseReassuranceActs == 1)
        let both = detector.insights(for: entry(
            "# 2026-11-28\n\nI asked him again if we're okay. Then I texted him to check we're fine.\n\nreassurance: asked if we're okay\n"))
        #expect(both.proseReassuranceActs == 1)
    }

    @Test("Without a detector there are no insights")
    func fieldsOnly() {
        let text = "# 2026-11-28\n\nHe's going to leave me. I asked him again if we're okay.\n"
        #expect(detector.insights(for: entry(text)) != .none)
        #expect(FieldsOnlyInsightProvider().insights(for: entry(text)) == .none)
    }
}
