@testable import JournalLint
import Testing

@Suite("excessive-reassurance")
struct ExcessiveReassuranceTests {
    static let id = "excessive-reassurance"

    @Test("The default limit is one a day; the second act is reported with the day's count")
    func defaultLimit() throws {
        let text = "# 2026-11-28\n\nreassurance: asked if we're okay\nreassurance: asked again at lunch\nreassurance: and at dinner\n"
        let found = findings(Self.id, in: text)
        let finding = try #require(found.first)
        #expect(found.count == 1, "one finding per day, at the act that crossed the limit")
        #expect(finding.start == Place(4, 1))
        #expect(finding.message.contains("3 times"))
        #expect(finding.message.contains("2026-11-28"))
        #expect(finding.message.contains("limit 1"))
        #expect(finding.message.contains("number 2"))
        #expect(!finding.message.contains("lunch"))
        #expect(finding.severity == .warning)
    }

    @Test("One act a day is fine")
    func oneADay() {
        #expect(findings(Self.id, in: "# 2026-11-28\n\nreassurance: asked if we're okay\n").isEmpty)
    }

    @Test("The limit is configurable")
    func configurableLimit() throws {
        let two = "# 2026-11-28\n\nreassurance: asked if we're okay\nreassurance: asked again at lunch\n"
        let configuration = lintTestConfiguration(reassuranceMaxPerDay: 2)
        #expect(findings(Self.id, in: two, configuration: configuration).isEmpty)
        let three = two + "reassurance: and at dinner\n"
        let finding = try #require(findings(Self.id, in: three, configuration: configuration).first)
        #expect(finding.start == Place(5, 1))
        #expect(finding.message.contains("limit 2"))
    }

    @Test("day-starts-at puts a night entry after midnight on the evening before, across files")
    func dayStartsAtAcrossFiles() throws {
        let files = [
            (path: "2026-11-20.md", text: "## 21:00\nreassurance: asked if we're okay\n"),
            (path: "2026-11-21.md", text: "## 01:30\nreassurance: texted to check he's home\n"),
        ]
        let found = lint(files).findings.filter { $0.ruleID == Self.id }
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.path == "2026-11-21.md")
        #expect(finding.start == Place(2, 1))
        #expect(finding.message.contains("2026-11-20"))
        #expect(finding.lineText == "reassurance: texted to check he's home")
        // With days starting at midnight, they are two days with one act each.
        let midnight = lintTestConfiguration(dayStartsAt: (0, 0))
        #expect(lint(files, configuration: midnight).findings.filter { $0.ruleID == Self.id }.isEmpty)
    }

    @Test("A 02:30 entry counts for the day before when days start at 04:00")
    func earlyMorningSameFile() {
        let text = "# 2026-11-28\n\n## 02:30\nreassurance: asked if he's awake\n\n## 21:00\nreassurance: asked if we're okay\n"
        // 02:30 belongs to 2026-11-27, 21:00 to 2026-11-28: one act each.
        #expect(findings(Self.id, in: text).isEmpty)
        let midnight = lintTestConfiguration(dayStartsAt: (0, 0))
        #expect(findings(Self.id, in: text, configuration: midnight).map(\.start) == [Place(7, 1)])
    }

    @Test("A field and its prose retelling in the same entry count once")
    func fieldAndProseCountOnce() {
        let text = "# 2026-11-28\n\nI asked him again if we're okay.\n\nreassurance: asked if we're okay\n"
        #expect(findings(Self.id, in: text).isEmpty)
    }

    @Test("Prose adds only the acts beyond the entry's fields: two prose asks and one field are two acts")
    func proseBeyondFields() throws {
        let text = "# 2026-11-28\n\nI asked him again if we're okay. Then I texted him to check we're fine.\n\nreassurance: asked if we're okay\n"
        let finding = try #require(findings(Self.id, in: text).first)
        #expect(finding.message.contains("2 times"))
    }

    @Test("Prose that describes asking counts")
    func proseActs() throws {
        let text = "# 2026-11-28\n\nreassurance: asked if we're okay\n\n## 21:00\nLater I asked him again if we're okay.\n"
        let finding = try #require(findings(Self.id, in: text).first)
        #expect(finding.start == Place(6, 1))
        #expect(finding.detail?.contains("prose") == true)
    }

    @Test("Near misses are not acts")
    func nearMisses() {
        let text = "# 2026-11-28\n\nreassurance: asked if we're okay\n\nHe reassured me without my asking.\n"
        #expect(findings(Self.id, in: text).isEmpty)
    }

    @Test("Each file's days are separate from other days")
    func differentDays() {
        let text = "# 2026-11-28\n\nreassurance: asked once\n\n# 2026-11-29\n\nreassurance: asked once\n"
        #expect(findings(Self.id, in: text).isEmpty)
    }
    @Test("A field and a different prose ask in one entry are two acts; the same story told twice is one")
    func fieldAndDifferentProseAsk() throws {
        let different = "# 2026-11-28\n\n## 13:00\nCalled my sister at lunch to ask if I was being crazy.\n\nreassurance: texted him are we ok\n"
        let finding = try #require(findings(ExcessiveReassuranceTests.id, in: different).first)
        #expect(finding.message.contains("2 times"))
        let same = "# 2026-11-28\n\n## 13:00\nI asked him again if we're okay.\n\nreassurance: asked if we're okay\n"
        #expect(findings(ExcessiveReassuranceTests.id, in: same).isEmpty)
    }

    @Test("A question to a clinician, or about a symptom, is not reassurance-seeking", arguments: [
        "called the GP to ask if the rash is ok",
        "asked my therapist whether it's normal to feel this anxious after a fight",
        "i asked him if the mole on my back looked normal",
    ])
    func clinicalQuestions(line: String) {
        let text = "# 2026-11-28\n\n## 09:00\n\(line)\n\n## 21:00\nreassurance: asked if we're okay\n"
        #expect(findings(ExcessiveReassuranceTests.id, in: text).isEmpty, "\(line)")
    }

    @Test("A message quoted as sent, and a call made to ask, are acts")
    func quotedMessagesAndCalls() throws {
        let text = "# 2026-11-28\n\n## 09:00\ntexted \"are you ok? are we ok?\"\n\n## 13:00\ncalled her at lunch to ask if I was being crazy\n"
        let finding = try #require(findings(ExcessiveReassuranceTests.id, in: text).first)
        #expect(finding.message.contains("2 times"))
        #expect(finding.start.line == 7)
    }

    @Test("An ordinal or a count raises the day's count to at least that", arguments: [
        ("asked him for the third time tonight if he still loves me", 3),
        ("texted her 4 times asking if she was mad", 4),
        ("i asked again and again whether we were fine", 3),
    ])
    func impliedCount(sentence: String, count: Int) throws {
        let finding = try #require(findings(ExcessiveReassuranceTests.id, in: "# 2026-11-28\n\n\(sentence)\n").first)
        #expect(finding.message.contains("\(count) times"), "\(finding.message)")
        #expect(finding.message.contains("ask number \(count)"), "\(finding.message)")
        // A later act on the same day is one more.
        let later = try #require(findings(ExcessiveReassuranceTests.id, in: "# 2026-11-28\n\n## 09:00\n\(sentence)\n\n## 22:00\nreassurance: asked again\n").first)
        #expect(later.message.contains("\(count + 1) times"), "\(later.message)")
    }

    @Test("An urge is never an act, even under a mistyped key", arguments: ["urg: text him again", "urge: text him again", "Urges: ask him if we're ok", "urg: texted him again to ask if we're ok"])
    func urgeIsNotAnAct(line: String) {
        let text = "# 2026-11-28\n\n\(line)\n\nreassurance: asked if we're okay\n"
        #expect(findings(ExcessiveReassuranceTests.id, in: text).isEmpty, "\(line)")
    }

    @Test("A mistyped reassurance key is read as the ask it was meant to be", arguments: [
        "reasurance: ask her in message you still want me",  // no prose cue on the line: one act of its own
        "Reassurnace: texted him",
        "reasurance: asked him if we're ok",  // a prose ask on the line: counted once, not twice
    ])
    func mistypedReassuranceKeyIsAnAct(line: String) throws {
        let text = "# 2026-11-28\n\n## 09:00\n\(line)\n\n## 21:00\nreassurance: asked if we're okay\n"
        let finding = try #require(findings(ExcessiveReassuranceTests.id, in: text).first, "\(line)")
        #expect(finding.message.contains("2 times"), "\(finding.message)")
        // Alone, it is one ask: nothing over the limit.
        #expect(findings(ExcessiveReassuranceTests.id, in: "# 2026-11-28\n\n\(line)\n").isEmpty, "\(line)")
        // The did-you-mean says how the line is read meanwhile.
        let typo = try #require(findings("unknown-field", in: text).first, "\(line)")
        #expect(typo.message.contains("counted as one ask"), "\(typo.message)")
    }

    @Test("A key far from reassurance is not an ask, nor is reassure: (the writer's own reassurance)",
          arguments: ["reason: he was tired", "reading: two chapters", "reassure: I'm safe, he's at work"])
    func unrelatedKeyIsNotAnAct(line: String) {
        let text = "# 2026-11-28\n\n## 09:00\n\(line)\n\n## 21:00\nreassurance: asked if we're okay\n"
        #expect(findings(ExcessiveReassuranceTests.id, in: text).isEmpty, "\(line)")
    }
}

@Suite("reassurance-before-regulation")
struct ReassuranceBeforeRegulationTests {
    static let id = "reassurance-before-regulation"

    @Test("Red or yellow, asking before regulating: a note at the first ask", arguments: ["red", "yellow", "green -> red"])
    func hotEntries(temp: String) throws {
        let text = "# 2026-11-28\n\ntemp: \(temp)\nreassurance: asked if he's mad at me\nreassurance: and again\n"
        let found = findings(Self.id, in: text)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.start == Place(4, 1))
        #expect(finding.severity == .note)
    }

    @Test("Green entries and entries without a temperature are left alone", arguments: ["temp: green\n", ""])
    func calmEntries(temp: String) {
        let text = "# 2026-11-28\n\n\(temp)reassurance: asked what time he'd be home\n"
        #expect(findings(Self.id, in: text).isEmpty)
    }

    @Test("Regulating first: no note")
    func regulateFirst() {
        let text = "# 2026-11-28\n\ntemp: red\nregulate: cold water, walk\nreassurance: asked if he's mad at me\n"
        #expect(findings(Self.id, in: text).isEmpty)
    }

    @Test("Regulating after the ask does not help")
    func regulateAfter() {
        let text = "# 2026-11-28\n\ntemp: yellow\nreassurance: asked if he's mad at me\nregulate: shower\n"
        #expect(findings(Self.id, in: text).map(\.start) == [Place(4, 1)])
    }

    @Test("One note a journal day, however many asks and hot entries the day had")
    func oneNoteADay() {
        let text = "# 2026-11-28\n\n## 01:00\ntemp: red\nreassurance: texted him are we ok\n\n## 02:30\ntemp: red\nreassurance: texted again\n\nI asked him if he's mad at me. Then I called my sister to ask if I was being crazy.\n\n## 21:00\ntemp: yellow\nreassurance: asked if he still loves me\n"
        // 01:00 and 02:30 belong to 2026-11-27 (days start at 04:00), 21:00 to 2026-11-28.
        #expect(findings(Self.id, in: text).map(\.start) == [Place(5, 1), Place(15, 1)])
        let midnight = lintTestConfiguration(dayStartsAt: (0, 0))
        #expect(findings(Self.id, in: text, configuration: midnight).map(\.start) == [Place(5, 1)])
    }

    @Test("The note is at the first ask written, even when a later field records the same ask")
    func firstAskWritten() {
        let text = "# 2026-11-28\n\ntemp: red\n\nI asked him again if we're okay. Then I texted my sister to ask if I was being crazy.\n\nreassurance: asked if we're okay\n"
        #expect(findings(Self.id, in: text).map(\.start) == [Place(5, 1)])
    }

    @Test("A prose ask in a red entry is noted at the prose")
    func proseAsk() {
        let text = "# 2026-11-28\n\ntemp: red\n\nI asked him again if we're okay.\n"
        #expect(findings(Self.id, in: text).map(\.start) == [Place(5, 1)])
    }

}
