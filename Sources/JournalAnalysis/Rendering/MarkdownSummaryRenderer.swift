import MarkdownSyntax
import JournalModel

/// A review to keep in one's notes: headings, short sentences and tables. Counts and tag names
/// only, never the journal's words. Tags are written as `#tag` in code spans so that Steady does
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

        out += ["", "## What went well", ""]
        let lines = F.progressLines(now)
        out += lines.isEmpty ? ["You kept writing it down. That is the practice."] : lines.map { "- " + $0 }

        let t = now.temperature
        out += ["", "## Temperature", "",
                "\(F.count(t.readings, "reading")): \(t.red) red, \(t.yellow) yellow, \(t.green) green.", "",
                "| Day | First | Last | Readings |", "| --- | --- | --- | --- |"]
        for day in t.perDay {
            out.append("| \(F.shortDay(day.date)) | \(day.first?.rawValue ?? "–") | \(day.last?.rawValue ?? "–") | \(day.sequence.map(\.rawValue).joined(separator: " → ")) |")
        }
        if t.trajectoriesDown > 0 {
            out += ["", "You brought yourself down in \(F.count(t.trajectoriesDown, "entry", "entries")): "
                + t.moves.map { "\(F.move($0.from, $0.to)) \($0.count)" }.joined(separator: ", ") + "."]
            if !t.techniquesBeforeDown.isEmpty {
                out.append("What you did first: \(F.namedCounts(t.techniquesBeforeDown)).")
            }
        }

        out += ["", "## Triggers", ""]
        if now.triggers.isEmpty {
            out.append("No tags in this period.")
        } else {
            out += ["| Tag | Entries | Reached red | Days |", "| --- | ---: | ---: | --- |"]
            for trigger in now.triggers {
                out.append("| `#\(trigger.tag.withVisibleControls())` | \(trigger.count) | \(trigger.reachedRed) | \(trigger.days.map(F.weekdayAndDay).joined(separator: ", ")) |")
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
                "| Day | Acts | |", "| --- | ---: | --- |"]
        for day in r.perDay {
            out.append("| \(F.shortDay(day.date)) | \(day.count) | \(day.count > r.limit ? "over the limit" : "") |")
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

        out += ["", "## Urges and facts", "",
                "- Urges resisted: \(now.urges.resisted)", "- Urges acted on: \(now.urges.acted)"]
        if now.urges.unspecified > 0 { out.append("- Not marked: \(now.urges.unspecified)") }
        out += ["- Facts written: \(now.facts)", "- Reframes written: \(now.reframes)"]

        if let previous = summary.previous { out += ["", comparison(summary, previous)] }
        return out.joined(separator: "\n") + "\n"
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
