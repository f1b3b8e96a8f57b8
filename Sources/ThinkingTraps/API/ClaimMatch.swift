/// One catastrophizing claim found in prose.
public struct ClaimMatch: Sendable, Hashable {
    /// UTF-8 byte offsets into the text that was passed in: the clause that makes the claim,
    /// so an editor can underline exactly that and not the whole paragraph.
    public let utf8Range: Range<Int>
    /// Which shape of catastrophizing the clause has.
    public let kind: ClaimKind
    /// The lexicon cue that fired, in plain words (e.g. "going to leave me"), so a finding can
    /// say why it fired.
    public let cue: String

    public init(utf8Range: Range<Int>, kind: ClaimKind, cue: String) {
        self.utf8Range = utf8Range
        self.kind = kind
        self.cue = cue
    }
}
