import Testing
@testable import JournalModel

/// `FieldLine.isRuledOut(byExactLiteral:)` may only rule out lines that `FieldLine` would reject.
@Suite struct FieldPrefilterTests {
    private func ruledOut(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { FieldLine.isRuledOut(byExactLiteral: $0) }
    }

    @Test(arguments: ["I felt fine today", "the temp: red", "1 temp: red", "tempo red", "tem.p: x",
                      "abcdefghijklmnopqrstuvwxyz: too long a key"])
    func proseIsRuledOut(_ text: String) {
        #expect(ruledOut(text), "\(text)")
    }

    @Test(arguments: ["temp: red", "temp:", "temp", "temp red", "Triggers - x", "trigger-note: x", "temp:red", "", "abcdefghijklmnopqrstuvwx: 24 bytes"])
    func possibleFieldsAreLeftToTheFullCheck(_ text: String) {
        #expect(!ruledOut(text), "\(text)")
    }

    @Test func fieldsAfterProseLinesAndAfterSplitPiecesAreStillRead() throws {
        let withField = try entry("Some prose first.\ntemp: red\nmore prose\n")
        #expect(withField.temperatures.map(\.value) == [.red])
        let split = try entry("temp&#58; red\nte\\mp: red\n")
        #expect(split.temperatures.isEmpty)
    }
}
