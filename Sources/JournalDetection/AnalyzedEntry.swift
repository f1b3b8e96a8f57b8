import JournalModel

/// An entry with what the detectors found in it; computed once and shared by every rule and by
/// the summary, so they never disagree.
public struct AnalyzedEntry: Sendable {
    public let entry: Entry
    public let claims: [Claim]
    /// Reassurance acts in source order (fields and prose).
    public let reassurance: [ReassuranceAct]
    public let crisis: [CrisisMention]
}
