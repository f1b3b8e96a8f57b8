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

    /// `$` in a pattern: the clause ends there, so a bare "not be" is a wish not to exist and
    /// "not be so clingy" is not.
    @Test func anEndMarkerReadsTheClauseEnd() {
        #expect(!crisis.matches(in: "sometimes i wish i could just not be").isEmpty)
        #expect(!crisis.matches(in: "I wish I could just not be, some nights.").isEmpty)
        #expect(crisis.matches(in: "i wish i could just not be so clingy").isEmpty)
        #expect(crisis.matches(in: "i should just go to bed").isEmpty)
    }

    /// Wording that names the writer ("without me") is someone else's when he is reported saying it.
    @Test func reportedSpeechAboutTheWriterIsTheSpeakers() {
        #expect(crisis.matches(in: "he said he'd be better off without me and hung up").isEmpty)
        #expect(!crisis.matches(in: "i told my sister everyone would be better off without me").isEmpty)
        #expect(!crisis.matches(in: "my kids would be better off without me").isEmpty)
    }

    /// Look-alikes of the wider vocabulary: waking someone else, a place to be, a topic, money.
    @Test(arguments: [
        "i don't want to wake up the baby",
        "i dont want to be here at this party anymore",
        "the lecture on self harm in teens was hard",
        "the pharmacist said taking all the pills at once isn't safe",
        "i'm a drain on my parents' wallet lol",
        "i hope the plane doesn't crash lol",
        "i'd rather die than go back to that gym",
    ])
    func wideVocabularyLookAlikes(_ text: String) {
        #expect(crisis.matches(in: text).isEmpty, "\(text)")
    }

    @Test func spanIsTheClause() throws {
        let text = "It was a long day, and honestly I want to die."
        let match = try #require(crisis.matches(in: text).first)
        #expect(spanText(match.utf8Range, in: text) == "and honestly I want to die")
    }

    /// Issue 13's outside classes: a quote after a name and a speech verb is the named person's;
    /// the writer's own message quoted stays the writer's.
    @Test func aQuoteAfterANameIsSomeoneElses() {
        let crisis = CrisisLanguageDetector()
        #expect(crisis.matches(in: "Mia said 'I just want to disappear'").isEmpty)
        #expect(crisis.matches(in: "priya texted 'i dont want to be here anymore' so i rang her").isEmpty)
        #expect(!crisis.matches(in: "then texted him 'i dont want to be here anymore'").isEmpty)
        #expect(!crisis.matches(in: "I texted my sister 'I want to disappear for good'").isEmpty)
    }

    /// Harm told by the act on a body part is found; an accident to one is not.
    @Test func harmToABodyPartWithoutTheWordHarm() {
        let crisis = CrisisLanguageDetector()
        #expect(!crisis.matches(in: "scratched my forearms till they bled again last night").isEmpty)
        #expect(!crisis.matches(in: "pinched my thighs till they bruised, where nobody looks").isEmpty)
        #expect(crisis.matches(in: "burned my hand on the kettle again, so clumsy").isEmpty)
        #expect(crisis.matches(in: "bit my lip till it bled during the exam").isEmpty)
    }
}
