import Testing
@testable import JournalModel
import MarkdownSyntax

@Suite struct FieldTests {
    @Test(arguments: ["temp: red", "TEMP: red", "Temp: Red", "tEmP:   RED  "])
    func keysAndTemperatureWordsAreCaseInsensitive(_ line: String) throws {
        #expect(try entry(line + "\n").temperatures.map(\.value) == [.red])
    }

    @Test(arguments: [
        "the temp: red thing",
        "note:temp red",       // an unknown key with no space: the known key after it is prose
        "`temp`: red",
        "Temperature dropped outside",  // a synonym without its colon and no temperature: prose
        "fact is, I was tired",         // a key without its colon is read only where nothing else is meant
    ])
    func notAField(_ line: String) throws {
        let entry = try entry(line + "\n")
        #expect(entry.temperatures.isEmpty, "\(line)")
        #expect(!entry.bodyProse.isEmpty)
    }

    @Test func fieldMustStartItsLineButAnyLineOfAParagraph() throws {
        let entry = try entry("He didn't answer.\ntemp: red\nStill nothing. temp: green\n")
        #expect(entry.temperatures.map(\.value) == [.red])
        #expect(entry.bodyProse.map(\.text) == ["He didn't answer. Still nothing. temp: green"])
    }

    @Test func fieldsInListItems() throws {
        let entry = try entry("- temp: red\n- urge: call (acted)\n1. regulate: walk\n")
        #expect(entry.temperatures.map(\.value) == [.red])
        #expect(entry.urges.map(\.outcome) == [.acted])
        #expect(entry.regulation.map(\.techniques) == [["walk"]])
    }

    @Test func fieldsInBlockQuotesAreQuotedWordsNotFields() throws {
        let entry = try entry("> temp: red\n")
        #expect(entry.temperatures.isEmpty)
        #expect(entry.quotedProse.map(\.text) == ["temp: red"])
    }

    @Test func fieldsInHeadingsAreNotFields() throws {
        let journal = build("# 2026-11-28\n## temp: red\n")
        #expect(journal.entries.first?.temperatures.isEmpty == true)
    }

    @Test(arguments: [
        ("temp: red -> yellow", [Temperature.red, .yellow]),
        ("temp: red→yellow→green", [.red, .yellow, .green]),
        ("temp: red => green", [.red, .green]),
        ("temp: yellow ->green", [.yellow, .green]),
    ])
    func trajectories(_ line: String, _ expected: [Temperature]) throws {
        #expect(try entry(line + "\n").temperatures.map(\.value) == expected)
    }

    @Test func temperatureReadingRangesAreTheWords() throws {
        let entry = try entry("temp: red → yellow\n")
        // "temp: " is 6 bytes; red at 7; " → " is 5 bytes (→ is 3); yellow at 15.
        #expect(entry.temperatures.map(\.range) == [SourceRange(line: 3, column: 7, length: 3), SourceRange(line: 3, column: 15, length: 6)])
    }

    @Test func severalTempLinesAreATrajectoryInOrder() throws {
        let entry = try entry("temp: red\n\ntext\n\ntemp: yellow -> green\n")
        #expect(entry.temperatures.map(\.value) == [.red, .yellow, .green])
        #expect(entry.peakTemperature == .red)
    }

    @Test(arguments: [
        ("temp: purple", "purple", 7),
        ("temp: red -> blue", "blue", 14),
        ("temp: orange", "orange", 7),
    ])
    func invalidTemperatureIsAProblemAtTheWord(_ line: String, _ word: String, _ column: Int) throws {
        let journal = build("# 2026-11-28\n\n" + line + "\n")
        let problem = try #require(journal.problems.first)
        #expect(journal.problems.count == 1)
        #expect(problem.kind == .invalidFieldValue)
        #expect(problem.fieldKey == .temp)
        #expect(problem.range == SourceRange(line: 3, column: column, length: word.utf8.count))
        #expect(slice(problem.range, of: journal) == word)
        #expect(problem.message.contains("red") && problem.message.contains("yellow") && problem.message.contains("green"))
    }

    @Test func emptyTemperatureIsWaitingToBeFilled() throws {
        let journal = build("# 2026-11-28\n\ntemp:\n")
        #expect(journal.problems.map(\.kind) == [.emptyFieldValue])
        #expect(journal.problems.first?.range == SourceRange(line: 3, column: 1, length: 5))
    }

    @Test func emptyTrajectoryStepIsAProblem() throws {
        let journal = build("# 2026-11-28\n\ntemp: red -> \n")
        #expect(journal.entries.first?.temperatures.map(\.value) == [.red])
        #expect(journal.problems.map(\.kind) == [.invalidFieldValue])
    }

    @Test(arguments: [
        ("urge: text him again (resisted)", "text him again", UrgeOutcome.resisted),
        ("urge: text him again (acted)", "text him again", .acted),
        ("urge: text him again (Acted)", "text him again", .acted),
        ("urge: text him again", "text him again", .unspecified),
        ("urge: (acted) first", "(acted) first", .unspecified),
        ("urge: call (maybe)", "call (maybe)", .unspecified),
    ])
    func urges(_ line: String, _ text: String, _ outcome: UrgeOutcome) throws {
        let urge = try #require(try entry(line + "\n").urges.first)
        #expect(urge.text == text)
        #expect(urge.outcome == outcome)
        #expect(urge.range == SourceRange(line: 3, column: 1, length: line.utf8.count))
    }

    @Test(arguments: [
        ("regulate: cold water, walk", ["cold water", "walk"]),
        ("regulate: shower", ["shower"]),
        ("regulate:  weighted blanket ,  , breathwork ,", ["weighted blanket", "breathwork"]),
        ("regulate: spicy or sour food", ["spicy or sour food"]),
    ])
    func regulation(_ line: String, _ expected: [String]) throws {
        #expect(try entry(line + "\n").regulation.map(\.techniques) == [expected])
    }

    @Test func factsAndReframes() throws {
        let entry = try entry("fact: he is at work.\nreframe: silence is not abandonment\nFACT: another\n")
        #expect(entry.facts.map(\.kind) == [.fact, .reframe, .fact])
        #expect(entry.facts.map(\.text) == ["he is at work.", "silence is not abandonment", "another"])
    }

    @Test func triggersAndReassurance() throws {
        let entry = try entry("trigger: seen at 14:02, no reply\nreassurance: asked Noor if I'm too much\nreassurance: asked Sam again\n")
        #expect(entry.triggerNotes.map(\.text) == ["seen at 14:02, no reply"])
        #expect(entry.reassurance.map(\.text) == ["asked Noor if I'm too much", "asked Sam again"])
    }

    @Test func fieldValuesKeepTheSourceNotTheLiteral() throws {
        // The value is read from the source line, so escapes stay as written.
        let entry = try entry("fact: 5 \\* 3 &amp; more\n")
        #expect(entry.facts.first?.text == "5 \\* 3 &amp; more")
    }

    @Test func fieldLinesAreNotProse() throws {
        let entry = try entry("He's late.\ntemp: red\nfact: the train stalled\n")
        #expect(entry.bodyProse.map(\.text) == ["He's late."])
    }

    @Test func unrecognizedKeysAreRecordedAndStayProse() throws {
        let entry = try entry("evidnce: he hates me\nTmp: red\nToday: a long day\n")
        #expect(entry.unrecognizedFields.map(\.key) == ["evidnce", "Tmp", "Today"])
        #expect(entry.unrecognizedFields.map(\.keyRange) == [
            SourceRange(line: 3, column: 1, length: 7), SourceRange(line: 4, column: 1, length: 3), SourceRange(line: 5, column: 1, length: 5),
        ])
        #expect(entry.bodyProse.map(\.text) == ["evidnce: he hates me Tmp: red Today: a long day"])
        #expect(entry.evidence.isEmpty && entry.temperatures.isEmpty)
    }

    @Test(arguments: ["https://x.org", "Note:this", "a very long key that is not a key: value", "12:30 lunch"])
    func linesThatAreNotFieldShaped(_ line: String) throws {
        #expect(try entry(line + "\n").unrecognizedFields.isEmpty, "\(line)")
    }

    @Test func crlfFieldValuesHaveNoCarriageReturn() throws {
        let journal = JournalBuilder.build(bytes: Array("# 2026-11-28\r\n\r\ntemp: red\r\nfact: done  \r\nregulate: walk, tea\r\n".utf8), path: "j.md")
        let entry = try #require(journal.entries.first)
        #expect(entry.temperatures.map(\.value) == [.red])
        #expect(entry.temperatures.first?.range == SourceRange(line: 3, column: 7, length: 3))
        #expect(entry.facts.map(\.text) == ["done"])
        #expect(entry.regulation.map(\.techniques) == [["walk", "tea"]])
        #expect(journal.problems.isEmpty)
    }
}
