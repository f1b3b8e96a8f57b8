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
            json.field("by", summary.grouping?.rawValue)
            if let grouping = summary.grouping {
                json.objects("rows", summary.rows) { json, row in
                    json.field("period", grouping.label(of: row.period))
                    columns(row, into: &json)
                }
                json.object("totals") { columns(summary.current, into: &$0) }
            }
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

    /// `from`, `to` and the trend columns of one row (or of the totals).
    private static func columns(_ row: PeriodSummary, into json: inout JSONWriter) {
        json.field("from", row.period.from.description)
        json.field("to", row.period.to.description)
        for column in SummaryColumn.all {
            json.dynamicKey(column.json)
            switch column.value(row) {
            case .count(let count): json.int(count)
            case .share(let share): if let share { json.double(share, decimals: 3) } else { json.null() }
            }
        }
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
        json.key("untagged")
        if let untagged = s.untagged {
            json.object { json in
                json.field("count", untagged.count)
                json.field("reachedRed", untagged.reachedRed)
                json.array("days", untagged.days) { $0.string($1.description) }
            }
        } else {
            json.null()
        }
        timeOfDay(s.timeOfDay, dayStartsAt: summary.dayStartsAt, into: &json)
        reassurance(s.reassurance, into: &json)
        claims(s.claims, into: &json)
        json.object("possibleClaims") { json in
            json.field("total", s.possibleClaims.total)
            json.field("examined", s.possibleClaims.examined)
            json.key("coverage")
            if let coverage = s.possibleClaims.coverage { json.double(coverage, decimals: 3) } else { json.null() }
        }
        json.object("urges") { json in
            json.field("resisted", s.urges.resisted)
            json.field("acted", s.urges.acted)
            json.field("unspecified", s.urges.unspecified)
        }
        json.object("facts") { json in
            json.field("facts", s.facts)
            json.field("reframes", s.reframes)
        }
        json.object("crisisLanguage") { json in
            json.field("entries", s.crisisEntries)
            json.array("dates", s.crisisDays) { $0.string($1.description) }
        }
        let p = s.progress
        json.object("progress") { json in
            json.field("pausedBeforeReacting", p.pausedBeforeReacting)
            json.field("redBroughtDownOnOwn", p.redBroughtDownOnOwn)
            json.field("daysWithinReassuranceLimit", p.daysWithinReassuranceLimit)
            json.field("thoughtsExamined", p.thoughtsExamined)
            json.field("possibleThoughtsExamined", p.possibleThoughtsExamined)
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
        json.field("downOnOwn", t.downOnOwn)
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

    private static func timeOfDay(_ parts: [PartOfDayCount], dayStartsAt: TimeOfDay, into json: inout JSONWriter) {
        func counts(_ part: PartOfDayCount, into json: inout JSONWriter) {
            json.field("entries", part.entries)
            json.field("red", part.red)
            json.field("yellow", part.yellow)
            json.field("green", part.green)
            json.key("redShare")
            if let share = part.redShare { json.double(share, decimals: 3) } else { json.null() }
        }
        json.object("timeOfDay") { json in
            json.objects("parts", parts.filter { $0.part != nil }) { json, count in
                let part = count.part!
                let bounds = part.bounds(dayStartsAt: dayStartsAt)
                json.field("part", part.rawValue)
                json.field("from", bounds.from)
                json.field("to", bounds.to)
                counts(count, into: &json)
            }
            json.key("untimed")
            if let untimed = parts.first(where: { $0.part == nil }) { json.object { counts(untimed, into: &$0) } } else { json.null() }
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
