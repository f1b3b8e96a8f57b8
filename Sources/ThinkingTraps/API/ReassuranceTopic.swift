/// Who an act of reassurance-seeking asked and what about, to tell two records of one ask (a
/// `reassurance:` field and the prose that tells the same story) from two asks in one entry
/// (the field, and a call to a sister about something else).
public struct ReassuranceTopic: Sendable, Hashable {
    /// The person asked, when the text names one: a name or "my sister" (its last word), or a
    /// pronoun ("him").
    let addressee: Addressee?
    /// Hashes of the words that say what was asked (not function words, not asking verbs).
    let words: Set<UInt64>

    /// A text that names nobody and nothing asked: the same ask as any other.
    public static let unknown = ReassuranceTopic(addressee: nil, words: [])

    enum Addressee: Sendable, Hashable {
        case named(UInt64)
        case pronoun(Int32)
    }

    /// Whether the two texts can tell of one ask: they do not name different people (two
    /// names, or two pronouns, that differ; a pronoun may stand for a name), and either one says
    /// nothing of what was asked ("asked again") or they share a word of what was asked.
    public func isSameAsk(as other: ReassuranceTopic) -> Bool {
        switch (addressee, other.addressee) {
        case (.named(let lhs)?, .named(let rhs)?) where lhs != rhs: return false
        case (.pronoun(let lhs)?, .pronoun(let rhs)?) where lhs != rhs: return false
        default: break
        }
        if words.isEmpty || other.words.isEmpty { return true }
        return !words.isDisjoint(with: other.words)
    }

    /// Whether a record of an ask (a `reassurance:` field) clearly tells of the ask `other`
    /// tells (in prose): they differ in nothing (`isSameAsk`) and agree on who or on what (the
    /// same name, or the same pronoun, or a word of what was asked in common), or one of them
    /// names nobody and nothing ("Asked again" as a title, "reassurance: yes") and so tells of
    /// no ask but the one beside it. Two that each say who or what, and agree on none of it
    /// ("reassurance: called him at lunch", "asked my sister if I was being too much"), are two
    /// acts: distinct asks in one entry are distinct acts unless the words say they are one.
    public func clearlyTellsOfSameAsk(as other: ReassuranceTopic) -> Bool {
        guard isSameAsk(as: other) else { return false }
        if self == .unknown || other == .unknown { return true }
        if let addressee, addressee == other.addressee { return true }
        return !words.isDisjoint(with: other.words)
    }
}
