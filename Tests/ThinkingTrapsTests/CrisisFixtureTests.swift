import Foundation
import Testing
import ThinkingTraps

/// Crisis language, right both ways, scored on the hand-written fixture: half real statements in
/// many phrasings, half near misses (idioms, objects, other people, clinical facts). The labelling
/// rules are in docs/detector.md; `dev` rows were tuned on, `heldout` and `fresh` rows were not
/// (see docs/detector.md for what was done after they were first measured).
@Suite struct CrisisFixtureTests {
    struct Example { let isCrisis: Bool; let split: String; let sentence: String }

    static func fixture() throws -> [Example] {
        let url = try #require(Bundle.module.url(forResource: "crisis-language", withExtension: "tsv", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", maxSplits: 2)
            guard fields.count == 3 else { return nil }
            return Example(isCrisis: fields[0] == "1", split: String(fields[1]), sentence: String(fields[2]))
        }
    }

    struct Score {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
    }

    static func score(_ examples: [Example], label: String) -> Score {
        let crisis = CrisisLanguageDetector()
        var score = Score()
        for example in examples {
            let found = !crisis.matches(in: example.sentence).isEmpty
            switch (example.isCrisis, found) {
            case (true, true): score.truePositives += 1
            case (false, true): score.falsePositives += 1; print("crisis \(label) false alarm: \(example.sentence)")
            case (true, false): score.falseNegatives += 1; print("crisis \(label) missed: \(example.sentence)")
            default: break
            }
        }
        print("crisis fixture, \(label): precision \(score.precision), recall \(score.recall) (\(examples.count) sentences)")
        return score
    }

    @Test func theFixtureIsBigAndBalanced() throws {
        let examples = try Self.fixture()
        #expect(examples.count >= 300)
        #expect(examples.filter(\.isCrisis).count * 2 == examples.count)
        #expect(Set(examples.map(\.split)) == ["dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7"])
        #expect(Set(examples.map(\.sentence)).count == examples.count, "a sentence appears twice")
    }

    @Test func recallFirstThenPrecision() throws {
        let examples = try Self.fixture()
        let development = Self.score(examples.filter { $0.split == "dev" }, label: "dev")
        let heldOut = Self.score(examples.filter { $0.split == "heldout" }, label: "heldout")
        let fresh = Self.score(examples.filter { $0.split == "fresh" }, label: "fresh")
        let secondFresh = Self.score(examples.filter { $0.split == "fresh2" }, label: "fresh2")
        let thirdFresh = Self.score(examples.filter { $0.split == "fresh3" }, label: "fresh3")
        let fourthFresh = Self.score(examples.filter { $0.split == "fresh4" }, label: "fresh4")
        let fifthFresh = Self.score(examples.filter { $0.split == "fresh5" }, label: "fresh5")
        let sixthFresh = Self.score(examples.filter { $0.split == "fresh6" }, label: "fresh6")
        let seventhFresh = Self.score(examples.filter { $0.split == "fresh7" }, label: "fresh7")
        let whole = Self.score(examples, label: "whole")
        #expect(whole.recall >= 0.98)
        #expect(whole.precision >= 0.90)
        #expect(development.recall >= 0.98)
        #expect(development.precision >= 0.90)
        // fresh6 was written after the rules for its classes: it guards them, both ways. Its one
        // known miss: a wish said as temporary and corrected after a comma ("… not exist for a
        // while, like permanently"): a rule reads one clause.
        #expect(sixthFresh.recall >= 0.95)
        #expect(sixthFresh.precision >= 0.95)
        // fresh7 likewise, for rounds 4 and 5.
        #expect(seventhFresh.recall == 1)
        #expect(seventhFresh.precision == 1)
        _ = (heldOut, fresh, secondFresh, thirdFresh, fourthFresh, fifthFresh)
    }
}
