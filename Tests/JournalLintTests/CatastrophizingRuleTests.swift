import Foundation
import ThinkingTraps
@testable import JournalLint
import Testing

@Suite("unsupported-catastrophizing")
struct CatastrophizingRuleTests {
    static let id = "unsupported-catastrophizing"
    static let claim = "# 2026-11-28\n\nHe hasn't answered in two hours. He's going to leave me.\n"

    @Test("Fires on an unexamined claim, at the claim, with its kind")
    func firesWithoutEvidence() throws {
        let found = findings(Self.id, in: Self.claim)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.start == Place(3, 34))
        #expect(finding.end == Place(3, 56))
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("fortune-telling"))
    }

    @Test("An evidence section with an item examines every claim of its entry")
    func evidenceSilences() {
        let text = Self.claim + "\nevidence:\n- for: he was short with me\n"
        #expect(findings(Self.id, in: text).isEmpty)
        let neutral = Self.claim + "\nevidence: he said he had meetings all day\n"
        #expect(findings(Self.id, in: neutral).isEmpty)
    }

    @Test("Evidence in another entry does not count")
    func evidenceIsPerEntry() {
        let text = "# 2026-11-28\n\n## 09:00\nevidence:\n- against: he texted\n\n## 21:00\nHe's going to leave me.\n"
        #expect(findings(Self.id, in: text).map(\.start) == [Place(8, 1)])
    }

    @Test("An evidence section that is still blank counts as present (unfilled-scaffold says it is waiting, once)")
    func blankEvidenceCountsAsPresent() {
        let text = Self.claim + "\nevidence:\n- for:\n- against:\n"
        #expect(findings(Self.id, in: text).isEmpty)
        #expect(findings("empty-evidence", in: text).isEmpty)
        #expect(findings("unfilled-scaffold", in: text).count == 1)
    }

    @Test("require-against: evidence that only argues for the fear is not enough")
    func requireAgainst() throws {
        let forOnly = Self.claim + "\nevidence:\n- for: he was short with me\n"
        let strict = lintTestConfiguration(requireAgainst: true)
        let found = findings(Self.id, in: forOnly, configuration: strict)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.message.contains("against"))
        #expect(finding.fix == nil, "evidence exists, so no scaffold is offered")
        let balanced = forOnly + "- against: he said he loves me this morning\n"
        #expect(findings(Self.id, in: balanced, configuration: strict).isEmpty)
        #expect(findings(Self.id, in: forOnly).isEmpty, "without require-against any item is enough")
    }

    @Test("Extra phrases from configuration are detected, with their kind")
    func extraPhrases() throws {
        let text = "# 2026-11-28\n\nMarguerite will stop writing to me.\n"
        #expect(findings(Self.id, in: text).isEmpty)
        let configuration = lintTestConfiguration(extraPhrases: [("stop writing to me", .fortuneTelling)])
        let found = findings(Self.id, in: text, configuration: configuration)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.message.contains("fortune-telling"))
        #expect(finding.start.line == 3)
    }

    @Test("Ignored phrases from configuration are not reported")
    func ignoredPhrases() {
        let text = "# 2026-11-28\n\nAfter the soufflé, everything is ruined.\n"
        #expect(findings(Self.id, in: text).count == 1)
        let configuration = lintTestConfiguration(ignoredPhrases: ["ruined"])
        #expect(findings(Self.id, in: text, configuration: configuration).isEmpty)
        // Ignoring one phrase leaves the others.
        let other = "# 2026-11-28\n\nAfter the soufflé, everything is ruined. He's going to leave me.\n"
        #expect(findings(Self.id, in: other, configuration: configuration).count == 1)
    }

    @Test("The message names the kind but never the writer's words; the detail has the cue, the help the questions",
          arguments: [
            ("Ptolemy hasn't called. He's going to leave me.", "fortune-telling", ["Ptolemy", "called", "leave"]),
            ("After the gallery opening, everything is ruined.", "magnification", ["gallery", "ruined"]),
            ("What if Ptolemy never comes back", "what-if-spiral", ["Ptolemy", "comes back"]),
          ])
    func messageAndDetail(sentence: String, kind: String, words: [String]) throws {
        let finding = try #require(findings(Self.id, in: "# 2026-11-28\n\n\(sentence)\n").first)
        #expect(finding.message.contains(kind))
        for word in words {
            #expect(!finding.message.localizedCaseInsensitiveContains(word), "message quotes \(word)")
        }
        let detail = try #require(finding.detail)
        #expect(detail.contains("cue: \""))
        let help = try #require(finding.help)
        for question in CrossExamination.coreQuestions {
            #expect(help.contains(question))
        }
        #expect(help.contains("steady explain unsupported-catastrophizing"))
    }

    @Test("Quoted, negated and past thoughts are not claims")
    func notClaims() {
        for sentence in ["> he's going to leave me, she said", "He's not going to leave me.", "I used to think he would leave me."] {
            #expect(findings(Self.id, in: "# 2026-11-28\n\n\(sentence)\n").isEmpty, "\(sentence)")
        }
    }

    @Test("Each claim in an unexamined entry is a finding; only the first of a block carries the fix")
    func severalClaims() {
        let text = "# 2026-11-28\n\nHe's going to leave me. What if he never comes back\n"
        let found = findings(Self.id, in: text)
        #expect(found.map(\.start) == [Place(3, 1), Place(3, 25)])
        #expect(found.filter { $0.fix != nil }.count == 1)
    }
}
