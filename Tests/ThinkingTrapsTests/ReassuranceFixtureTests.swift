import Foundation
import Testing
import ThinkingTraps

/// Reassurance-seeking in prose, scored on the hand-written fixture (half near misses).
@Suite struct ReassuranceFixtureTests {
    struct Example { let isAct: Bool; let sentence: String }

    static func fixture() throws -> [Example] {
        let url = try #require(Bundle.module.url(forResource: "reassurance-prose", withExtension: "tsv", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2 else { return nil }
            return Example(isAct: fields[0] == "1", sentence: String(fields[1]))
        }
    }

    @Test func precisionAndRecallOnTheFixture() throws {
        let examples = try Self.fixture()
        #expect(examples.count >= 60)
        #expect(examples.filter { !$0.isAct }.count * 2 >= examples.count)
        let reassurance = ReassuranceDetector()
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        for example in examples {
            let found = !reassurance.acts(in: example.sentence).isEmpty
            switch (example.isAct, found) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1; print("reassurance false positive: \(example.sentence)")
            case (true, false): falseNegatives += 1; print("reassurance false negative: \(example.sentence)")
            default: break
            }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        print("reassurance fixture: precision \(precision), recall \(recall) (\(examples.count) sentences)")
        #expect(precision >= 0.9)
        #expect(recall >= 0.9)
    }

    @Test func spanAndCue() throws {
        let text = "Work was fine. Then I asked him again if we're okay."
        let act = try #require(ReassuranceDetector().acts(in: text).first)
        #expect(spanText(act.utf8Range, in: text) == "Then I asked him again if we're okay")
        #expect(act.cue.hasPrefix("asked"))
    }

    @Test func countsEachActOnce() {
        let text = "I asked him if he was mad. Later I texted her to check we were fine."
        #expect(ReassuranceDetector().acts(in: text).count == 2)
    }
}
