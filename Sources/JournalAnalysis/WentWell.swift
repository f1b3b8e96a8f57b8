import JournalModel

/// What went well in the entries a lint run read, for the one sentence `steady lint` closes with.
///
/// Four counts, tallied entry by entry from the summary's own digests and counted as the review
/// counts them (`SummaryBuilder`: its progress markers and its red-to-cooler moves), so that the
/// linter and the review never disagree. Counts rather than the digests themselves: a run over a
/// years-long journal holds four numbers, not a digest per entry (docs/reliability.md, memory).
/// Each digest carries its own journal day, so every file's `day-starts-at` is already applied;
/// nothing counted here depends on the reassurance limit or on the days the entries cover.
public struct WentWell: Sendable, Hashable {
    /// Worst-case thoughts examined with evidence (the review's `thoughtsExamined`).
    public private(set) var thoughtsExamined = 0
    /// Thoughts that might be worst-case, examined with evidence (`possibleThoughtsExamined`).
    public private(set) var possibleThoughtsExamined = 0
    /// Urges resisted (the review's `pausedBeforeReacting`).
    public private(set) var urgesResisted = 0
    /// Entries whose hottest reading was red and that ended cooler (the review's moves from red).
    public private(set) var cooledFromRed = 0

    public init() {}

    /// The counts of `digests`' entries.
    public init(digests: some Sequence<EntryDigest>) {
        for digest in digests { add(digest) }
    }

    /// Counts one more entry.
    public mutating func add(_ digest: EntryDigest) {
        for claim in digest.claims where claim.examined {
            if claim.isPossible { possibleThoughtsExamined += 1 } else { thoughtsExamined += 1 }
        }
        urgesResisted += digest.urgesResisted
        if digest.cooling?.from == .red { cooledFromRed += 1 }
    }

    /// Counts the entries `other` counted too (another file's, or another run's of a file).
    public mutating func add(_ other: WentWell) {
        thoughtsExamined += other.thoughtsExamined
        possibleThoughtsExamined += other.possibleThoughtsExamined
        urgesResisted += other.urgesResisted
        cooledFromRed += other.cooledFromRed
    }

    /// "What went well: you examined 3 worst-case thoughts with evidence, …", or `nil` when
    /// there is nothing to say (no thought examined, no urge resisted, no cooler ending).
    public var sentence: String? {
        var parts: [String] = []
        if thoughtsExamined > 0 {
            parts.append("you examined \(SummaryFormatting.count(thoughtsExamined, "worst-case thought")) with evidence")
        }
        if possibleThoughtsExamined > 0 {
            parts.append("you examined \(SummaryFormatting.possibleThoughts(possibleThoughtsExamined)) with evidence")
        }
        if urgesResisted > 0 {
            parts.append("you paused before reacting \(SummaryFormatting.times(urgesResisted)) (urges resisted)")
        }
        if cooledFromRed > 0 {
            parts.append("\(SummaryFormatting.count(cooledFromRed, "entry", "entries")) went from red to cooler")
        }
        guard !parts.isEmpty else { return nil }
        return "What went well: " + parts.joined(separator: "; ") + "."
    }
}
