/// One act of reassurance-seeking described in prose ("asked him again if we're okay").
public struct ReassuranceMatch: Sendable, Hashable {
    /// UTF-8 byte offsets of the clause that describes the act.
    public let utf8Range: Range<Int>
    /// The lexicon cue that fired, in plain words.
    public let cue: String
    /// The count the sentence gives the day's asks, at least ("for the third time tonight": 3,
    /// "4 times", "again and again": 3); 1 when it gives none.
    public let atLeast: Int
    /// Who was asked and what about.
    public let topic: ReassuranceTopic

    public init(utf8Range: Range<Int>, cue: String, atLeast: Int = 1, topic: ReassuranceTopic = .unknown) {
        self.utf8Range = utf8Range
        self.cue = cue
        self.atLeast = max(1, atLeast)
        self.topic = topic
    }
}
