/// What a detector found in one entry beyond its fields, without the writer's words.
public struct EntryInsights: Sendable, Hashable {
    /// Worst-case thoughts found in the entry's prose.
    public let claims: [ClaimInsight]
    /// Acts of reassurance-seeking told in prose ("I texted him again to ask if we're okay"),
    /// counted on top of the entry's `reassurance:` fields.
    public let proseReassuranceActs: Int

    public init(claims: [ClaimInsight] = [], proseReassuranceActs: Int = 0) {
        self.claims = claims
        self.proseReassuranceActs = proseReassuranceActs
    }

    public static let none = EntryInsights()
}
