import JournalModel

/// One worst-case thought found in an entry, as the summary counts it. Carries the writer's
/// words only when the provider was asked for them.
public struct ClaimInsight: Sendable, Hashable {
    /// The detector's name for the kind of claim (`fortune-telling`, `magnification`, `what-if`).
    public let kind: String
    /// Whether the entry cross-examines it: an `evidence:` section with at least one item.
    public let examined: Bool
    /// Whether that evidence has an `against:` item.
    public let hasAgainst: Bool
    /// The sentence the thought was written in, as written; `nil` unless asked for.
    public let sentence: String?
    /// Tier 2 ("possibly a worst-case thought", `possible-catastrophizing`): counted apart, as
    /// thoughts that might be worst-case, so examining one still shows in the review.
    public let isPossible: Bool

    public init(kind: String, examined: Bool, hasAgainst: Bool, sentence: String? = nil, isPossible: Bool = false) {
        self.kind = kind
        self.examined = examined
        self.hasAgainst = hasAgainst
        self.sentence = sentence
        self.isPossible = isPossible
    }

    /// A claim of `kind` in `entry`, examined as the format defines it (an evidence section with
    /// at least one item), so a detector need only say where and what kind.
    public init(kind: String, in entry: Entry, sentence: String? = nil, isPossible: Bool = false) {
        self.init(kind: kind, examined: entry.hasExaminedEvidence,
                  hasAgainst: entry.evidence.contains { !$0.items.isEmpty && $0.hasAgainst }, sentence: sentence,
                  isPossible: isPossible)
    }
}
