/// Word classes the context rules read by name. The lexicon must define each of them, so the
/// words stay data while the rules that use them stay code.
struct ContextClasses: Sendable {
    /// "not", "never", "no": a negated cue is not a claim.
    let negator: Int
    /// "maybe", "might", "perhaps": a hedged prediction is not given as certain.
    let hedge: Int
    /// "but", "because", "so": clause openers that bound negation and hedges.
    let conjunction: Int
    /// "and", "then": a negation after the cue's frame stops at these ("he will not reply and
    /// then he will leave me" still predicts the leaving).
    let coordinator: Int
    /// Grave outcomes (death, injury, violence): a leap to these is a claim even when hedged.
    let grave: Int
    /// "can't stop thinking", "can't help": wording with "not" that negates nothing.
    let notNegation: Int
    /// "what if": a cue inside a what-if question belongs to the what-if.
    let whatIf: Int
    /// "i doubt", "i do not think": doubt about what follows in the sentence.
    let doubt: Int
    /// "used to think", "told myself": a worry the writer reports as past or talks back to.
    let distancing: Int
    /// "i thought", "i was afraid": a past worry, dropped when a contrast follows.
    let pastWorry: Int
    /// "but", "turns out", "actually": the contrast that questions a past worry.
    let contrast: Int
    /// "that is not true", "that is my anxiety talking": a sentence that rebuts the one before.
    let rebuttal: Int
    /// "said", "told me": someone else's words follow.
    let speech: Int
    /// "then", "i would still": a sentence that answers a what-if question.
    let answer: Int
    /// "no", "of course not": a whole sentence that says no to the question before it.
    let denial: Int
    /// Subject pronouns, to tell who did an act.
    let subject: Int
    /// The writer as subject: "i".
    let firstPerson: Int
    /// "wanted to", "almost", "without": an act that did not happen.
    let notActed: Int
    /// "me" right after an asking verb: someone asked the writer, not the other way round.
    let selfObject: Int
    /// Crisis wording: "i", "me", "myself" — the writer holds the words.
    let crisisSelf: Int
    /// Crisis wording: people and things other than the writer ("she", "patient", "phone").
    let crisisOther: Int
    /// Crisis wording: verbs that introduce someone's quoted words ("said", "texted").
    let crisisSpeech: Int
    /// Crisis wording: verbs in the third person ("wants", "is"): not the writer's, unless a
    /// word of the writer comes first ("part of me wants …").
    let crisisThirdPerson: Int
    /// Crisis wording: "if", "whether" — "asked me if I …" is a question to the writer.
    let crisisQuestion: Int
    /// Crisis wording: "for", "to" before a person who receives something ("a card for mum"):
    /// that person is not the one whose words follow.
    let crisisRecipient: Int
    /// Reassurance: the asking verbs ("asked", "texted", "called").
    let ask: Int
    /// Reassurance: who may be asked ("him", "my partner").
    let personObject: Int
    /// People as the subject of a verb ("my mum", "my boss", "everyone"): "my mum asked if I
    /// was okay" is her ask, not the writer's.
    let person: Int
    /// Reassurance: people who serve the writer ("the barista", "the vet"): asking them is
    /// asking for information.
    let servicePerson: Int
    /// Reassurance: symptoms, results, doses ("asked him if the rash looked okay"): an ask
    /// about the body, not about the relationship.
    let healthTopic: Int
    /// Reassurance: words that say nothing of what was asked ("the", "if", "again", "today").
    let reassuranceFiller: Int
    /// Reassurance: a message ("text", "call"), another's ("his", "her") or received ("got",
    /// "from"): "his text asking if we're okay" is reassurance received, not an ask.
    let messageNoun: Int
    let messageOwner: Int
    let messageReceived: Int
    /// Reassurance: `times-N` classes ("third time", "4 times"), largest count first: the day
    /// had at least N asks.
    let times: [(count: Int, classIndex: Int)]
    /// Reassurance: "this week", "in a row": the count is not the day's.
    let timesNotToday: Int

    /// "will", "going to": a future frame (the word model's claims are named by it).
    let future: Int
    /// "i bet", "must": a certainty frame.
    let certainty: Int
    /// Ruin and loss of livelihood or mind: a hedged prediction of these is tier 2.
    let doom: Int
    /// What a loved one may do ("leave me", "find someone else"): a hedged one is tier 2.
    let abandonment: Int
    /// "lose him", "lose my friends".
    let lostPerson: Int
    /// "but", "because": a claim's `~N` gap never crosses these (a comma or "while" it may).
    let gapStop: Int
    /// Words that open a clause inside a sentence ("i", "he", "if"): negation does not reach past them.
    let clauseOpener: Int

    init(classIndex: [String: Int]) throws {
        func named(_ name: String) throws -> Int {
            guard let index = classIndex[name] else {
                throw LexiconError(line: 0, message: "the lexicon must define word class {\(name)}")
            }
            return index
        }
        negator = try named("negator"); hedge = try named("hedge"); conjunction = try named("conjunction")
        doubt = try named("doubt"); distancing = try named("distancing"); pastWorry = try named("past-worry")
        contrast = try named("contrast"); rebuttal = try named("rebuttal"); speech = try named("speech")
        answer = try named("answer"); denial = try named("denial"); subject = try named("subject"); firstPerson = try named("first-person")
        notActed = try named("not-acted"); coordinator = try named("coordinator"); grave = try named("grave"); whatIf = try named("what-if"); notNegation = try named("not-negation"); selfObject = try named("self-object")
        future = try named("future"); certainty = try named("certainty"); doom = try named("doom")
        abandonment = try named("abandonment"); lostPerson = try named("lost-person"); clauseOpener = try named("clause-opener"); gapStop = try named("gap-stop")
        crisisSelf = try named("crisis-self"); crisisOther = try named("crisis-other")
        crisisSpeech = try named("crisis-speech"); crisisThirdPerson = try named("crisis-third-person")
        crisisQuestion = try named("crisis-question"); crisisRecipient = try named("crisis-recipient")
        ask = try named("ask"); personObject = try named("person-object"); person = try named("person")
        reassuranceFiller = try named("reassurance-filler")
        servicePerson = try named("service-person"); healthTopic = try named("health-topic")
        messageNoun = try named("message-noun"); messageOwner = try named("message-owner"); messageReceived = try named("message-received")
        timesNotToday = try named("times-not-today")
        times = classIndex.compactMap { name, index in
            guard name.hasPrefix("times-"), let count = Int(name.dropFirst("times-".count)), count > 1 else { return nil }
            return (count, index)
        }.sorted { $0.count > $1.count }
    }
}
