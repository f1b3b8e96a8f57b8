import MarkdownSyntax
import JournalModel

/// A review to keep in one's notes: headings, short sentences and tables. Counts, tag names and
/// `regulate:` techniques; the writer's sentences only when they ask (`--include-text`). Tags are written as `#tag` in code spans so that Steady does
/// not read them back as triggers if the review is saved beside the journal.
public enum MarkdownSummaryRenderer {
    public static func render(_ summary: Summary) -> String {
        typealias F = SummaryFormatting
        let now = summary.current
        // The front matter marks the file as a review, so that Steady does not read it back as
        // journal text when it is saved among the notes (see JournalBuilder).
        var out: [String] = ["---", "steady: review", "period: \(now.period.from)/\(now.period.to)", "---", ""]
        let title = now.period.isoWeek.map { "Week \($0)" } ?? "Review"
        out += ["# \(title): \(now.period.from) – \(now.period.to)", ""]
        guard !now.isEmpty else {
            out.append("No entries in this period. Nothing to count yet, and that's okay.")
            if let previous = summary.previous { out += ["", comparison(summary, previous)] }
            return out.joined(separator: "\n") + "\n"
        }
        out.append("\(now.daysJournaled) of \(F.count(now.period.length, "day")) journaled, \(F.count(now.entries, "entry", "entries")) (\(F.oneDecimal(now.entriesPerDay)) a day).")
        if let crisis = F.crisisSentence(now) { out += ["", "> **Please read:** " + crisis] }
        if let grouping = summary.grouping { out += [""] + trendTable(summary, grouping) }

        out += ["", "## What went well", ""]
        let lines = F.progressLines(now)
        out += lines.isEmpty ? ["You kept writing it down. That is the practice."] : lines.map { "- " + $0 }

        let t = now.temperature
        out += ["", "## Temperature", "",
                "\(F.count(t.readings, "reading")): \(t.red) red, \(t.yellow) yellow, \(t.green) green."]
        if summary.grouping == nil {
            out += ["", "| Day | First | Last | Readings |", "| --- | --- | --- | --- |"]
            for day in t.perDay {
                let readings = day.sequence.isEmpty ? F.noTemperatureWritten : day.sequence.map(\.rawValue).joined(separator: " → ")
                out.append("| \(F.shortDay(day.date)) | \(day.first?.rawValue ?? "–") | \(day.last?.rawValue ?? "–") | \(readings) |")
            }
        }
        if t.trajectoriesDown > 0 {
            out += ["", "Came down in \(F.count(t.trajectoriesDown, "entry", "entries")): \(F.moves(t)); \(F.onOwnNote(t)) (no reassurance between the hotter reading and the cooler one)."]
            if !t.techniquesBeforeDown.isEmpty {
                out.append("What you did first: \(F.namedCounts(t.techniquesBeforeDown)).")
            }
        }

        out += ["", "## Time of day", "",
                "Readings by the entry's clock time (an entry's readings count where the entry was written).", "",
                "| Part of the day | Entries | Red | Yellow | Green | Red share |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
        for part in now.timeOfDay {
            out.append("| \(F.partName(part.part, dayStartsAt: summary.dayStartsAt)) | \(part.entries) | \(part.red) | \(part.yellow) | \(part.green) | \(F.percent(part.redShare)) |")
        }

        out += ["", "## Triggers", ""]
        let rows = now.triggers + (now.untagged.map { [$0] } ?? [])
        if rows.isEmpty {
            out.append("No entries in this period.")
        } else {
            out += ["| Tag | Entries | Reached red | Days |", "| --- | ---: | ---: | --- |"]
            for trigger in rows {
                let name = trigger.isUntagged ? "no tag" : "`#\(trigger.tag.withVisibleControls())`"
                let days = trigger.days.count > 8 ? "on \(F.count(trigger.days.count, "day"))" : trigger.days.map(F.weekdayAndDay).joined(separator: ", ")
                out.append("| \(name) | \(trigger.count) | \(trigger.reachedRed) | \(days) |")
            }
            let associations = now.associations(minimum: summary.associationMinimum)
            if !associations.isEmpty {
                out += ["", "Associations, not causes (tags in \(summary.associationMinimum) or more entries):", ""]
                out += associations.map { "- `#\($0.tag.withVisibleControls())`: \($0.reachedRed) of \($0.count) entries reached red" }
            }
        }

        let r = now.reassurance
        out += ["", "## Reassurance", "",
                "\(F.count(r.total, "act")) of reassurance-seeking; your limit is \(r.limit) a day. \(r.daysWithinLimit) of \(F.count(now.daysJournaled, "day")) within it"
                + (r.longestRunWithinLimit.map { ", longest run \(F.count($0.length, "day"))" } ?? "") + ".", "",
                ]
        if summary.grouping == nil {
            out += ["| Day | Acts | |", "| --- | ---: | --- |"]
            for day in r.perDay {
                out.append("| \(F.shortDay(day.date)) | \(day.count) | \(day.count > r.limit ? "over the limit" : "") |")
            }
        } else {
            out.append("Over the limit on \(F.count(r.daysOverLimit.count, "day")).")
        }

        let c = now.claims
        out += ["", "## Worst-case thoughts", ""]
        if c.total == 0 {
            out.append("None found.")
        } else {
            out.append("\(c.total) found, \(c.examined) examined with evidence (\(F.percent(c.coverage ?? 0))), \(c.withAgainst) with `against:` items.")
            out += ["", "| Kind | Found | Examined |", "| --- | ---: | ---: |"]
            out += c.byKind.map { "| \($0.kind) | \($0.total) | \($0.examined) |" }
        }
        if let possible = F.possibleThoughtsSentence(now.possibleClaims) { out += ["", possible] }

        out += ["", "## Urges and facts", "",
                "- Urges resisted: \(now.urges.resisted)", "- Urges acted on: \(now.urges.acted)"]
        if now.urges.unspecified > 0 { out.append("- Not marked: \(now.urges.unspecified)") }
        out += ["- Facts written: \(now.facts)", "- Reframes written: \(now.reframes)"]

        if summary.includesText { out += ["", "## In your words", ""] + words(now.words) }
        if let previous = summary.previous { out += ["", comparison(summary, previous)] }
        out += ["", "---", "", "*" + F.footer(summary) + "*"]
        return out.joined(separator: "\n") + "\n"
    }

    /// The worst-case thoughts, facts and reframes, entry by entry.
    static func words(_ entries: [EntryWords]) -> [String] {
        typealias F = SummaryFormatting
        guard !entries.isEmpty else { return [WordsListing.noneWritten] }
        var out: [String] = []
        for entry in entries {
            out.append("**\(WordsListing.heading(entry))**")
            out.append("")
            out += WordsListing.items(entry).map { "- \($0.label): " + F.quotedForMarkdown($0.text) }
            out.append("")
        }
        if out.last == "" { out.removeLast() }
        return out
    }

    /// One row per week (or month), the totals, and the trends as sparklines.
    static func trendTable(_ summary: Summary, _ grouping: SummaryGrouping) -> [String] {
        typealias F = SummaryFormatting
        let name = grouping == .day ? "Day" : grouping == .week ? "Week" : "Month"
        var out = ["## By \(grouping.rawValue)", "",
                   "| \(name) | Days journaled | Entries | Red | Yellow | Green | Red share | Came down | On own | Reassurance | Days over limit | Worst-case thoughts | Examined | Urges resisted | Urges acted on |",
                   "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        func row(_ first: String, _ s: PeriodSummary) -> String {
            "| \(first) | \(s.daysJournaled) of \(s.period.length) | \(s.entries) | \(s.temperature.red) | \(s.temperature.yellow) | \(s.temperature.green) | \(F.percent(s.temperature.redShare)) | \(s.temperature.trajectoriesDown) | \(s.temperature.downOnOwn) | \(s.reassurance.total) | \(s.reassurance.daysOverLimit.count) | \(s.claims.total) | \(s.claims.examined) (\(F.percent(s.claims.coverage))) | \(s.urges.resisted) | \(s.urges.acted) |"
        }
        for r in summary.rows { out.append(row(F.rowName(r.period, grouping), r)) }
        out.append(row("**Total**", summary.current))
        out += ["", "Trends, one mark per \(grouping.rawValue) (▁ none or least … █ most; · nothing to count):", ""]
        for trend in F.trends(summary.rows) {
            out.append("- \(trend.name): `\(F.sparkline(trend.values, maximum: trend.maximum))`")
        }
        return out
    }

    static func comparison(_ summary: Summary, _ previous: PeriodSummary) -> String {
        typealias F = SummaryFormatting
        guard let changes = summary.changes else { return "" }
        var out = ["## Compared with \(previous.period.from) – \(previous.period.to)", "",
                   "| | Before | Now | Change |", "| --- | ---: | ---: | ---: |"]
        out += changes.metrics.map { "| \($0.label) | \($0.previous) | \($0.current) | \(F.signed($0.delta)) |" }
        let moved = changes.triggers.filter { $0.delta != 0 }
        if !moved.isEmpty {
            out += ["", "Tags: " + moved.map { "`\($0.label)` \(F.signed($0.delta))" }.joined(separator: ", ")]
        }
        return out.joined(separator: "\n")
    }
}
