import JournalDetection
import JournalModel

/// What the summary needs to know about one entry, without its words: computed once per entry
/// so that a file's tree and source can be released as soon as it is read.
public struct EntryDigest: Sendable, Hashable {
    /// The day the entry counts for (`Entry.journalDay(dayStartsAt:)`).
    public let day: JournalDate
    /// Minutes after the day's start (an entry at 01:30 with days starting at 04:00 is 1290),
    /// or `nil` without a time heading. Untimed entries come first in their day.
    public let minutesIntoDay: Int?
    /// Tag names without repeats, lower case.
    public let tags: [String]
    /// The readings in order: the entry's trajectory.
    public let temperatures: [Temperature]
    /// Set when the entry ended cooler than its hottest reading.
    public let cooling: Cooling?
    /// `reassurance:` fields plus acts the insight provider found in prose.
    public let reassuranceActs: Int
    /// The count of asks the entry's words give its day, at least (`reassuranceActs`, or more
    /// when an act says "for the third time tonight"): a day has `max(asks before + acts, this)`.
    public let reassuranceAtLeast: Int
    public let urgesResisted: Int
    public let urgesActed: Int
    public let urgesUnspecified: Int
    public let facts: Int
    public let reframes: Int
    public let claims: [ClaimInsight]

    /// A trajectory that went down: from the hottest reading to a cooler last one.
    public struct Cooling: Sendable, Hashable {
        public let from: Temperature
        public let to: Temperature
        /// `regulate:` techniques written in the entry before the cooler reading, lower case,
        /// without repeats, in order.
        public let techniquesBefore: [String]
        /// Whether no reassurance was sought in the entry.
        public let onOwn: Bool

        public init(from: Temperature, to: Temperature, techniquesBefore: [String], onOwn: Bool) {
            self.from = from
            self.to = to
            self.techniquesBefore = techniquesBefore
            self.onOwn = onOwn
        }
    }

    public init(
        day: JournalDate, minutesIntoDay: Int?, tags: [String] = [], temperatures: [Temperature] = [],
        cooling: Cooling? = nil, reassuranceActs: Int = 0, reassuranceAtLeast: Int = 0, urgesResisted: Int = 0, urgesActed: Int = 0,
        urgesUnspecified: Int = 0, facts: Int = 0, reframes: Int = 0, claims: [ClaimInsight] = []
    ) {
        self.day = day
        self.minutesIntoDay = minutesIntoDay
        self.tags = tags
        self.temperatures = temperatures
        self.cooling = cooling
        self.reassuranceActs = reassuranceActs
        self.reassuranceAtLeast = max(reassuranceActs, reassuranceAtLeast)
        self.urgesResisted = urgesResisted
        self.urgesActed = urgesActed
        self.urgesUnspecified = urgesUnspecified
        self.facts = facts
        self.reframes = reframes
        self.claims = claims
    }

    /// Digests `entry`: its day under `dayStartsAt`, its counts, and what `insights` finds in it.
    public init(_ entry: Entry, dayStartsAt: TimeOfDay, insights: some EntryInsightProvider) {
        let found = insights.insights(for: entry)
        let reassurance = entry.reassurance.count + max(found.proseReassuranceActs, 0)
        var cooling: Cooling?
        if let last = entry.temperatures.last, let peak = entry.temperatures.map(\.value).max(), last.value < peak {
            var seen = Set<String>()
            var techniques: [String] = []
            for field in entry.regulation where field.range.lowerBound < last.range.lowerBound {
                for technique in field.techniques {
                    let name = technique.lowercased()
                    if !name.isEmpty, seen.insert(name).inserted { techniques.append(name) }
                }
            }
            cooling = Cooling(from: peak, to: last.value, techniquesBefore: techniques, onOwn: reassurance == 0)
        }
        self.init(
            day: entry.journalDay(dayStartsAt: dayStartsAt),
            minutesIntoDay: entry.time.map { ($0.minutesSinceMidnight - dayStartsAt.minutesSinceMidnight + 1440) % 1440 },
            tags: entry.tagNames,
            temperatures: entry.temperatures.map(\.value),
            cooling: cooling,
            reassuranceActs: reassurance,
            reassuranceAtLeast: found.reassuranceAtLeast,
            urgesResisted: entry.urges.count { $0.outcome == .resisted },
            urgesActed: entry.urges.count { $0.outcome == .acted },
            urgesUnspecified: entry.urges.count { $0.outcome == .unspecified },
            facts: entry.facts.count { $0.kind == .fact },
            reframes: entry.facts.count { $0.kind == .reframe },
            claims: found.claims)
    }

    /// Whether any reading was red.
    public var reachedRed: Bool { temperatures.contains(.red) }
}
