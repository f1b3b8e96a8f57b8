/// One act of reassurance-seeking described in prose ("asked him again if we're okay").
public struct ReassuranceMatch: Sendable, Hashable {
    /// UTF-8 byte offsets of the clause that describes the act.
    public let utf8Range: Range<Int>
    /// The lexicon cue that fired, in plain words.
    public let cue: String

    public init(utf8Range: Range<Int>, cue: String) {
        self.utf8Range = utf8Range
        self.cue = cue
    }
}
