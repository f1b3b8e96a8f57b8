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
    /// Whether the entry speaks of crisis (`crisis-language`): counted by day, never quoted.
    public let speaksOfCrisis: Bool
    /// The writer's words, only when the summary was asked to include them.
    public var words: EntryWords? { wordsBox?.words }
    /// Boxed: most digests hold none, and held in place they made every digest of a large
    /// journal some 70 bytes larger.
    private let wordsBox: WordsBox?

    private final class WordsBox: Sendable, Hashable {
        let words: EntryWords
        init(_ words: EntryWords) { self.words = words }
        static func == (lhs: WordsBox, rhs: WordsBox) -> Bool { lhs.words == rhs.words }
        func hash(into hasher: inout Hasher) { hasher.combine(words) }
    }

    /// A trajectory that went down: from the hottest reading to a cooler last one.
    public struct Cooling: Sendable, Hashable {
        public let from: Temperature
        public let to: Temperature
        /// `regulate:` techniques written in the entry before the cooler reading, lower case,
        /// without repeats, in order.
        public let techniquesBefore: [String]
        /// Whether the step out of the hottest reading was the writer's own: nothing between
        /// the last hottest reading and the first cooler one after it is reassurance sought or
        /// received (a `reassurance:` field, or an ask told in prose). Reassurance before the
        /// hotter reading or after the cooler one does not count against it.
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
        urgesUnspecified: Int = 0, facts: Int = 0, reframes: Int = 0, claims: [ClaimInsight] = [],
        speaksOfCrisis: Bool = false, words: EntryWords? = nil
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
        self.speaksOfCrisis = speaksOfCrisis
        self.wordsBox = words.map(WordsBox.init)
    }

    /// Digests `entry`: its day under `dayStartsAt`, its counts, and what `insights` finds in it.
    /// - Parameter includeWords: keep the thoughts' sentences (as `insights` gives them), facts
    ///   and reframes, for a report the writer asked to hold their words.
    public init(_ entry: Entry, dayStartsAt: TimeOfDay, insights: some EntryInsightProvider, includeWords: Bool = false) {
        self.init(entry, dayStartsAt: dayStartsAt, found: insights.insights(for: entry), includeWords: includeWords)
    }

    /// Digests `entry` with insights already found (by the linter's analysis of it).
    public init(_ entry: Entry, dayStartsAt: TimeOfDay, found: EntryInsights, includeWords: Bool = false) {
        let reassurance = entry.reassurance.count + max(found.proseReassuranceActs, 0)
        let day = entry.journalDay(dayStartsAt: dayStartsAt)
        var cooling: Cooling?
        let readings = entry.temperatures
        if let last = readings.last, let peak = readings.map(\.value).max(), last.value < peak,
           let hottest = readings.lastIndex(where: { $0.value == peak }),
           let cooler = readings[(hottest + 1)...].first(where: { $0.value < peak }) {
            var seen = Set<String>()
            var techniques: [String] = []
            for field in entry.regulation where field.range.lowerBound < last.range.lowerBound {
                for technique in field.techniques {
                    let name = technique.lowercased()
                    if !name.isEmpty, seen.insert(name).inserted { techniques.append(name) }
                }
            }
            // Judged by order: only what was written between the hotter reading and the cooler one.
            let (from, to) = (readings[hottest].range.lowerBound, cooler.range.lowerBound)
            let asked = entry.reassurance.contains { from < $0.range.lowerBound && $0.range.lowerBound < to }
                || found.proseReassuranceLocations.contains { from < $0 && $0 < to }
            cooling = Cooling(from: peak, to: last.value, techniquesBefore: techniques, onOwn: !asked)
        }
        var words: EntryWords?
        if includeWords {
            let kept = EntryWords(
                day: day, time: entry.time,
                thoughts: found.claims.compactMap { claim in
                    claim.isPossible ? nil : claim.sentence.map { EntryWords.Thought(sentence: $0, kind: claim.kind, examined: claim.examined) }
                },
                facts: entry.facts.filter { $0.kind == .fact }.map(\.text),
                reframes: entry.facts.filter { $0.kind == .reframe }.map(\.text))
            if !kept.isEmpty { words = kept }
        }
        self.init(
            day: day,
            minutesIntoDay: entry.time.map { ($0.minutesSinceMidnight - dayStartsAt.minutesSinceMidnight + 1440) % 1440 },
            tags: entry.tagNames,
            temperatures: readings.map(\.value),
            cooling: cooling,
            reassuranceActs: reassurance,
            reassuranceAtLeast: found.reassuranceAtLeast,
            urgesResisted: entry.urges.count { $0.outcome == .resisted },
            urgesActed: entry.urges.count { $0.outcome == .acted },
            // A blank `urge:` (from a template) is a prompt, not an urge yet.
            urgesUnspecified: entry.urges.count { $0.outcome == .unspecified && !$0.text.isEmpty },
            facts: entry.facts.count { $0.kind == .fact },
            reframes: entry.facts.count { $0.kind == .reframe },
            claims: found.claims,
            speaksOfCrisis: found.crisisMentions > 0,
            words: words)
    }

    /// Whether any reading was red.
    public var reachedRed: Bool { temperatures.contains(.red) }
}
