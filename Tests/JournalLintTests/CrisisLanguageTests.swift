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
