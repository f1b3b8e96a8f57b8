import Testing
import ThinkingTraps

/// Self-harm and suicide wording is found; figures of speech are not.
@Suite struct CrisisLanguageTests {
    let crisis = CrisisLanguageDetector()

    @Test(arguments: [
        "Some nights I want to kill myself.",
        "I want to die.",
        "I just want to end it all.",
        "I thought about hurting myself again.",
        "There's no reason to live anymore.",
        "Everyone would be better off without me.",
        "I've been having suicidal thoughts.",
        "I don't want to be here anymore.",
        "I wish I was dead.",
        "I cut myself last night.",
    ])
    func crisisWordingIsFound(_ text: String) {
        #expect(!crisis.matches(in: text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "This traffic is killing me.",
        "I'd die of embarrassment.",
        "I'm dying to see the new film.",
        "We killed time at the airport.",
        "I nearly killed myself laughing at his joke.",
        "The battery died halfway home.",
        "She looked drop dead gorgeous.",
        "He's going to leave me.",
        "I hurt my ankle on the stairs.",
        "",
    ])
    func figuresOfSpeechAreNotCrisis(_ text: String) {
        #expect(crisis.matches(in: text).isEmpty, "\(text)")
    }

    @Test func spanIsTheClause() throws {
        let text = "It was a long day, and honestly I want to die."
        let match = try #require(crisis.matches(in: text).first)
        #expect(spanText(match.utf8Range, in: text) == "and honestly I want to die")
    }
}
