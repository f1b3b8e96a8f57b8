/// Wording about self-harm or suicide; the linter answers it by pointing to help, never by
/// linting it as a thinking trap.
public struct CrisisMatch: Sendable, Hashable {
    /// UTF-8 byte offsets of the clause that holds the wording.
    public let utf8Range: Range<Int>
    /// The lexicon cue that fired, in plain words.
    public let cue: String

    public init(utf8Range: Range<Int>, cue: String) {
        self.utf8Range = utf8Range
        self.cue = cue
    }
}
