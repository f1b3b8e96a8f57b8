import JournalDetection
import JournalModel

/// Computes the weekly review from journals. Pure: no I/O, no clock.
public enum SummaryBuilder {
    /// The digests of every entry of `journal`, in file order. Call this per file and keep the
    /// digests, so the file's tree and source can be released.
    public static func digests(
        of journal: Journal, options: SummaryOptions, insights: some EntryInsightProvider = FieldsOnlyInsightProvider()
    ) -> [EntryDigest] {
        journal.days.flatMap { day in
            day.entries.map { EntryDigest($0, dayStartsAt: options.dayStartsAt, insights: insights, includeWords: options.includeText) }
        }
    }

    /// The summary of `journals`.
    /// - Returns: `nil` only when the period is relative to the latest entry and there is none.
    public static func build(
        journals: [Journal], options: SummaryOptions, insights: some EntryInsightProvider = FieldsOnlyInsightProvider()
    ) -> Summary? {
        build(digests: journals.flatMap { digests(of: $0, options: options, insights: insights) }, options: options)
    }

    /// The summary of entries already digested (with the same `dayStartsAt`).
    /// - Returns: `nil` only when the period is relative to the latest entry and there is none.
    public static func build(digests: [EntryDigest], options: SummaryOptions) -> Summary? {
        var latest: JournalDate?
        for digest in digests where latest.map({ digest.day > $0 }) ?? true { latest = digest.day }
        guard let period = options.period.resolve(latestEntryDay: latest) else { return nil }
        // Day order: by journal day, untimed entries first, then by time since the day's start,
        // then as read.
        // Small keys are sorted, not the digests: a digest is dozens of words and arrays, and
        // sorting a large journal's digests moved them about for most of this step's time.
        struct OrderKey {
            let day: Int
            let minutes: Int
            let offset: Int
        }
        var keys = digests.enumerated().map { OrderKey(day: $0.element.day.dayNumber, minutes: $0.element.minutesIntoDay ?? -1, offset: $0.offset) }
        keys.sort { a, b in (a.day, a.minutes, a.offset) < (b.day, b.minutes, b.offset) }
        // The digests stay where they are; the day order is a list of their positions, and a
        // period's entries one run of it (a copy of a large journal's digests, in order, was
        // tens of megabytes more at the summary's peak).
        let ordered = DigestsInOrder(digests: digests, positions: keys.map(\.offset)[...])
        keys = []
        func entries(in period: DatePeriod) -> DigestsInOrder {
            ordered[ordered.firstIndex(onOrAfter: period.from)..<(period.to == .latest ? ordered.endIndex : ordered.firstIndex(onOrAfter: period.to.adding(days: 1)))]
        }
        let current = summarize(entries(in: period), period: period, options: options)
        var previous: PeriodSummary?
        if options.compare, let before = period.previous {
            previous = summarize(entries(in: before), period: before, options: options)
        }
        let rows = options.grouping.map { grouping in
            grouping.periods(of: period).map { row in summarize(entries(in: row), period: row, options: options) }
        } ?? []
        return Summary(current: current, previous: previous, dayStartsAt: options.dayStartsAt,
                       associationMinimum: options.associationMinimum, grouping: options.grouping, rows: rows,
                       includesText: options.includeText)
    }

    /// Digests in day order, read through their positions in the array they were given in.
    struct DigestsInOrder: RandomAccessCollection {
        let digests: [EntryDigest]
        let positions: ArraySlice<Int>

        var startIndex: Int { positions.startIndex }
        var endIndex: Int { positions.endIndex }
        subscript(index: Int) -> EntryDigest { digests[positions[index]] }
        subscript(bounds: Range<Int>) -> DigestsInOrder { DigestsInOrder(digests: digests, positions: positions[bounds]) }

        /// The index of the first digest on or after `day`.
        func firstIndex(onOrAfter day: JournalDate) -> Int {
            var (low, high) = (startIndex, endIndex)
            while low < high {
                let middle = (low + high) / 2
                if self[middle].day < day { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// Counts `entries` (all inside `period`, in day order). Reads the entries in place: over
    /// a years-long period, copies of them per day and per tag were the summary's largest step.
    static func summarize(_ entries: DigestsInOrder, period: DatePeriod, options: SummaryOptions) -> PeriodSummary {
        // Each day's entries are one run of `entries`.
        var byDay: [(date: JournalDate, entries: Range<Int>)] = []
        var runStart = entries.startIndex
        for index in entries.indices {
            let date = entries[index].day
            if byDay.last?.date == date {
                byDay[byDay.count - 1].entries = runStart..<entries.index(after: index)
            } else {
                runStart = index
                byDay.append((date, index..<entries.index(after: index)))
            }
        }

        // Temperature.
        let readings = entries.flatMap(\.temperatures)
        let perDay = byDay.map { day in
            let values = entries[day.entries].flatMap(\.temperatures)
            return DayTemperature(date: day.date, first: values.first, last: values.last, sequence: values,
                                  red: values.count { $0 == .red }, yellow: values.count { $0 == .yellow },
                                  green: values.count { $0 == .green })
        }
        let coolings = entries.compactMap(\.cooling)
        var moves: [TemperatureSummary.Move] = []
        for (from, to) in [(Temperature.red, Temperature.yellow), (.red, .green), (.yellow, .green)] {
            let count = coolings.count { $0.from == from && $0.to == to }
            if count > 0 { moves.append(.init(from: from, to: to, count: count)) }
        }
        let temperature = TemperatureSummary(
            red: readings.count { $0 == .red }, yellow: readings.count { $0 == .yellow },
            green: readings.count { $0 == .green }, perDay: perDay, trajectoriesDown: coolings.count,
            downOnOwn: coolings.count(where: \.onOwn), moves: moves, techniquesBeforeDown: ranked(coolings.flatMap(\.techniquesBefore)))

        // Triggers: each tag's count, days and entries that reached red, tallied as the entries
        // are read.
        struct Tally {
            var count = 0
            var days: [JournalDate] = []
            var reachedRed = 0

            mutating func add(_ entry: EntryDigest) {
                count += 1
                if days.last != entry.day { days.append(entry.day) }
                if entry.reachedRed { reachedRed += 1 }
            }
        }
        var tagOrder: [String] = []
        var tagTallies: [String: Tally] = [:]
        var untaggedTally = Tally()
        for entry in entries {
            if entry.tags.isEmpty { untaggedTally.add(entry) }
            for tag in entry.tags {
                if tagTallies[tag] == nil { tagOrder.append(tag) }
                tagTallies[tag, default: Tally()].add(entry)
            }
        }
        let triggers = tagOrder.map { tag in
            let tally = tagTallies[tag]!
            return TriggerSummary(tag: tag, count: tally.count, days: tally.days, reachedRed: tally.reachedRed)
        }.sorted { ($0.count, $0.reachedRed, $1.tag) > ($1.count, $1.reachedRed, $0.tag) }
        let untagged = untaggedTally.count == 0 ? nil : TriggerSummary(
            tag: "", count: untaggedTally.count, days: untaggedTally.days, reachedRed: untaggedTally.reachedRed)

        // Time of day, by the entry's clock time.
        var parts = Array(repeating: (entries: 0, red: 0, yellow: 0, green: 0), count: PartOfDay.allCases.count + 1)
        let dayStart = options.dayStartsAt.minutesSinceMidnight
        for entry in entries {
            let slot = entry.minutesIntoDay.map { minutes in
                PartOfDay.allCases.firstIndex(of: PartOfDay(minutesSinceMidnight: (minutes + dayStart) % 1440, dayStartsAt: options.dayStartsAt))!
            } ?? PartOfDay.allCases.count
            parts[slot].entries += 1
            for reading in entry.temperatures {
                switch reading {
                case .red: parts[slot].red += 1
                case .yellow: parts[slot].yellow += 1
                case .green: parts[slot].green += 1
                }
            }
        }
        var timeOfDay = parts.enumerated().map { index, part in
            PartOfDayCount(part: index < PartOfDay.allCases.count ? PartOfDay.allCases[index] : nil,
                           entries: part.entries, red: part.red, yellow: part.yellow, green: part.green)
        }
        if timeOfDay.last?.entries == 0 { timeOfDay.removeLast() }

        // Reassurance.
        let limit = options.reassuranceLimit
        // Entries in time order; an entry whose words say "for the third time tonight" raises the
        // day's count to at least that (as `excessive-reassurance` counts).
        let acts = byDay.map { day in
            DayCount(date: day.date, count: entries[day.entries].reduce(0) { max($0 + $1.reassuranceActs, $1.reassuranceAtLeast) })
        }
        var longest: DateRun?
        var run: DateRun?
        for day in acts {
            guard day.count <= limit else { run = nil; continue }
            if let open = run, open.to.adding(days: 1) == day.date { run = DateRun(from: open.from, to: day.date) } else { run = DateRun(from: day.date, to: day.date) }
            if run!.length > (longest?.length ?? 0) { longest = run }
        }
        let reassurance = ReassuranceSummary(
            limit: limit, perDay: acts, daysOverLimit: acts.filter { $0.count > limit }.map(\.date),
            daysWithinLimit: acts.count { $0.count <= limit }, longestRunWithinLimit: longest)

        // Claims.
        let allClaims = entries.flatMap(\.claims)
        let claimList = allClaims.filter { !$0.isPossible }
        let possibleList = allClaims.filter(\.isPossible)
        let possibleClaims = PossibleClaimSummary(total: possibleList.count, examined: possibleList.count(where: \.examined))
        var kindOrder: [String] = []
        var kinds: [String: [ClaimInsight]] = [:]
        for claim in claimList {
            if kinds[claim.kind] == nil { kindOrder.append(claim.kind) }
            kinds[claim.kind, default: []].append(claim)
        }
        let claims = ClaimSummary(
            total: claimList.count, examined: claimList.count(where: \.examined),
            withAgainst: claimList.count { $0.examined && $0.hasAgainst },
            byKind: kindOrder.map { kind in
                let list = kinds[kind]!
                return .init(kind: kind, total: list.count, examined: list.count(where: \.examined),
                             withAgainst: list.count { $0.examined && $0.hasAgainst })
            }.sorted { ($0.total, $1.kind) > ($1.total, $0.kind) })

        let urges = UrgeSummary(
            resisted: entries.reduce(0) { $0 + $1.urgesResisted }, acted: entries.reduce(0) { $0 + $1.urgesActed },
            unspecified: entries.reduce(0) { $0 + $1.urgesUnspecified })

        return PeriodSummary(
            period: period, daysJournaled: byDay.count, entries: entries.count, temperature: temperature,
            triggers: triggers, untagged: untagged, timeOfDay: timeOfDay, reassurance: reassurance, claims: claims,
            possibleClaims: possibleClaims, urges: urges,
            facts: entries.reduce(0) { $0 + $1.facts }, reframes: entries.reduce(0) { $0 + $1.reframes },
            progress: ProgressMarkers(
                pausedBeforeReacting: urges.resisted,
                redBroughtDownOnOwn: coolings.count { $0.from == .red && $0.onOwn },
                daysWithinReassuranceLimit: reassurance.daysWithinLimit,
                thoughtsExamined: claims.examined,
                possibleThoughtsExamined: possibleClaims.examined),
            crisisDays: byDay.filter { day in entries[day.entries].contains(where: \.speaksOfCrisis) }.map(\.date),
            crisisEntries: entries.count(where: \.speaksOfCrisis),
            words: entries.compactMap(\.words))
    }

    /// Names counted, most frequent first, then alphabetically.
    private static func ranked(_ names: [String]) -> [NamedCount] {
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        return counts.map { NamedCount(name: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    }
}
