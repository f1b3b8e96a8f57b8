@testable import JournalLint
import Testing

@Suite("crisis-language")
struct CrisisLanguageTests {
    static let id = "crisis-language"
    static let journal = "# 2026-11-28\n\ntemp: red\n\nSome nights I want to kill myself.\n"

    @Test("Fires with the configured help message, at the words")
    func fires() throws {
        let found = findings(Self.id, in: Self.journal)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.start.line == 5)
        #expect(finding.message == defaultCrisisMessageForTests)
        #expect(finding.message.contains("988"))
        #expect(finding.severity == .warning)
    }

    @Test("The message is the configured text")
    func configuredMessage() throws {
        let message = "Call Samaritans on 116 123 (UK and Ireland), any time."
        let configuration = lintTestConfiguration(crisisMessage: message)
        let finding = try #require(findings(Self.id, in: Self.journal, configuration: configuration).first)
        #expect(finding.message == message)
    }

    @Test("Read in quotes and field values too")
    func readEverywhere() {
        #expect(findings(Self.id, in: "# 2026-11-28\n\n> I want to kill myself\n").count == 1)
        #expect(findings(Self.id, in: "# 2026-11-28\n\nurge: hurt myself (resisted)\n").count == 1)
    }

    @Test("Figures of speech are not crisis language", arguments: ["This traffic is killing me.", "I'd die of embarrassment.", "My phone died."])
    func figuresOfSpeech(sentence: String) {
        #expect(findings(Self.id, in: "# 2026-11-28\n\n\(sentence)\n").isEmpty)
    }

    @Test("Crisis wording is never also a worst-case thought to cross-examine", arguments: [
        "I want to die.",
        "After trying to kill myself last year I thought I was past this.",
        "I'm going to lose everything and then I want to die.",
        "Everyone would be better off without me, it's over.",
        "I don't want to wake up tomorrow. I can't survive another day like this.",
    ])
    func notAlsoACatastrophizingClaim(sentence: String) {
        let report = lint("# 2026-11-28\n\n\(sentence)\n")
        let crisis = report.findings.filter { $0.ruleID == Self.id }
        #expect(!crisis.isEmpty, "\(sentence)")
        for finding in report.findings where finding.ruleID == "unsupported-catastrophizing" {
            #expect(!crisis.contains { $0.range.lowerBound < finding.range.upperBound
                && finding.range.lowerBound < $0.range.upperBound }, "both on one span: \(sentence)")
        }
        for finding in report.findings where finding.ruleID == Self.id {
            #expect(!finding.message.lowercased().contains("cross-examine"))
            #expect(!(finding.detail ?? "").lowercased().contains("cross-examine"))
        }
    }

    @Test("The default message is calm and points to help, not to cross-examination")
    func defaultMessage() {
        let message = LintConfiguration.defaultCrisisMessage
        #expect(message.contains("988"))
        #expect(!message.lowercased().contains("cross-examine"))
        #expect(!message.contains("!"))
    }

    @Test("Other people's words, objects, idioms and clinical facts get no help message", arguments: [
        "My phone is going to die.",
        "The patient in 12 is actively dying, family at bedside.",
        "Confused pt kept saying she wants to die.",
        "My coworker said \"if they float me again I'm going to kill myself\" lol",
        "My basil is going to die if I don't repot it lol",
        "I'm going to die alone with four cats lol",
        "Did the suicide risk assessment on admission.",
    ])
    func notTheWriter(sentence: String) {
        #expect(findings(Self.id, in: "# 2026-11-28\n\n\(sentence)\n").isEmpty, "\(sentence)")
    }

    @Test("Passive wishes, means and softened statements get the help message", arguments: [
        "honestly just dont want to wake up tmrw",
        "Everyone would be fine without me.",
        "noticed how easy it would be with all the meds at work",
        "not like a plan or anything, i just think about not being here",
        "i'm not gonna do anything. i just want it all to stop",
    ])
    func theWriter(sentence: String) {
        #expect(findings(Self.id, in: "# 2026-11-28\n\n\(sentence)\n").count >= 1, "\(sentence)")
    }

    static let suppressionForms = [
        "<!-- steady-disable-next-line crisis-language -->\nSome nights I want to kill myself.\n",
        "<!-- steady-disable-next-line -->\nSome nights I want to kill myself.\n",
        "<!-- steady-disable crisis-language -->\nSome nights I want to kill myself.\n<!-- steady-enable crisis-language -->\n",
        "<!-- steady-disable -->\nSome nights I want to kill myself.\n",
        "<!-- steady-disable-file crisis-language -->\n\nSome nights I want to kill myself.\n",
        "<!-- steady-disable-file -->\n\nSome nights I want to kill myself.\n",
        "Some nights I want to kill myself. <!-- steady-disable-next-line crisis-language -->\n",
        "<!--\nsteady-disable-file crisis-language\n-->\n\nSome nights I want to kill myself.\n",
    ]

    @Test("No inline comment silences it", arguments: suppressionForms)
    func neverSuppressed(body: String) {
        let found = findings(Self.id, in: "# 2026-11-28\n\n" + body)
        #expect(found.count == 1, "silenced by:\n\(body)")
    }

    @Test("Configuration can switch it off, or change its severity")
    func configuration() {
        #expect(findings(Self.id, in: Self.journal, configuration: lintTestConfiguration(rules: [Self.id: nil])).isEmpty)
        let error = findings(Self.id, in: Self.journal, configuration: lintTestConfiguration(rules: [Self.id: .error]))
        #expect(error.map(\.severity) == [.error])
    }
}
