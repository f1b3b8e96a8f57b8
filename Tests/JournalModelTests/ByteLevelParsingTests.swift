import Testing
@testable import JournalModel
import MarkdownSyntax

/// The builder reads keys and values on bytes where the bytes that decide are ASCII; these check
/// that it answers as the string code it replaced, non-ASCII neighbours included.
@Suite struct ByteLevelParsingTests {
    @Test(arguments: ["temp", "TEMP", "Evidence", "reassurance", "URGE", "regulate", "fact", "reFrame", "trigger",
                      "tmp", "evidnce", "temps", "", "for", "against", "k", "facts"])
    func fieldKeyFromBytesMatchesTheString(_ key: String) {
        #expect(FieldKey(caseInsensitiveBytes: Array(key.utf8)[...]) == FieldKey(caseInsensitive: key))
    }

    /// Every key is found from its bytes, in either case: the look-up picks a key by first letter
    /// and length, which a new key must be added to.
    @Test(arguments: FieldKey.allCases)
    func everyKeyIsRecognisedFromBytes(_ key: FieldKey) {
        #expect(FieldKey(caseInsensitiveBytes: Array(key.rawValue.utf8)[...]) == key)
        #expect(FieldKey(caseInsensitiveBytes: Array(key.rawValue.uppercased().utf8)[...]) == key)
        #expect(FieldKey(caseInsensitiveBytes: Array((key.rawValue + "s").utf8)[...]) == nil)
    }

    @Test(arguments: ["for: he said so", "FOR:x", "Against:  it was late ", "against:", "for:", "fo", "neutral text",
                      "for:\u{301} odd", "føer: x", "against:é", "éagainst: x", "for", ""])
    func evidenceItemsMatchTheStringRules(_ text: String) {
        let (stance, rest) = FieldValueParser.evidenceItem(text)
        let lowered = text.lowercased()
        var expected: (EvidenceStance, String) = (.neutral, text)
        for candidate in [EvidenceStance.for, .against] where lowered.hasPrefix(candidate.rawValue + ":") {
            expected = (candidate, text.dropFirst(candidate.rawValue.count + 1).trimmingSpaces())
            break
        }
        #expect(stance == expected.0)
        #expect(rest == expected.1)
    }

    /// Evidence list items are read from their literal bytes, trimmed there.
    @Test(arguments: ["for: he said so", " FOR:x ", "\tAgainst:  it was late ", "against:", "for:", "fo", "neutral text  ",
                      "for:\u{301} odd", "føer: x", "against:é ", "éagainst: x", "for", "", "  ", "x\u{301} ", "for: a\u{600} "])
    func evidenceItemsFromBytesMatchTheString(_ text: String) {
        var text = text
        let fromBytes = text.withUTF8 { FieldValueParser.evidenceItem(trimming: $0) }
        let fromString = FieldValueParser.evidenceItem(text.trimmingSpaces())
        #expect(fromBytes.0 == fromString.0)
        #expect(fromBytes.1 == fromString.1)
    }

    /// Titles, regulate techniques and urge texts are trimmed as bytes.
    @Test(arguments: ["  plain  ", "tab\t", "", "   ", "é ", "a\u{600} ", " \u{301}x", "x\u{301}"])
    func bytesTrimLikeTheString(_ text: String) {
        #expect(ASCIIBytes.trimmedSpacesString(Array(text.utf8)[...]) == text.trimmingSpaces())
    }

    /// An all-ASCII urge is read on bytes; every shape of outcome zone gives what the character
    /// path gives (built from pieces, so marks, spaces, cases and trailing dots meet in every order).
    @Test func asciiUrgeOutcomesMatchTheCharacterPath() {
        let heads = ["text him", "call mom", "", "  ", "check his location", "x"]
        let marks = [" (", "(", ", ", ",", "; ", ": ", " - ", "- ", " -", " ", " -- "]
        let zones = ["resisted", "RESISTED", " acted ", "did not send it", "didn't", "waited 20 min, then slept", "gave in",
                     "couldn't resist", "held off!", "ok", "", "it's fine'", "did it", "2 hrs"]
        let tails = [")", "", ").", ") !", " )", "..", "!"]
        for head in heads {
            for mark in marks {
                for zone in zones {
                    for tail in tails {
                        let value = head + mark + zone + tail
                        let ascii = FieldValueParser.asciiOutcomeZone(of: Array(value.utf8)[...], in: value)
                        #expect(ascii == FieldValueParser.outcomeZone(of: value), "\(value)")
                    }
                }
            }
        }
    }

    @Test(arguments: [
        ("text him (resisted)", "text him", UrgeOutcome.resisted),
        ("text him (RESISTED)", "text him", .resisted),
        ("call (acted)", "call", .acted),
        ("call (Acted)  ", "call", .acted),
        ("(acted)", "", .acted),
        ("call", "call", .unspecified),
        ("écrire (acted)", "écrire", .acted),
        ("call (acté)", "call (acté)", .unspecified),
    ])
    func urgeOutcomes(_ value: String, _ text: String, _ outcome: UrgeOutcome) throws {
        let urge = try #require(try entry("urge: \(value)\n").urges.first)
        #expect(urge.text == text)
        #expect(urge.outcome == outcome)
    }

    @Test(arguments: [
        ("cold water, walk", ["cold water", "walk"]),
        (" , walk,, ", ["walk"]),
        ("café, thé", ["café", "thé"]),
        ("a,\u{301}b, c", ["a,\u{301}b", "c"]),   // a comma with a combining mark is not a separator
        ("breathe", ["breathe"]),
    ])
    func regulationTechniques(_ value: String, _ techniques: [String]) throws {
        let regulation = try #require(try entry("regulate: \(value)\n").regulation.first)
        #expect(regulation.techniques == techniques)
    }

    @Test(arguments: [("Red", [Temperature.red]), ("yellow -> GREEN", [.yellow, .green]), ("rød", []), ("red → purple", [.red])])
    func temperatureWords(_ value: String, _ readings: [Temperature]) throws {
        #expect(try entry("temp: \(value)\n").temperatures.map(\.value) == readings)
    }

    @Test func tagNamesLowercaseAsciiAndUnicode() throws {
        let tags = try entry("A #Work day, #ÉTÉ and #Mixed_Case/x-.\n").tags.map(\.name)
        #expect(tags == ["work", "été", "mixed_case/x"])
    }

    @Test(arguments: ["journal/2026-11-28.md", "2026-11-28.md", "a/b/2026-11-28-evening.md", "a/2026-11-28/", "//", "",
                      "notes/2026-13-01.md", "dossier é/2026-11-28.md", "x/2026-11-28x.md"])
    func dailyNoteNames(_ path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let expected = DailyNoteName.date(inPath: name)
        switch (DailyNoteName.date(inPath: path), expected) {
        case (.notDaily, .notDaily): break
        case (.valid(let a), .valid(let b)): #expect(a == b)
        case (.invalid(let a), .invalid(let b)): #expect(a == b)
        default: Issue.record("\(path): different answers")
        }
    }
}
