import Foundation
import Testing
import ThinkingTraps

/// The attachment-journal set (`Fixtures/attachment-journal.tsv`, labelled by the rules in
/// docs/detector.md): a regression suite, not a tuning target. It prints precision and recall per
/// tier and fails when one falls below the figure recorded in docs/detector.md.
@Suite struct AttachmentJournalTests {
    struct Line { let isWorstCase: Bool; let category: String; let text: String }

    static func lines(of resource: String = "attachment-journal") throws -> [Line] {
        let url = try #require(Bundle.module.url(forResource: resource, withExtension: "tsv", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, fields[0] == "0" || fields[0] == "1" else { return nil }
            return Line(isWorstCase: fields[0] == "1", category: String(fields[1]), text: String(fields[2]))
        }
    }

    struct Score {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        mutating func record(found: Bool, label: Bool) {
            switch (label, found) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (true, false): falseNegatives += 1
            case (false, false): break
            }
        }
    }

    @Test func theSetHasItsShape() throws {
        let lines = try Self.lines()
        #expect(lines.count >= 300)
        let decoys = lines.count { !$0.isWorstCase }
        #expect(decoys >= 150 && lines.count - decoys >= 150)
        #expect(Set(lines.map(\.text)).count == lines.count, "no line twice")
    }

    @Test func precisionAndRecallPerTier() throws {
        var tier1 = Score(), either = Score()
        for line in try Self.lines() {
            let claims = detector.claims(in: line.text)
            let sure = claims.contains { $0.tier == .worstCase }
            tier1.record(found: sure, label: line.isWorstCase)
            either.record(found: !claims.isEmpty, label: line.isWorstCase)
            if line.isWorstCase && claims.isEmpty { print("attachment set, missed [\(line.category)]: \(line.text)") }
            if !line.isWorstCase && !claims.isEmpty {
                print("attachment set, false alarm [\(line.category)] tier \(claims[0].tier.rawValue) \"\(claims[0].cue)\": \(line.text)")
            }
        }
        func format(_ value: Double) -> String { String(format: "%.3f", value) }
        print("attachment set: tier 1 P \(format(tier1.precision)) R \(format(tier1.recall)); tier 1 or 2 P \(format(either.precision)) R \(format(either.recall))")
        // The figures recorded in docs/detector.md, less a rounding: a regression guard.
        #expect(tier1.precision >= Self.recorded.tier1Precision)
        #expect(tier1.recall >= Self.recorded.tier1Recall)
        #expect(either.precision >= Self.recorded.eitherPrecision)
        #expect(either.recall >= Self.recorded.eitherRecall)
    }

    static let recorded = (tier1Precision: 0.95, tier1Recall: 0.79, eitherPrecision: 0.95, eitherRecall: 0.92)

    /// The classes an outside measurement found missed (`Fixtures/attachment-outside-classes.tsv`:
    /// texting without apostrophes, the worst assumed about someone's feelings now, finality,
    /// a symptom read as a diagnosis, permanence, replacement), written from the class names
    /// before any change for them. A regression guard at the figures recorded in docs/detector.md.
    @Test func outsideWriterClasses() throws {
        let either = try scoreBothTiers(of: "attachment-outside-classes", label: "outside classes")
        #expect(either.precision >= Self.recordedOutsideClasses.precision)
        #expect(either.recall >= Self.recordedOutsideClasses.recall)
    }

    static let recordedOutsideClasses = (precision: 0.96, recall: 0.86)

    /// Round 2 of the outside classes (`Fixtures/attachment-outside-classes-2.tsv`: loss with any
    /// object, being let go, "nobody will ever want me", rejection assumed now, finality, permanence,
    /// new what-ifs, gen-z and non-native phrasings, and decoys for them), written from the class
    /// names before any change for them. A regression guard at the figures in docs/detector.md.
    @Test func outsideWriterClassesRoundTwo() throws {
        let either = try scoreBothTiers(of: "attachment-outside-classes-2", label: "outside classes 2")
        #expect(either.precision >= Self.recordedOutsideClassesRoundTwo.precision)
        #expect(either.recall >= Self.recordedOutsideClassesRoundTwo.recall)
    }

    /// Round 3 of the outside classes (`Fixtures/attachment-outside-classes-3.tsv`: a diagnosis
    /// held as certain, a job "gone", being replaced, a partner with someone else, others only
    /// polite, found tiresome, laughed at, a bill beyond paying, children growing up to hate the
    /// writer, ruined beyond repair, and decoys), written after the rules for them: every thought
    /// is found and no decoy is.
    @Test func outsideWriterClassesRoundThree() throws {
        let either = try scoreBothTiers(of: "attachment-outside-classes-3", label: "outside classes 3")
        #expect(either.precision == 1)
        #expect(either.recall == 1)
    }

    /// Tier 1 or 2 against a fixture's labels, printing each miss and false alarm under `label`.
    private func scoreBothTiers(of fixture: String, label: String) throws -> Score {
        var either = Score()
        for line in try Self.lines(of: fixture) {
            let claims = detector.claims(in: line.text)
            either.record(found: !claims.isEmpty, label: line.isWorstCase)
            if line.isWorstCase && claims.isEmpty { print("\(label), missed [\(line.category)]: \(line.text)") }
            if !line.isWorstCase && !claims.isEmpty {
                print("\(label), false alarm [\(line.category)] tier \(claims[0].tier.rawValue) \"\(claims[0].cue)\": \(line.text)")
            }
        }
        print("\(label): tier 1 or 2 P \(String(format: "%.3f", either.precision)) R \(String(format: "%.3f", either.recall))")
        return either
    }

    static let recordedOutsideClassesRoundTwo = (precision: 0.95, recall: 0.79)
}
