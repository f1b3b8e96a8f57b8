import JournalModel

/// What the summary is asked for: the period and the person's settings.
public struct SummaryOptions: Sendable, Hashable {
    /// Which days to review.
    public var period: PeriodRequest
    /// Whether to add the previous period of the same length, with changes.
    public var compare: Bool
    /// When a journal day starts (`day-starts-at`): entries before it count for the day before.
    public var dayStartsAt: TimeOfDay
    /// Acts of reassurance-seeking a day that the person set as their limit.
    public var reassuranceLimit: Int
    /// How many entries a tag needs before its share reaching red is shown as an association.
    public var associationMinimum: Int
    /// Cut the period into rows of days, weeks or months (`--by`); `nil` for none.
    public var grouping: SummaryGrouping?
    /// Keep the writer's words (worst-case thoughts' sentences, facts, reframes) for a report
    /// that asked for them (`--include-text`).
    public var includeText: Bool

    public init(
        period: PeriodRequest = .defaultPeriod, compare: Bool = false,
        dayStartsAt: TimeOfDay = TimeOfDay(hour: 4, minute: 0)!, reassuranceLimit: Int = 1,
        associationMinimum: Int = 3, grouping: SummaryGrouping? = nil, includeText: Bool = false
    ) {
        self.period = period
        self.compare = compare
        self.grouping = grouping
        self.includeText = includeText
        self.dayStartsAt = dayStartsAt
        self.reassuranceLimit = max(reassuranceLimit, 0)
        self.associationMinimum = max(associationMinimum, 1)
    }
}

/// The weekly review: one period, and optionally the one before it with the changes.
public struct Summary: Sendable, Hashable {
    public let current: PeriodSummary
    /// The previous period of the same length, when asked to compare.
    public let previous: PeriodSummary?
    /// Current minus previous, when comparing.
    public let changes: SummaryChanges?
    public let dayStartsAt: TimeOfDay
    public let associationMinimum: Int
    /// How the period was cut into `rows`, when asked (`--by`).
    public let grouping: SummaryGrouping?
    /// The period cut by `grouping`, in order; empty without one. Every count of `current` is
    /// the sum of the rows' (shares and runs are not sums, and are computed for each).
    public let rows: [PeriodSummary]
    /// Whether the writer's words were asked for (`--include-text`).
    public let includesText: Bool

    public init(current: PeriodSummary, previous: PeriodSummary?, dayStartsAt: TimeOfDay, associationMinimum: Int,
                grouping: SummaryGrouping? = nil, rows: [PeriodSummary] = [], includesText: Bool = false) {
        self.current = current
        self.previous = previous
        self.grouping = grouping
        self.rows = rows
        self.includesText = includesText
        self.changes = previous.map { SummaryChanges(current: current, previous: $0) }
        self.dayStartsAt = dayStartsAt
        self.associationMinimum = associationMinimum
    }
}

/// Everything counted over one period.
public struct PeriodSummary: Sendable, Hashable {
    public let period: DatePeriod
    /// Days with at least one entry.
    public let daysJournaled: Int
    public let entries: Int
    public let temperature: TemperatureSummary
    /// Every tag of the period, most frequent first.
    public let triggers: [TriggerSummary]
    /// The entries with no tag at all, as a trigger row of their own (`tag` is empty); `nil`
    /// when every entry has a tag.
    public let untagged: TriggerSummary?
    /// Entries and readings by part of the day: the five parts in order, then the entries
    /// without a time (`part == nil`) when there are any.
    public let timeOfDay: [PartOfDayCount]
    public let reassurance: ReassuranceSummary
    /// Worst-case thoughts (tier 1: `unsupported-catastrophizing`).
    public let claims: ClaimSummary
    /// Thoughts that might be worst-case (tier 2: `possible-catastrophizing`), counted apart.
    public let possibleClaims: PossibleClaimSummary
    public let urges: UrgeSummary
    public let facts: Int
    public let reframes: Int
    public let progress: ProgressMarkers
    /// The days with an entry that speaks of crisis (`crisis-language`), in order, and how many
    /// such entries: the review names the days so a reader does not miss what lint points to
    /// help for, and never quotes the words.
    public let crisisDays: [JournalDate]
    public let crisisEntries: Int
    /// The writer's words by entry, in day order: only with `includeText`, else empty.
    public let words: [EntryWords]

    /// Entries per journaled day (0 when none).
    public var entriesPerDay: Double { daysJournaled == 0 ? 0 : Double(entries) / Double(daysJournaled) }
    public var isEmpty: Bool { entries == 0 }

    /// Triggers seen often enough (`minimum` entries) to show their share reaching red.
    public func associations(minimum: Int) -> [TriggerSummary] { triggers.filter { $0.count >= minimum } }
}

/// Traffic-light readings over a period.
public struct TemperatureSummary: Sendable, Hashable {
    /// Readings (a `red -> yellow` line is two readings).
    public let red: Int
    public let yellow: Int
    public let green: Int
    /// One row per journaled day, in order.
    public let perDay: [DayTemperature]
    /// Entries that ended cooler than their hottest reading.
    public let trajectoriesDown: Int
    /// Those whose step out of the hottest reading had no reassurance between (see
    /// `EntryDigest.Cooling.onOwn`).
    public let downOnOwn: Int
    /// Those entries by move (hottest → last): red → yellow, red → green, yellow → green.
    public let moves: [Move]
    /// `regulate:` techniques written before the cooler reading, with how many of those entries
    /// each came before; most frequent first.
    public let techniquesBeforeDown: [NamedCount]

    public var readings: Int { red + yellow + green }
    /// Red readings ÷ readings, `nil` without readings.
    public var redShare: Double? { readings == 0 ? nil : Double(red) / Double(readings) }

    public struct Move: Sendable, Hashable {
        public let from: Temperature
        public let to: Temperature
        public let count: Int
    }
}

/// The readings of one journaled day.
public struct DayTemperature: Sendable, Hashable {
    public let date: JournalDate
    /// First and last reading of the day, in the day's order; `nil` when the day has none.
    public let first: Temperature?
    public let last: Temperature?
    /// Every reading of the day, in the day's order.
    public let sequence: [Temperature]
    public let red: Int
    public let yellow: Int
    public let green: Int
    public var readings: Int { red + yellow + green }
}

/// A tag and what went with it.
public struct TriggerSummary: Sendable, Hashable {
    /// Lower case, without `#`; empty for the row of entries with no tag.
    public let tag: String
    /// Entries with the tag.
    public let count: Int
    /// Days it appeared on, in order.
    public let days: [JournalDate]
    /// Entries with the tag that had a red reading.
    public let reachedRed: Int

    /// Whether this is the row of entries with no tag.
    public var isUntagged: Bool { tag.isEmpty }

    /// Share of the tag's entries that reached red, 0 … 1.
    public var shareReachedRed: Double { count == 0 ? 0 : Double(reachedRed) / Double(count) }
}

/// A name and a count (a technique, a claim kind).
public struct NamedCount: Sendable, Hashable {
    public let name: String
    public let count: Int
}

/// Reassurance-seeking against the person's daily limit.
public struct ReassuranceSummary: Sendable, Hashable {
    public let limit: Int
    /// Acts on each journaled day (zeros included), in order.
    public let perDay: [DayCount]
    /// Journaled days with more acts than the limit.
    public let daysOverLimit: [JournalDate]
    /// Journaled days within it.
    public let daysWithinLimit: Int
    /// The longest stretch of consecutive days, each journaled and within the limit.
    public let longestRunWithinLimit: DateRun?

    public var total: Int { perDay.reduce(0) { $0 + $1.count } }
}

public struct DayCount: Sendable, Hashable {
    public let date: JournalDate
    public let count: Int
}

/// Consecutive days.
public struct DateRun: Sendable, Hashable {
    public let from: JournalDate
    public let to: JournalDate
    public var length: Int { to.dayNumber - from.dayNumber + 1 }
}

/// Worst-case thoughts and how many were put on trial.
public struct ClaimSummary: Sendable, Hashable {
    public let total: Int
    /// In an entry with an evidence section holding at least one item.
    public let examined: Int
    /// In an entry whose evidence has an `against:` item.
    public let withAgainst: Int
    public let byKind: [KindCount]

    /// `examined / total`, or `nil` with no claims.
    public var coverage: Double? { total == 0 ? nil : Double(examined) / Double(total) }

    public struct KindCount: Sendable, Hashable {
        public let kind: String
        public let total: Int
        public let examined: Int
        public let withAgainst: Int
    }
}

/// Thoughts that might be worst-case (tier 2, "possibly a worst-case thought") and how many
/// were examined: kept apart from `ClaimSummary`, so the worst-case counts mean what lint's
/// `unsupported-catastrophizing` means, and examining a possible one still counts for the writer.
public struct PossibleClaimSummary: Sendable, Hashable {
    public let total: Int
    /// In an entry with an evidence section holding at least one item.
    public let examined: Int

    /// `examined / total`, or `nil` with none.
    public var coverage: Double? { total == 0 ? nil : Double(examined) / Double(total) }
}

public struct UrgeSummary: Sendable, Hashable {
    public let resisted: Int
    public let acted: Int
    /// Urges written without `(acted)` or `(resisted)`.
    public let unspecified: Int
    public var total: Int { resisted + acted + unspecified }
}

/// The moments the practice aims for, counted.
public struct ProgressMarkers: Sendable, Hashable {
    /// Urges resisted: a pause before reacting.
    public let pausedBeforeReacting: Int
    /// Entries that went from red to cooler with no reassurance between the red reading and
    /// the first cooler one after it.
    public let redBroughtDownOnOwn: Int
    /// Journaled days with reassurance within the limit.
    public let daysWithinReassuranceLimit: Int
    /// Worst-case thoughts examined with evidence.
    public let thoughtsExamined: Int
    /// Thoughts that might be worst-case examined with evidence.
    public let possibleThoughtsExamined: Int
}

/// How the period compares with the one before it.
public struct SummaryChanges: Sendable, Hashable {
    /// The headline numbers, in a fixed order.
    public let metrics: [MetricChange]
    /// Entries per tag, for tags in either period, largest change first.
    public let triggers: [MetricChange]

    public init(current: PeriodSummary, previous: PeriodSummary) {
        func change(_ key: String, _ label: String, _ value: (PeriodSummary) -> Int) -> MetricChange {
            MetricChange(key: key, label: label, current: value(current), previous: value(previous))
        }
        metrics = [
            change("days", "days journaled", \.daysJournaled),
            change("entries", "entries", \.entries),
            change("red", "red readings", \.temperature.red),
            change("yellow", "yellow readings", \.temperature.yellow),
            change("green", "green readings", \.temperature.green),
            change("trajectoriesDown", "entries brought down", \.temperature.trajectoriesDown),
            change("reassuranceActs", "reassurance acts", \.reassurance.total),
            change("daysOverLimit", "days over the reassurance limit", \.reassurance.daysOverLimit.count),
            change("urgesResisted", "urges resisted", \.urges.resisted),
            change("urgesActed", "urges acted on", \.urges.acted),
            change("claimsExamined", "worst-case thoughts examined", \.claims.examined),
        ]
        let now = Dictionary(uniqueKeysWithValues: current.triggers.map { ($0.tag, $0.count) })
        let before = Dictionary(uniqueKeysWithValues: previous.triggers.map { ($0.tag, $0.count) })
        triggers = Set(now.keys).union(before.keys)
            .map { MetricChange(key: $0, label: "#" + $0, current: now[$0] ?? 0, previous: before[$0] ?? 0) }
            .sorted { (abs($0.delta), $1.key) > (abs($1.delta), $0.key) }
    }

    public func metric(_ key: String) -> MetricChange? { metrics.first { $0.key == key } }
}

/// One number now and in the previous period.
public struct MetricChange: Sendable, Hashable {
    /// The JSON key.
    public let key: String
    /// Words for people.
    public let label: String
    public let current: Int
    public let previous: Int
    public var delta: Int { current - previous }
}
