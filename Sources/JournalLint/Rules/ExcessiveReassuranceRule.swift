import JournalModel
import MarkdownSyntax

/// More reassurance-seeking on one day than the configured limit.
public struct ExcessiveReassuranceRule: CorpusRule {
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
        ]
    )

    /// Sorts small keys for the acts (day, date and time as integers, and where to find the act)
    /// and walks each day's run. Cheaper than grouping copies of every act by day: the acts of a
    /// years-long journal number in the hundreds of thousands, and this runs after all the files,
    /// when nothing else can run beside it.
    public func check(_ facts: [FileFacts], into findings: inout FindingSink) {
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

            init(_ dated: DatedReassuranceAct, pathRank: Int, file: Int, act: Int) {
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
        var pathOrder = Array(facts.indices)
        pathOrder.sort { facts[$0].path < facts[$1].path }
        var pathRanks = Array(repeating: 0, count: facts.count)
        for (position, file) in pathOrder.enumerated() where position > 0 {
            let previous = pathOrder[position - 1]
            pathRanks[file] = pathRanks[previous] + (facts[file].path == facts[previous].path ? 0 : 1)
        }
        var keys: [ActKey] = []
        keys.reserveCapacity(facts.reduce(0) { $0 + $1.reassurance.count })
        for (file, fileFacts) in facts.enumerated() {
            for (act, dated) in fileFacts.reassurance.enumerated() {
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
            let count = dayEnd - dayStart
            guard let crossing = (0..<count).first(where: { $0 >= facts[Int(keys[dayStart + $0].file)].reassuranceLimit }) else { continue }
            let file = facts[Int(keys[dayStart + crossing].file)]
            let dated = file.reassurance[Int(keys[dayStart + crossing].act)]
            let detail = dated.act.cue.map { "described in prose (cue: \"\($0)\")" }
            findings.report(
                Self.message(count: count, day: dated.journalDay, limit: file.reassuranceLimit, askNumber: crossing + 1),
                detail: detail, at: dated.act.range, path: file.path, lineText: dated.lineText, cue: dated.act.cue,
                file: Int(keys[dayStart + crossing].file))
        }
    }

    /// "reassurance sought 3 times on 2026-11-28 (limit 1 a day); this was ask number 2 — …",
    /// written as bytes: one per day over the limit, built after every file is linted, and
    /// string interpolation (with the date's own zero padding) cost most of the rule.
    static func message(count: Int, day: JournalDate, limit: Int, askNumber: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(176)
        bytes.append(contentsOf: "reassurance sought ".utf8)
        appendDigits(count, width: 1, to: &bytes)
        bytes.append(contentsOf: " times on ".utf8)
        // `JournalDate.description`: YYYY-MM-DD.
        appendDigits(day.year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(day.month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(day.day, width: 2, to: &bytes)
        bytes.append(contentsOf: " (limit ".utf8)
        appendDigits(limit, width: 1, to: &bytes)
        bytes.append(contentsOf: " a day); this was ask number ".utf8)
        appendDigits(askNumber, width: 1, to: &bytes)
        // The bytes so far are ASCII, which decoding checks eight at a time; the tail's dash is
        // not, and decoding it with them checked every byte one by one. A literal is known valid.
        var message = String(decoding: bytes, as: UTF8.self)
        message += " — notice the urge, and try to sit with it or regulate first"
        return message
    }

    /// `value` in decimal, its text (sign included) padded with zeros in front to `width`.
    private static func appendDigits(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var magnitude = value.magnitude
        var divisor: UInt = 1
        var length = value < 0 ? 2 : 1
        while magnitude / divisor >= 10 {
            divisor *= 10
            length += 1
        }
        if length < width {
            for _ in length..<width { bytes.append(UInt8(ascii: "0")) }
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }
}
