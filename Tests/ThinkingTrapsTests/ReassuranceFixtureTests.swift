import Foundation
import Testing
import ThinkingTraps

/// Reassurance-seeking in prose, scored on the hand-written fixture (half near misses): whether
/// a sentence holds an act at all (precision, recall), and whether it gives its day the right
/// count (two asks to different people, "for the third time tonight", "4 times").
@Suite struct ReassuranceFixtureTests {
    struct Example { let count: Int; let split: String; let sentence: String }

    static func fixture() throws -> [Example] {
        let url = try #require(Bundle.module.url(forResource: "reassurance-prose", withExtension: "tsv", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", maxSplits: 2)
            guard fields.count == 3, let count = Int(fields[0]) else { return nil }
            return Example(count: count, split: String(fields[1]), sentence: String(fields[2]))
        }
    }

    struct Score {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, rightCounts = 0
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        /// Of the sentences with acts that were found, the share given the right count.
        var countAccuracy: Double { Double(rightCounts) / Double(max(1, truePositives)) }
    }

    /// The day count the acts give: each act one more ask than the last, or its own count when
    /// that is more (as `ReassuranceAct.askCount` in JournalDetection counts them).
    static func dayCount(_ acts: [ReassuranceMatch]) -> Int { acts.reduce(0) { max($0 + 1, $1.atLeast) } }

    static func score(_ examples: [Example], label: String) -> Score {
        let reassurance = ReassuranceDetector()
        var score = Score()
        for example in examples {
            let count = dayCount(reassurance.acts(in: example.sentence))
            switch (example.count > 0, count > 0) {
            case (true, true):
                score.truePositives += 1
                if count == example.count { score.rightCounts += 1 } else { print("reassurance \(label) count \(count), not \(example.count): \(example.sentence)") }
            case (false, true): score.falsePositives += 1; print("reassurance \(label) false positive: \(example.sentence)")
            case (true, false): score.falseNegatives += 1; print("reassurance \(label) false negative: \(example.sentence)")
            default: break
            }
        }
        print("reassurance fixture, \(label): precision \(score.precision), recall \(score.recall), right counts \(score.countAccuracy) (\(examples.count) sentences)")
        return score
    }

    @Test func theFixtureIsBigAndHalfNearMisses() throws {
        let examples = try Self.fixture()
        #expect(examples.count >= 150)
        #expect(examples.filter { $0.count == 0 }.count * 2 >= examples.count)
        #expect(Set(examples.map(\.split)) == ["dev", "heldout", "outside", "outside2", "outside3"])
        #expect(Set(examples.map(\.sentence)).count == examples.count, "a sentence appears twice")
    }

    @Test func precisionRecallAndCountsOnTheFixture() throws {
        let examples = try Self.fixture()
        let development = Self.score(examples.filter { $0.split == "dev" }, label: "dev")
        let heldOut = Self.score(examples.filter { $0.split == "heldout" }, label: "heldout")
        let outside = Self.score(examples.filter { $0.split == "outside" }, label: "outside")
        let whole = Self.score(examples, label: "whole")
        #expect(whole.precision >= 0.9)
        #expect(whole.recall >= 0.9)
        #expect(whole.countAccuracy >= 0.9)
        #expect(development.precision >= 0.9)
        #expect(development.recall >= 0.9)
        _ = (heldOut, outside)
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
        // One ask told with two verbs is one act.
        #expect(ReassuranceDetector().acts(in: "I texted him again and asked if he was mad.").count == 1)
    }

    @Test("Two asks in one clause, to different people or about different things, are two acts")
    func distinctAsksInOneClause() {
        let acts = ReassuranceDetector().acts(in: "I asked him if we're okay and then called my sister to ask if I was overreacting.")
        #expect(acts.count == 2)
        if acts.count == 2 { #expect(!acts[0].topic.isSameAsk(as: acts[1].topic)) }
    }

    @Test("A count or an ordinal gives the day at least that many asks; a week's count does not", arguments: [
        ("asked him for the third time tonight if he still loves me", 3),
        ("texted her 4 times asking if she was mad", 4),
        ("i asked again and again whether we were fine", 3),
        ("asked him twice if he was annoyed with me", 2),
        ("for the third time this week i asked if he was mad", 1),
        ("I asked him if we're okay.", 1),
    ])
    func impliedCounts(_ text: String, _ expected: Int) {
        #expect(Self.dayCount(ReassuranceDetector().acts(in: text)) == expected, "\(text)")
    }

    @Test("Reassurance received is not sought: another's message, a reply, being reassured", arguments: [
        "his text reassured me that we're okay", "her text asking if we're okay made me cry",
        "got a text from him asking if I was ok", "got his text asking if we're okay", "their message asking if we were still good",
        "his texts asking if i was ok were sweet", "woke up to his message saying we're fine", "reassured by her call",
        "he texted back that we're fine", "he called back and said we're okay", "he kept reassuring me that we're fine",
        "received reassurance from my sister", "got reassured by my bf", "mum reassured me I'm not too much",
        "Reassured: my friend said it was fine",
    ])
    func receivedIsNotSought(_ text: String) {
        #expect(ReassuranceDetector().acts(in: text).isEmpty, "\(text)")
    }

    @Test("The writer's own message, and asks told beside the answer, still count", arguments: [
        "sent him a text asking if we're ok", "I sent her a message asking if she was mad",
        "texted him a long message asking if we're okay", "called mum for reassurance and she said i'm fine",
        "he reassured me after i asked if he was mad", "Reassured: texted him asking if we're ok",
        "asked dad if I was being too needy",
    ])
    func ownMessagesCount(_ text: String) {
        #expect(ReassuranceDetector().acts(in: text).count == 1, "\(text)")
    }

    @Test("A message quoted as sent is an ask; one quoted from someone else is not")
    func quotedMessages() {
        #expect(ReassuranceDetector().acts(in: "texted \"are you ok? are we ok?\" at 2am").count == 1)
        #expect(ReassuranceDetector().acts(in: "he texted me \"are we ok?\"").isEmpty)
        #expect(ReassuranceDetector().acts(in: "she said \"did you ask him again if he's mad?\"").isEmpty)
    }
}
