import JournalModel

/// The summary as JSON for other tools (`"schemaVersion": 1`, documented in docs/summary.md).
/// Carries counts, dates and tag names; the journal's words only with `includeText`.
public enum JSONSummaryRenderer {
    /// Bumped when a key is removed or changes meaning; new keys may appear in any version.
    public static let schemaVersion = 1

    /// - Parameters:
    ///   - includeText: also write the `regulate:` techniques as written in the journal.
    /// - Returns: one JSON object and a newline.
    public static func render(_ summary: Summary, includeText: Bool = false) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("schemaVersion", schemaVersion)
        json.field("dayStartsAt", summary.dayStartsAt.description)
        json.field("associationMinimum", summary.associationMinimum)
        body(summary.current, summary: summary, includeText: includeText, into: &json)
        if let previous = summary.previous, let changes = summary.changes {
            json.key("previous")
            json.beginObject()
            body(previous, summary: summary, includeText: includeText, into: &json)
            json.endObject()
            json.key("changes")
            json.beginObject()
            for metric in changes.metrics {
                json.dynamicKey(metric.key)
                change(metric, into: &json)
            }
            json.key("triggers")
            json.beginArray()
            for metric in changes.triggers {
                json.beginObject()
                json.field("tag", metric.key)
                json.field("current", metric.current)
                json.field("previous", metric.previous)
                json.field("change", metric.delta)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }

    private static func change(_ metric: MetricChange, into json: inout JSONWriter) {
        json.beginObject()
        json.field("current", metric.current)
        json.field("previous", metric.previous)
        json.field("change", metric.delta)
        json.endObject()
    }

    private static func body(_ s: PeriodSummary, summary: Summary, includeText: Bool, into json: inout JSONWriter) {
        json.key("period")
        json.beginObject()
        json.field("from", s.period.from.description)
        json.field("to", s.period.to.description)
        json.field("length", s.period.length)
        json.field("isoWeek", s.period.isoWeek?.description)
        json.endObject()
        json.field("days", s.daysJournaled)
        json.field("entries", s.entries)
        json.key("entriesPerDay")
        json.double(s.entriesPerDay, decimals: 2)

        let t = s.temperature
        json.key("temperature")
        json.beginObject()
        json.field("red", t.red)
        json.field("yellow", t.yellow)
        json.field("green", t.green)
        json.key("perDay")
        json.beginArray()
        for day in t.perDay {
            json.beginObject()
            json.field("date", day.date.description)
            json.field("first", day.first?.rawValue)
            json.field("last", day.last?.rawValue)
            json.field("red", day.red)
            json.field("yellow", day.yellow)
            json.field("green", day.green)
            json.endObject()
        }
        json.endArray()
        json.endObject()

        json.field("trajectoriesDown", t.trajectoriesDown)
        json.key("moves")
        json.beginArray()
        for move in t.moves {
            json.beginObject()
            json.field("from", move.from.rawValue)
            json.field("to", move.to.rawValue)
            json.field("count", move.count)
            json.endObject()
        }
        json.endArray()
        if includeText {
            json.key("techniquesBeforeDown")
            json.beginArray()
            for technique in t.techniquesBeforeDown {
                json.beginObject()
                json.field("technique", technique.name)
                json.field("count", technique.count)
                json.endObject()
            }
            json.endArray()
        }

        json.key("triggers")
        json.beginArray()
        for trigger in s.triggers {
            json.beginObject()
            json.field("tag", trigger.tag)
            json.field("count", trigger.count)
            json.field("reachedRed", trigger.reachedRed)
            json.key("days")
            json.beginArray()
            for day in trigger.days { json.string(day.description) }
            json.endArray()
            json.field("association", trigger.count >= summary.associationMinimum)
            json.endObject()
        }
        json.endArray()

        let r = s.reassurance
        json.key("reassurance")
        json.beginObject()
        json.field("limit", r.limit)
        json.field("total", r.total)
        json.key("perDay")
        json.beginObject()
        for day in r.perDay { json.dynamicKey(day.date.description); json.int(day.count) }
        json.endObject()
        json.field("daysOverLimit", r.daysOverLimit.count)
        json.key("datesOverLimit")
        json.beginArray()
        for day in r.daysOverLimit { json.string(day.description) }
        json.endArray()
        json.field("daysWithinLimit", r.daysWithinLimit)
        json.key("longestRunWithinLimit")
        if let run = r.longestRunWithinLimit {
            json.beginObject()
            json.field("days", run.length)
            json.field("from", run.from.description)
            json.field("to", run.to.description)
            json.endObject()
        } else {
            json.null()
        }
        json.endObject()

        let c = s.claims
        json.key("claims")
        json.beginObject()
        json.field("total", c.total)
        json.field("examined", c.examined)
        json.field("withAgainst", c.withAgainst)
        json.key("coverage")
        if let coverage = c.coverage { json.double(coverage, decimals: 3) } else { json.null() }
        json.key("byKind")
        json.beginArray()
        for kind in c.byKind {
            json.beginObject()
            json.field("kind", kind.kind)
            json.field("total", kind.total)
            json.field("examined", kind.examined)
            json.field("withAgainst", kind.withAgainst)
            json.endObject()
        }
        json.endArray()
        json.endObject()

        json.key("urges")
        json.beginObject()
        json.field("resisted", s.urges.resisted)
        json.field("acted", s.urges.acted)
        json.field("unspecified", s.urges.unspecified)
        json.endObject()

        json.key("facts")
        json.beginObject()
        json.field("facts", s.facts)
        json.field("reframes", s.reframes)
        json.endObject()

        let p = s.progress
        json.key("progress")
        json.beginObject()
        json.field("pausedBeforeReacting", p.pausedBeforeReacting)
        json.field("redBroughtDownOnOwn", p.redBroughtDownOnOwn)
        json.field("daysWithinReassuranceLimit", p.daysWithinReassuranceLimit)
        json.field("thoughtsExamined", p.thoughtsExamined)
        json.endObject()
    }
}
