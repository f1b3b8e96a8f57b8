import JournalDetection
import JournalModel
import MarkdownSyntax

/// More reassurance-seeking on one day than the configured limit.
public struct ExcessiveReassuranceRule: CollectingRule {
    public init() {}

    public let description = RuleDescription(
        id: "excessive-reassurance",
        summary: "More acts of reassurance-seeking on one day than `reassurance.max-per-day` (default 1).",
        rationale: """
        Reassurance brings relief for minutes and teaches the anxious system that the relief comes \
        from outside; each extra ask makes the next one more urgent. Therapists working with anxious \
        attachment often agree a small daily budget and practise sitting with the urge instead. \
        The rule counts `reassurance:` fields and prose that describes asking ("asked him again if \
        we're okay") per day, where a day starts at `day-starts-at` (default 04:00, so a 01:30 \
        entry counts for the evening before). It reports the act that crossed the limit and how \
        many acts that day had.
        """,
        defaultSeverity: .warning,
        triggeringExamples: [
            "# 2026-11-28\n\nreassurance: asked if we're okay\n↓reassurance: asked again at lunch\n",
            "# 2026-11-28\n\n## 21:00\nreassurance: texted to check we're fine\n\n# 2026-11-29\n\n## 01:30\n↓I asked him again if he still loves me.\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\nreassurance: asked if we're okay\n\n# 2026-11-29\n\nreassurance: asked once today\n",
            "# 2026-11-28\n\nHe reassured me without my asking.\nreassurance: asked if we're okay\n",
        ],
        concern: .wellbeing
    )

    /// What the rule keeps of a file: its reassurance acts, each placed in time, and the limit
    /// in force for the file (configuration can differ per folder).
    public struct FileInfo: Sendable {
        public let acts: [DatedAct]
        public let limit: Int
        /// When the file's journal day starts (`day-starts-at`), to say so where it decides.
        public var dayStartsAt = TimeOfDay(hour: 4, minute: 0)!
    }

    /// A reassurance act with the journal day it counts for (after `day-starts-at`).
    public struct DatedAct: Sendable {
        public let journalDay: JournalDate
        public let date: JournalDate
        public let time: TimeOfDay?
        public let act: ReassuranceAct
        public let lineText: String
        /// The entry the act is in, when the writer's words are kept (its title is theirs).
        public let entry: EntryLabel?

        /// The same act, its lines moved by `shift`.
        func shifted(by shift: LineShift) -> DatedAct {
            let moved = ReassuranceAct(source: act.source, range: shift.applied(to: act.range), cue: act.cue, atLeast: act.atLeast)
            return DatedAct(journalDay: journalDay, date: date, time: time, act: moved, lineText: lineText, entry: entry)
        }
    }

    public func collectInfo(from context: JournalContext, keepsText: Bool) -> FileInfo {
        let dayStartsAt = context.configuration.dayStartsAt
        // Exactly sized: over a large journal these outlive every tree, until `validate` runs.
        var acts: [DatedAct] = []
        acts.reserveCapacity(context.entries.reduce(0) { $0 + $1.reassurance.count })
        for item in context.entries where !item.reassurance.isEmpty {
            let journalDay = item.entry.journalDay(dayStartsAt: dayStartsAt)
            for act in item.reassurance {
                acts.append(DatedAct(
                    journalDay: journalDay, date: item.entry.date, time: item.entry.time, act: act,
                    lineText: keepsText ? context.journal.source.lineString(act.range.lowerBound.line) : "",
                    entry: keepsText ? EntryLabel(item.entry) : nil))
            }
        }
        return FileInfo(acts: acts, limit: context.configuration.reassurance.maxPerDay, dayStartsAt: dayStartsAt)
    }

    /// The runs' acts one after another; the limit and day start are the file's, the same in
    /// every run.
    public func merged(_ runs: [FileInfo]) -> FileInfo {
        guard let first = runs.first else { return FileInfo(acts: [], limit: 0) }
        // Exactly sized, as in `collectInfo`: grown by doubling, a large file's acts were held
        // about three times over at the end of its lint.
        var acts: [DatedAct] = []
        acts.reserveCapacity(runs.reduce(0) { $0 + $1.acts.count })
        for run in runs { acts += run.acts }
        return FileInfo(acts: acts, limit: first.limit, dayStartsAt: first.dayStartsAt)
    }

    /// The acts where they now are; nothing else the rule keeps has a place.
    public func shifted(_ info: FileInfo, by shift: LineShift) -> FileInfo {
        FileInfo(acts: info.acts.map { $0.shifted(by: shift) }, limit: info.limit, dayStartsAt: info.dayStartsAt)
    }

    /// Sorts small keys for the acts (day, date and time as integers, and where to find the act)
    /// and walks each day's run, rather than grouping copies of every act by day: the acts of a
    /// years-long journal number in the hundreds of thousands, and this runs after all the
    /// files, when nothing else can run beside it.
    public func validate(_ files: [CollectedInfo<FileInfo>], into findings: inout FindingSink) {
        struct ActKey {
            /// `JournalDate`s as yyyymmdd, which orders and compares as the dates do.
            let journalDay: Int32
            let date: Int32
            /// Minutes since midnight; -1 when the entry has no time (untimed acts come first).
            let minutes: Int32
            /// The file's place in path order (files sharing a path share it).
            let pathRank: Int32
            let line: Int
            let column: Int
            let file: Int32
            let act: Int32

            init(_ dated: DatedAct, pathRank: Int, file: Int, act: Int) {
                journalDay = Self.packed(dated.journalDay)
                date = Self.packed(dated.date)
                minutes = Int32(dated.time?.minutesSinceMidnight ?? -1)
                self.pathRank = Int32(pathRank)
                line = dated.act.range.lowerBound.line
                column = dated.act.range.lowerBound.column
                self.file = Int32(file)
                self.act = Int32(act)
            }

            static func packed(_ date: JournalDate) -> Int32 { Int32(date.year * 10_000 + date.month * 100 + date.day) }
        }
        // Path ranks, so that comparing keys never compares strings (files usually come in path
        // order already, and the sort only confirms it).
        var pathOrder = Array(files.indices)
        pathOrder.sort { files[$0].path < files[$1].path }
        var pathRanks = Array(repeating: 0, count: files.count)
        for (position, file) in pathOrder.enumerated() where position > 0 {
            let previous = pathOrder[position - 1]
            pathRanks[file] = pathRanks[previous] + (files[file].path == files[previous].path ? 0 : 1)
        }
        var keys: [ActKey] = []
        keys.reserveCapacity(files.reduce(0) { $0 + $1.info.acts.count })
        for (file, collected) in files.enumerated() {
            for (act, dated) in collected.info.acts.enumerated() {
                keys.append(ActKey(dated, pathRank: pathRanks[file], file: file, act: act))
            }
        }
        // Within a day: by date, time, path, then place.
        keys.sort { lhs, rhs in
            if lhs.journalDay != rhs.journalDay { return lhs.journalDay < rhs.journalDay }
            if lhs.date != rhs.date { return lhs.date < rhs.date }
            if lhs.minutes != rhs.minutes { return lhs.minutes < rhs.minutes }
            if lhs.pathRank != rhs.pathRank { return lhs.pathRank < rhs.pathRank }
            if lhs.line != rhs.line { return lhs.line < rhs.line }
            return lhs.column < rhs.column
        }
        var dayStart = 0
        while dayStart < keys.count {
            var dayEnd = dayStart + 1
            while dayEnd < keys.count, keys[dayEnd].journalDay == keys[dayStart].journalDay { dayEnd += 1 }
            defer { dayStart = dayEnd }
            // A day held only by context files (the days around a file being edited) has nothing to
            // report here: its count is not needed.
            guard keys[dayStart..<dayEnd].contains(where: { !files[Int($0.file)].isContext }) else { continue }
            // Each act is ask number one more than the last, or its own count when its words say
            // more ("for the third time tonight"): `ReassuranceAct.askCount`, act by act.
            var askNumbers: [Int] = []
            askNumbers.reserveCapacity(dayEnd - dayStart)
            for key in keys[dayStart..<dayEnd] {
                let act = files[Int(key.file)].info.acts[Int(key.act)].act
                askNumbers.append(ReassuranceAct.askCount(of: CollectionOfOne(act), after: askNumbers.last ?? 0))
            }
            let count = askNumbers.last ?? 0
            guard let crossing = askNumbers.indices.first(where: { askNumbers[$0] > files[Int(keys[dayStart + $0].file)].info.limit }) else { continue }
            let file = files[Int(keys[dayStart + crossing].file)]
            let dated = file.info.acts[Int(keys[dayStart + crossing].act)]
            let detail = dated.act.cue.map { "described in prose (cue: \"\($0)\")" }
            findings.report(
                .excessiveReassurance(count: count, day: dated.journalDay, limit: file.info.limit, askNumber: askNumbers[crossing],
                                      dayStartsAt: dated.date != dated.journalDay ? file.info.dayStartsAt : nil),
                detail: detail, at: dated.act.range, path: file.path, lineText: dated.lineText, cue: dated.act.cue,
                file: Int(keys[dayStart + crossing].file), entry: dated.entry)
        }
    }
}

extension Finding.Message {
    /// `count` acts on `day`, over `limit`; the one reported was ask number `askNumber`.
    /// `dayStartsAt` is given when the ask reported was written after midnight: the day it
    /// counts for is then not the date above it, and the message says why.
    static func excessiveReassurance(count: Int, day: JournalDate, limit: Int, askNumber: Int, dayStartsAt: TimeOfDay? = nil) -> Self {
        let night = dayStartsAt.map { " (until \($0) a night still belongs to the day before)" } ?? ""
        return Self("reassurance sought \(count) times on \(day) (limit \(limit) a day); this was ask number \(askNumber) — notice the urge, and try to sit with it or regulate first",
             spoken: "\(Spoken.times(count).capitalizedFirst) on \(day.weekdayName) \(day)\(night) you reached out for reassurance, more than \(Spoken.times(limit)) a day, the limit set for this journal. "
                + "That says how hard the day was, not how you did. Next time the urge comes, try naming it and waiting ten minutes, "
                + "or calm your body first (cold water, a walk, slow breathing)")
    }
}
