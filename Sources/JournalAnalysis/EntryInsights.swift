import JournalModel

/// One worst-case thought found in an entry, as the summary counts it. Carries no words.
public struct ClaimInsight: Sendable, Hashable {
    /// The detector's name for the kind of claim (`fortune-telling`, `magnification`, `what-if`).
    public let kind: String
    /// Whether the entry cross-examines it: an `evidence:` section with at least one item.
    public let examined: Bool
    /// Whether that evidence has an `against:` item.
    public let hasAgainst: Bool

    public init(kind: String, examined: Bool, hasAgainst: Bool) {
        self.kind = kind
        self.examined = examined
        self.hasAgainst = hasAgainst
    }
}

/// What a detector found in one entry beyond its fields.
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

/// Reads what the fields alone do not say: worst-case thoughts and reassurance told in prose.
/// The thinking-trap detector provides one; the summary only counts what it returns.
public protocol EntryInsightProvider: Sendable {
    /// The claims and prose reassurance of `entry`.
    func insights(for entry: Entry) -> EntryInsights
}

/// The provider to use without a detector: no claims, no prose reassurance, so reassurance
/// comes only from `reassurance:` fields.
public struct FieldsOnlyInsightProvider: EntryInsightProvider {
    public init() {}
    public func insights(for entry: Entry) -> EntryInsights { .none }
}

/// A provider made of a closure, handy in tests and for wiring a detector in.
public struct ClosureInsightProvider: EntryInsightProvider {
    let body: @Sendable (Entry) -> EntryInsights
    public init(_ body: @escaping @Sendable (Entry) -> EntryInsights) { self.body = body }
    public func insights(for entry: Entry) -> EntryInsights { body(entry) }
}

extension ClaimInsight {
    /// A claim of `kind` in `entry`, examined as the format defines it (an evidence section with
    /// at least one item), so a detector need only say where and what kind.
    public init(kind: String, in entry: Entry) {
        self.init(kind: kind, examined: entry.hasExaminedEvidence,
                  hasAgainst: entry.evidence.contains { !$0.items.isEmpty && $0.hasAgainst })
    }
}
