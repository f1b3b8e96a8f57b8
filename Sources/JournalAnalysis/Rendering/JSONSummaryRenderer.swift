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
        json.object { json in
            json.field("schemaVersion", schemaVersion)
            json.field("dayStartsAt", summary.dayStartsAt.description)
            json.field("associationMinimum", summary.associationMinimum)
            body(summary.current, summary: summary, includeText: includeText, into: &json)
            guard let previous = summary.previous, let changes = summary.changes else { return }
            json.object("previous") { body(previous, summary: summary, includeText: includeText, into: &$0) }
            json.object("changes") { json in
                for metric in changes.metrics {
                    json.dynamicKey(metric.key)
                    json.object { change(metric, into: &$0) }
                }
                json.objects("triggers", changes.triggers) { json, metric in
                    json.field("tag", metric.key)
                    change(metric, into: &json)
                }
            }
        }
        return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }

    private static func change(_ metric: MetricChange, into json: inout JSONWriter) {
        json.field("current", metric.current)
        json.field("previous", metric.previous)
        json.field("change", metric.delta)
    }

    private static func body(_ s: PeriodSummary, summary: Summary, includeText: Bool, into json: inout JSONWriter) {
        json.object("period") { json in
            json.field("from", s.period.from.description)
            json.field("to", s.period.to.description)
            json.field("length", s.period.length)
            json.field("isoWeek", s.period.isoWeek?.description)
        }
        json.field("days", s.daysJournaled)
        json.field("entries", s.entries)
        json.key("entriesPerDay")
        json.double(s.entriesPerDay, decimals: 2)
        temperature(s.temperature, includeText: includeText, into: &json)
        json.objects("triggers", s.triggers) { json, trigger in
            json.field("tag", trigger.tag)
            json.field("count", trigger.count)
            json.field("reachedRed", trigger.reachedRed)
            json.array("days", trigger.days) { $0.string($1.description) }
            json.field("association", trigger.count >= summary.associationMinimum)
        }
        reassurance(s.reassurance, into: &json)
        claims(s.claims, into: &json)
        json.object("urges") { json in
            json.field("resisted", s.urges.resisted)
            json.field("acted", s.urges.acted)
            json.field("unspecified", s.urges.unspecified)
        }
        json.object("facts") { json in
            json.field("facts", s.facts)
            json.field("reframes", s.reframes)
        }
        let p = s.progress
        json.object("progress") { json in
            json.field("pausedBeforeReacting", p.pausedBeforeReacting)
            json.field("redBroughtDownOnOwn", p.redBroughtDownOnOwn)
            json.field("daysWithinReassuranceLimit", p.daysWithinReassuranceLimit)
            json.field("thoughtsExamined", p.thoughtsExamined)
        }
    }

    private static func temperature(_ t: TemperatureSummary, includeText: Bool, into json: inout JSONWriter) {
        json.object("temperature") { json in
            json.field("red", t.red)
            json.field("yellow", t.yellow)
            json.field("green", t.green)
            json.objects("perDay", t.perDay) { json, day in
                json.field("date", day.date.description)
                json.field("first", day.first?.rawValue)
                json.field("last", day.last?.rawValue)
                json.field("red", day.red)
                json.field("yellow", day.yellow)
                json.field("green", day.green)
            }
        }
        json.field("trajectoriesDown", t.trajectoriesDown)
        json.objects("moves", t.moves) { json, move in
            json.field("from", move.from.rawValue)
            json.field("to", move.to.rawValue)
            json.field("count", move.count)
        }
        if includeText {
            json.objects("techniquesBeforeDown", t.techniquesBeforeDown) { json, technique in
                json.field("technique", technique.name)
                json.field("count", technique.count)
            }
        }
    }

    private static func reassurance(_ r: ReassuranceSummary, into json: inout JSONWriter) {
        json.object("reassurance") { json in
            json.field("limit", r.limit)
            json.field("total", r.total)
            json.object("perDay") { json in
                for day in r.perDay { json.dynamicKey(day.date.description); json.int(day.count) }
            }
            json.field("daysOverLimit", r.daysOverLimit.count)
            json.array("datesOverLimit", r.daysOverLimit) { $0.string($1.description) }
            json.field("daysWithinLimit", r.daysWithinLimit)
            json.key("longestRunWithinLimit")
            if let run = r.longestRunWithinLimit {
                json.object { json in
                    json.field("days", run.length)
                    json.field("from", run.from.description)
                    json.field("to", run.to.description)
                }
            } else {
                json.null()
            }
        }
    }

    private static func claims(_ c: ClaimSummary, into json: inout JSONWriter) {
        json.object("claims") { json in
            json.field("total", c.total)
            json.field("examined", c.examined)
            json.field("withAgainst", c.withAgainst)
            json.key("coverage")
            if let coverage = c.coverage { json.double(coverage, decimals: 3) } else { json.null() }
            json.objects("byKind", c.byKind) { json, kind in
                json.field("kind", kind.kind)
                json.field("total", kind.total)
                json.field("examined", kind.examined)
                json.field("withAgainst", kind.withAgainst)
            }
        }
    }
}
