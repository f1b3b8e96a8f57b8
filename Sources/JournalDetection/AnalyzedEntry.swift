import JournalModel

/// An entry with what the detectors found in it; computed once and shared by every rule and by
/// the summary, so they never disagree.
public struct AnalyzedEntry: Sendable {
    public let entry: Entry
    public let claims: [Claim]
    /// Reassurance acts in source order (fields and prose).
    public let reassurance: [ReassuranceAct]
    /// Every ask told in prose, in source order, before a field and prose telling of the same
    /// ask are merged into one act: where asks were written, for judging what came between
    /// two readings (`reassurance` keeps only the prose acts beyond the fields' count).
    public let reassuranceInProse: [ReassuranceAct]
    public let crisis: [CrisisMention]
}
