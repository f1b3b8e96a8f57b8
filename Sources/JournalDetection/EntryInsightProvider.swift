import JournalModel

/// Reads what the fields alone do not say: worst-case thoughts and reassurance told in prose.
/// The summary only counts what its provider returns, so it can run with the detectors
/// (`DetectorInsightProvider`) or without them (`FieldsOnlyInsightProvider`).
public protocol EntryInsightProvider: Sendable {
    /// The claims and prose reassurance of `entry`.
    func insights(for entry: Entry) -> EntryInsights
}
