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

    /// A claim of `kind` in `entry`, examined as the format defines it (an evidence section with
    /// at least one item), so a detector need only say where and what kind.
    public init(kind: String, in entry: Entry) {
        self.init(kind: kind, examined: entry.hasExaminedEvidence,
                  hasAgainst: entry.evidence.contains { !$0.items.isEmpty && $0.hasAgainst })
    }
}
