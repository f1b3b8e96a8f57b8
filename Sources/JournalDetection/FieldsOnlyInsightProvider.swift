import JournalModel

/// The provider to use without a detector: no claims, no prose reassurance, so reassurance
/// comes only from `reassurance:` fields.
public struct FieldsOnlyInsightProvider: EntryInsightProvider {
    public init() {}
    public func insights(for entry: Entry) -> EntryInsights { .none }
}
