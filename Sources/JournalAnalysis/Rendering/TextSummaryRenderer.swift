import MarkdownSyntax
import JournalModel

/// The compact terminal report, with small Unicode bar charts. Shows counts and tag names; the
/// journal's words (worst-case thoughts, facts, reframes) only when the writer asks for them
/// (`--include-text`), with their control characters made visible, as everything printed for a
/// terminal.
public enum TextSummaryRenderer {
    public static func render(_ summary: Summary) -> String {
        // No trailing spaces (bars of zero leave padding behind).
        lines(summary).map { line in String(line.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
    }

    static func lines(_ summary: Summary) -> [String] {
        typealias F = SummaryFormatting
        let now = summary.current
        var out: [String] = ["Steady review · \(F.periodTitle(now.period))" + (summary.grouping.map { " · by \($0.rawValue)" } ?? ""), ""]
        guard !now.isEmpty else {
            out.append("No entries in this period. Nothing to count yet, and that's okay.")
            if let previous = summary.previous { out += ["", comparison(summary, previous)] }
            return out
        }
        out.append("\(now.daysJournaled) of \(F.count(now.period.length, "day")) journaled · \(F.count(now.entries, "entry", "entries")) · \(F.oneDecimal(now.entriesPerDay)) a day")
        if let crisis = F.crisisSentence(now) { out += ["", crisis] }
        if let grouping = summary.grouping { out += [""] + trendTable(summary, grouping) }

        // Temperature.
        let t = now.temperature
        out += ["", "Temperature (\(F.count(t.readings, "reading")))"]
        let most = max(t.red, t.yellow, t.green)
        for (name, value) in [("red", t.red), ("yellow", t.yellow), ("green", t.green)] {
            out.append("  \(F.padded(name, 7)) \(F.leftPadded("\(value)", 3))  \(F.bar(value, of: most, width: 20))")
        }
        if !t.perDay.isEmpty, summary.grouping == nil {
            out.append("  Day          first → last       readings")
            for day in t.perDay {
                let firstLast = day.first.map { "\($0.rawValue) → \(day.last!.rawValue)" } ?? F.noTemperatureWritten
                out.append("  \(F.shortDay(day.date))   \(F.padded(firstLast, 17))  \(F.spark(day.sequence))")
            }
            out.append("  (█ red  ▄ yellow  ▁ green, in the order written)")
        }
        if t.trajectoriesDown > 0 {
            out.append("")
            out.append("  Came down in \(F.count(t.trajectoriesDown, "entry", "entries")): \(F.moves(t)); \(F.onOwnNote(t))")
            if !t.techniquesBeforeDown.isEmpty {
                out.append("  What you did first: \(F.namedCounts(t.techniquesBeforeDown))")
            }
        }

        // Time of day.
        out += ["", "Time of day (readings by the entry's clock time)"]
        let partWidth = now.timeOfDay.map { F.partName($0.part, dayStartsAt: summary.dayStartsAt).count }.max() ?? 0
        let busiest = max(now.timeOfDay.map(\.readings).max() ?? 0, 1)
        for part in now.timeOfDay {
            let share = part.redShare.map { "red \(F.percent($0))" } ?? ""
            out.append("  \(F.padded(F.partName(part.part, dayStartsAt: summary.dayStartsAt), partWidth))  \(F.leftPadded("\(part.readings)", 3))  \(F.padded(F.bar(part.readings, of: busiest, width: 10), 10))  \(F.padded(share, 8))  \(part.red) red, \(part.yellow) yellow, \(part.green) green")
        }

        // Triggers.
        out += ["", "Triggers (entries with each tag)"]
        let rows = now.triggers + (now.untagged.map { [$0] } ?? [])
        if rows.isEmpty {
            out.append("  No entries in this period.")
        } else {
            let width = min(max(rows.map { F.triggerName($0).withVisibleControls().count }.max()! + 1, 8), 28)
            let top = rows.map(\.count).max()!
            for trigger in rows {
                let days = trigger.days.count > 8
                    ? "on \(F.count(trigger.days.count, "day"))"
                    : trigger.days.map(F.weekdayAndDay).joined(separator: ", ")
                out.append("  \(F.padded(F.triggerName(trigger).withVisibleControls(), width)) \(F.leftPadded("\(trigger.count)", 3))  \(F.padded(F.bar(trigger.count, of: top, width: 10), 10))  \(trigger.reachedRed) red  \(days)")
            }
            let associations = now.associations(minimum: summary.associationMinimum)
            if !associations.isEmpty {
                out.append("  Associations, not causes (tags in \(summary.associationMinimum)+ entries):")
                for trigger in associations {
                    out.append("    #\(trigger.tag.withVisibleControls()): \(trigger.reachedRed) of \(trigger.count) entries reached red")
                }
            }
        }

        // Reassurance.
        let r = now.reassurance
        out += ["", "Reassurance (\(F.count(r.total, "act")); your limit: \(r.limit) a day)"]
        let highest = max(r.perDay.map(\.count).max() ?? 0, r.limit, 1)
        for day in summary.grouping == nil ? r.perDay : [] {
            let note = day.count > r.limit ? "  over the limit" : ""
            out.append("  \(F.shortDay(day.date))  \(F.leftPadded("\(day.count)", 2))  \(F.padded(F.bar(day.count, of: highest, width: 10), 10))\(note)")
        }
        var within = "  \(r.daysWithinLimit) of \(F.count(now.daysJournaled, "day")) within the limit"
        if let run = r.longestRunWithinLimit { within += "; longest run \(F.count(run.length, "day"))" }
        out.append(within + ".")
        if summary.grouping != nil, !r.daysOverLimit.isEmpty {
            out.append("  Over the limit on \(F.count(r.daysOverLimit.count, "day")).")
        }

        // Worst-case thoughts.
        let c = now.claims
        out += ["", "Worst-case thoughts"]
        if c.total == 0 {
            out.append("  None found.")
        } else {
            out.append("  \(c.total) found · \(c.examined) examined with evidence (\(F.percent(c.coverage ?? 0))) · \(c.withAgainst) with against: items")
            out.append("  " + c.byKind.map { "\($0.kind) \($0.examined)/\($0.total)" }.joined(separator: ", "))
        }
        if let possible = F.possibleThoughtsSentence(now.possibleClaims) { out.append("  " + possible) }

        // Urges, facts.
        let u = now.urges
        out += ["", "Urges"]
        let topUrge = max(u.resisted, u.acted, 1)
        out.append("  resisted  \(F.leftPadded("\(u.resisted)", 3))  \(F.bar(u.resisted, of: topUrge, width: 10))")
        out.append("  acted on  \(F.leftPadded("\(u.acted)", 3))  \(F.bar(u.acted, of: topUrge, width: 10))")
        if u.unspecified > 0 { out.append("  (\(u.unspecified) not marked acted or resisted)") }
        out += ["", "Facts written: \(now.facts) · reframes: \(now.reframes)"]

        // Progress.
        out += ["", "What went well"]
        let lines = F.progressLines(now)
        if lines.isEmpty {
            out.append("  You kept writing it down. That is the practice.")
        } else {
            out += lines.map { "  ✓ " + $0 }
        }

        if summary.includesText { out += ["", "In your words"] + words(now.words) }
        if let previous = summary.previous {
            out += ["", comparison(summary, previous)]
        }
        return out
    }

    /// The worst-case thoughts, facts and reframes, entry by entry, each on one line.
    static func words(_ entries: [EntryWords]) -> [String] {
        guard !entries.isEmpty else { return ["  " + WordsListing.noneWritten] }
        var out: [String] = []
        for entry in entries {
            out.append("  " + WordsListing.heading(entry))
            out += WordsListing.items(entry).map { "    \($0.label): " + quoted($0.text) }
        }
        return out
    }

    /// The writer's words in quotes on one line, line breaks as spaces, controls made visible.
    private static func quoted(_ text: String) -> String {
        "“" + String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 }).withVisibleControls() + "”"
    }

    /// One row per week (or month, or day), the totals, and a sparkline per trend.
    static func trendTable(_ summary: Summary, _ grouping: SummaryGrouping) -> [String] {
        typealias F = SummaryFormatting
        let name = grouping == .day ? "Day" : grouping == .week ? "Week" : "Month"
        let header = ["Days", "Entries", "Red", "Yellow", "Green", "Red%", "Down", "Own", "Reass.", "Over", "Thoughts", "Exam.", "Resisted", "Acted"]
        func cells(_ s: PeriodSummary) -> [String] {
            ["\(s.daysJournaled)/\(s.period.length)", "\(s.entries)", "\(s.temperature.red)", "\(s.temperature.yellow)",
             "\(s.temperature.green)", F.percent(s.temperature.redShare), "\(s.temperature.trajectoriesDown)",
             "\(s.temperature.downOnOwn)", "\(s.reassurance.total)", "\(s.reassurance.daysOverLimit.count)",
             "\(s.claims.total)", F.percent(s.claims.coverage), "\(s.urges.resisted)", "\(s.urges.acted)"]
        }
        let names = summary.rows.map { F.rowName($0.period, grouping) } + ["Total"]
        let table = summary.rows.map(cells) + [cells(summary.current)]
        let nameWidth = max(names.map(\.count).max() ?? 0, name.count)
        let widths = header.indices.map { column in max(header[column].count, table.map { $0[column].count }.max() ?? 0) }
        func line(_ first: String, _ row: [String]) -> String {
            "  " + F.padded(first, nameWidth) + "  " + row.indices.map { F.leftPadded(row[$0], widths[$0]) }.joined(separator: "  ")
        }
        var out = ["By \(grouping.rawValue)", line(name, header)]
        for (index, row) in table.enumerated() { out.append(line(names[index], row)) }
        out.append("  (Days: journaled of the \(grouping.rawValue)'s days in the period. Down: entries that came down;")
        out.append("   Own: of them, with no reassurance between. Reass.: reassurance acts; Over: days over your")
        out.append("   limit. Exam.: worst-case thoughts examined with evidence.)")
        let trends = F.trends(summary.rows)
        let trendWidth = trends.map(\.name.count).max() ?? 0
        out.append("  Trends, one mark per \(grouping.rawValue) (▁ none or least … █ most; · nothing to count):")
        for trend in trends {
            out.append("    \(F.padded(trend.name, trendWidth))  \(F.sparkline(trend.values, maximum: trend.maximum))")
        }
        return out
    }

    static func comparison(_ summary: Summary, _ previous: PeriodSummary) -> String {
        typealias F = SummaryFormatting
        guard let changes = summary.changes else { return "" }
        var out = ["Compared with \(F.periodTitle(previous.period))"]
        let width = changes.metrics.map(\.label.count).max() ?? 0
        for metric in changes.metrics {
            out.append("  \(F.padded(metric.label, width))  \(F.leftPadded("\(metric.previous)", 3)) → \(F.leftPadded("\(metric.current)", 3))  (\(F.signed(metric.delta)))")
        }
        let moved = changes.triggers.filter { $0.delta != 0 }.prefix(5)
        if !moved.isEmpty {
            out.append("  Tags: " + moved.map { "\($0.label) \(F.signed($0.delta))" }.joined(separator: ", "))
        }
        return out.joined(separator: "\n")
    }
}
