import MarkdownSyntax

/// An act of reassurance-seeking: a `reassurance:` field, or prose that describes asking.
public struct ReassuranceAct: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable { case field, prose }
    public let source: Source
    public let range: SourceRange
    /// The cue that fired, for prose acts.
    public let cue: String?
    /// The count the act's words give the day's asks, at least ("for the third time tonight":
    /// 3); 1 when they give none.
    public let atLeast: Int

    public init(source: Source, range: SourceRange, cue: String?, atLeast: Int = 1) {
        self.source = source
        self.range = range
        self.cue = cue
        self.atLeast = max(1, atLeast)
    }

    /// How many asks a run of acts in time order makes, at least: each act is one more ask than
    /// the one before, or its own count when that is more ("for the third time tonight" is ask
    /// number 3 even when it is the first one written down). Starting from `before` asks.
    public static func askCount(of acts: some Sequence<ReassuranceAct>, after before: Int = 0) -> Int {
        acts.reduce(before) { Swift.max($0 + 1, $1.atLeast) }
    }
}
