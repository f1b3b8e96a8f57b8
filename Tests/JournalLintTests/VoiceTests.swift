@testable import JournalLint
import JournalModel
import Testing
import ThinkingTraps

/// docs/voice.md, checked: every message a rule about the practice can produce, as the text
/// format says it, is free of compiler labels and of the words the voice guide rules out.
@Suite("The voice for people (docs/voice.md)")
struct VoiceTests {
    /// Words that judge, scold or keep score. docs/voice.md lists the same words; a message
    /// about the practice uses none of them (as whole words, in any case).
    static let shamingWords = [
        "error", "warning", "fail", "failed", "failure", "failing", "bad", "wrong", "should", "must", "violation", "violates",
        "excessive", "too many", "too much", "limit exceeded", "exceeded", "again?", "stop", "invalid", "mistake", "weak",
        "needy", "clingy", "crazy", "irrational", "overreacting", "obsessive", "ask number", "strike",
    ]

    /// Every message the practice's rules can produce: each factory with each value it takes,
    /// and whatever the rules say on their own triggering examples.
    static func wellbeingMessages() -> [(rule: String, text: String)] {
        var messages: [(String, String)] = []
        for kind in ClaimKind.allCases {
            messages.append(("unsupported-catastrophizing", Finding.Message.unexaminedClaim(kind).forPeople))
            messages.append(("unsupported-catastrophizing", Finding.Message.oneSidedClaim(kind).forPeople))
        }
        for count in 2...15 {
            for limit in 0..<count {
                let day = JournalDate("2026-11-28")!
                messages.append(("excessive-reassurance", Finding.Message.excessiveReassurance(count: count, day: day, limit: limit, askNumber: limit + 1).forPeople))
            }
        }
        messages.append(("reassurance-before-regulation", Finding.Message.reassuranceBeforeRegulation.forPeople))
        messages.append(("empty-evidence", Finding.Message.emptyEvidence.forPeople))
        messages.append(("one-sided-evidence", Finding.Message.oneSidedEvidence.forPeople))
        messages.append(("crisis-language", LintConfiguration.defaultCrisisMessage))
        for parts in [["evidence"], ["temp"], ["temp", "evidence", "urge", "regulate"]] {
            messages.append(("unfilled-scaffold", Finding.Message.waitingToFill(parts).forPeople))
        }
        messages.append(("unsupported-catastrophizing", CrossExamination.invitation))
        let registry = RuleRegistry.standard
        for description in registry.descriptions where description.concern == .wellbeing {
            for example in description.triggeringExamples {
                let text = example.replacing("↓", with: "")
                let report = LintEngine().lint(files: [(path: "journal.md", bytes: Array(text.utf8))])
                for finding in report.findings where registry.concern(of: finding.ruleID) == .wellbeing {
                    messages.append((finding.ruleID, finding.messageForPeople))
                }
            }
        }
        return messages
    }

    @Test("every rule about the practice says so: wellbeing, never format")
    func concerns() {
        let wellbeing = Set(RuleRegistry.standard.descriptions.filter { $0.concern == .wellbeing }.map(\.id))
        #expect(wellbeing == ["unsupported-catastrophizing", "possible-catastrophizing", "excessive-reassurance", "reassurance-before-regulation", "empty-evidence",
                              "unfilled-scaffold", "one-sided-evidence", "crisis-language"])
    }

    @Test("no message about the practice says error or warning, or uses a shaming word")
    func noShamingWords() {
        let messages = Self.wellbeingMessages()
        #expect(messages.count > 100)
        for (rule, text) in messages {
            let words = " " + text.lowercased().map { $0.isLetter || $0 == "?" ? $0 : " " }.reduce(into: "") { $0.append($1) } + " "
            for word in Self.shamingWords {
                #expect(!words.contains(" \(word) "), "\(rule) says '\(word)': \(text)")
            }
        }
    }

    @Test("reassurance is counted with the person: the day's pattern and what to try, not a score")
    func reassuranceWording() {
        let text = Finding.Message.excessiveReassurance(count: 3, day: JournalDate("2026-11-28")!, limit: 1, askNumber: 2).forPeople
        #expect(text.hasPrefix("Three times on Saturday 2026-11-28 you reached out for reassurance"))
        #expect(text.contains("Next time the urge comes, try"))
        #expect(!text.contains("number 2") && !text.contains("limit 1"))
        // The machine message is unchanged, for the tools that read it.
        let machine = Finding.Message.excessiveReassurance(count: 3, day: JournalDate("2026-11-28")!, limit: 1, askNumber: 2).text
        #expect(machine == "reassurance sought 3 times on 2026-11-28 (limit 1 a day); this was ask number 2 — notice the urge, and try to sit with it or regulate first")
    }

    @Test("an ask after midnight that counts for the day before says why the day is not the date above it")
    func reassuranceAfterMidnightSaysWhichDay() {
        let text = "# 2026-11-21\n\n## 22:00\nreassurance: asked if we're ok\n\n# 2026-11-22\n\n## 01:15\nreassurance: asked again\n"
        let report = LintEngine().lint(files: [(path: "journal.md", bytes: Array(text.utf8))])
        let finding = report.findings.first { $0.ruleID == "excessive-reassurance" }
        #expect(finding?.messageForPeople.contains("Twice on Saturday 2026-11-21 (until 04:00 a night still belongs to the day before)") == true,
                "\(finding?.messageForPeople ?? "no finding")")
        // Within the day itself, nothing is added.
        let sameDay = Finding.Message.excessiveReassurance(count: 2, day: JournalDate("2026-11-21")!, limit: 1, askNumber: 2).forPeople
        #expect(!sameDay.contains("until"))
    }

    @Test("a run with many worst-case thoughts prints the questions once; the labels are not error or warning")
    func questionsOnce() {
        var journal = "# 2026-11-28\n\n"
        for hour in 10...20 { journal += "## \(hour):00\nHe's going to leave me.\n\n" }
        let output = TextReporter.text(LintEngine().lint(files: [(path: "journal.md", bytes: Array(journal.utf8))]), options: ReportOptions())
        #expect(output.components(separatedBy: CrossExamination.coreQuestions[0]).count == 2)
        #expect(!output.contains(": warning:") && !output.contains(": error:"))
        #expect(output.components(separatedBy: ": to look at: ").count == 12)
    }
}
