import MarkdownSyntax

/// What a detector found in one entry beyond its fields; the writer's words only when the
/// provider was asked for them (`ClaimInsight.sentence`).
public struct EntryInsights: Sendable, Hashable {
    /// Worst-case thoughts found in the entry's prose, and thoughts that might be worst-case
    /// (`ClaimInsight.isPossible`).
    public let claims: [ClaimInsight]
    /// Acts of reassurance-seeking told in prose ("I texted him again to ask if we're okay"),
    /// counted on top of the entry's `reassurance:` fields.
    public let proseReassuranceActs: Int
    /// Where each ask told in prose starts, in source order (asks a `reassurance:` field also
    /// records included): what came between two readings is judged by these and the fields.
    public let proseReassuranceLocations: [SourceLocation]
    /// The count of asks the entry's own words give its day, at least: its acts, or more when
    /// one says so ("for the third time tonight"); 0 when it says nothing beyond its acts.
    public let reassuranceAtLeast: Int
    /// How many times the entry speaks of crisis (`crisis-language`): a review says on which
    /// days, so that a therapist reading it does not miss what lint points to help for.
    public let crisisMentions: Int

    public init(claims: [ClaimInsight] = [], proseReassuranceActs: Int = 0, proseReassuranceLocations: [SourceLocation] = [],
                reassuranceAtLeast: Int = 0, crisisMentions: Int = 0) {
        self.claims = claims
        self.proseReassuranceActs = proseReassuranceActs
        self.proseReassuranceLocations = proseReassuranceLocations
        self.reassuranceAtLeast = reassuranceAtLeast
        self.crisisMentions = crisisMentions
    }

    public static let none = EntryInsights()
}
