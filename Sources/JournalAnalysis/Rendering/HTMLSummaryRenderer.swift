import JournalModel

/// One self-contained HTML page: no scripts, no external fonts, images or style sheets, a
/// Content-Security-Policy that allows only its own style block (by hash), inline SVG charts,
/// light and dark colours, and print styles. Counts, tag names and `regulate:` techniques; the
/// writer's sentences only when asked (`--include-text`), and the footer says which.
public enum HTMLSummaryRenderer {
    /// The page's style sheet; its SHA-256 goes into the Content-Security-Policy.
    static let styleSheet = """
    :root{color-scheme:light dark;--bg:#f7f5f0;--fg:#23252b;--muted:#5c6170;--grid:#dcd8cf;--card:#fff;--red:#c2413a;--yellow:#d29c12;--green:#3b8a55;--bar:#a7aebd;--within:#4f77b3;--over:#c2413a;--limit:#23252b}
    @media (prefers-color-scheme:dark){:root{--bg:#14161b;--fg:#e8e6e1;--muted:#a4a9b4;--grid:#383c46;--card:#1c1f26;--red:#ee6d60;--yellow:#efc04b;--green:#69c487;--bar:#5d6578;--within:#86a8e0;--over:#ee6d60;--limit:#e8e6e1}}
    *{box-sizing:border-box}
    body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
    main{max-width:780px;margin:0 auto;padding:2rem 1.25rem 3rem}
    h1{font-size:1.6rem;margin:0 0 .25rem}
    h2{font-size:1.15rem;margin:0 0 .5rem}
    .lede,.note,footer{color:var(--muted)}
    .crisis{border-left:3px solid var(--fg);padding-left:.6em}
    section{background:var(--card);border:1px solid var(--grid);border-radius:12px;padding:1rem 1.25rem;margin:1rem 0;break-inside:avoid}
    .numbers{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:.75rem;margin:0}
    .numbers div{border-left:3px solid var(--grid);padding-left:.6rem}
    .numbers dt{color:var(--muted);font-size:.85rem}
    .numbers dd{margin:0;font-size:1.4rem;font-weight:600}
    ul.well{padding-left:1.2rem;margin:.25rem 0}
    table{border-collapse:collapse;width:100%;font-size:.95rem}
    th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--grid)}
    td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
    svg.chart{width:100%;height:auto;display:block;margin:.5rem 0}
    svg.narrow{display:none;max-width:520px}
    .scroll{overflow-x:auto}
    table.trend{font-size:.85rem}table.trend td:first-child{white-space:nowrap}table.trend tr.total td{font-weight:600;border-top:2px solid var(--grid)}
    dl.words dt{font-weight:600;margin-top:.5rem}dl.words dd{margin:.15rem 0 .15rem 1rem}.kind{color:var(--muted);font-size:.9em}
    @media (max-width:700px){main{padding:1rem .5rem 2rem}section{padding:.75rem}svg.wide{display:none}svg.narrow{display:block}}
    svg text{fill:var(--fg);font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
    svg text.muted{fill:var(--muted)}
    svg text.value{font-weight:600}
    svg text.over{fill:var(--over)}
    .grid{stroke:var(--grid);stroke-width:1}
    .t-red{fill:var(--red)}.t-yellow{fill:var(--yellow)}.t-green{fill:var(--green)}
    .tag-bar{fill:var(--bar)}.r-within{fill:var(--within)}.r-over{fill:var(--over)}
    .limit{stroke:var(--limit);stroke-width:1.5;stroke-dasharray:6 4}
    footer{font-size:.85rem;margin-top:2rem}
    @page{margin:9mm}
    @media print{:root{--bg:#fff;--fg:#000;--muted:#444;--grid:#bbb;--card:#fff;--limit:#000}body{font-size:9pt;line-height:1.3}main{max-width:none;padding:0;column-count:2;column-gap:5mm}h1{font-size:14pt}h2{font-size:11pt;margin:0 0 1mm}h1,.lede,.crisis,dl.numbers,#by,#words,#compare,footer{column-span:all}p{margin:1mm 0}.numbers{margin-bottom:2mm}.numbers dd{font-size:13pt}section{border-radius:0;margin:0 0 3mm;padding:2mm 3mm;break-inside:avoid}#words{break-inside:auto}svg.chart{margin:1mm 0}table{font-size:8.5pt}th,td{padding:.5mm 1.5mm}svg.wide{display:none}svg.narrow{display:block;max-width:none}footer{margin-top:2mm;font-size:8pt}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
    """

    /// The Content-Security-Policy of the page: nothing may load, only the style block applies.
    public static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'sha256-\(SHA256.base64(SHA256.hash(Array(styleSheet.utf8))))'; img-src 'none'; base-uri 'none'; form-action 'none'"
    }

    public static func render(_ summary: Summary) -> String {
        typealias F = SummaryFormatting
        let now = summary.current
        let title = (now.period.isoWeek.map { "Week \($0)" } ?? "Review") + ": \(now.period.from) – \(now.period.to)"
            + (summary.grouping.map { " by \($0.rawValue)" } ?? "")
        var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="referrer" content="no-referrer">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>Steady · \(HTMLEscaping.escape(title))</title>
        <style>\(styleSheet)</style>
        </head>
        <body>
        <main>
        <h1>\(HTMLEscaping.escape(title))</h1>

        """
        if now.isEmpty {
            html += "<p class=\"lede\">No entries in this period. Nothing to count yet, and that's okay.</p>\n"
        } else {
            html += "<p class=\"lede\">\(now.daysJournaled) of \(F.count(now.period.length, "day")) journaled, \(F.count(now.entries, "entry", "entries")) (\(F.oneDecimal(now.entriesPerDay)) a day).</p>\n"
            if let crisis = F.crisisSentence(now) {
                // `steady lint` in the sentence is code; the rest is text.
                let parts = crisis.split(separator: "`", omittingEmptySubsequences: false).enumerated().map { index, part in
                    index % 2 == 1 ? "<code>\(HTMLEscaping.escape(String(part)))</code>" : HTMLEscaping.escape(String(part))
                }
                html += "<p class=\"crisis\"><strong>Please read:</strong> \(parts.joined())</p>\n"
            }
            html += numbers(now)
        }
        if let grouping = summary.grouping { html += trends(summary, grouping) }
        if !now.isEmpty {
            let lines = F.progressLines(now)
            html += "<section id=\"went-well\"><h2>What went well</h2>"
            html += lines.isEmpty ? "<p>You kept writing it down. That is the practice.</p>" : "<ul class=\"well\">" + lines.map { "<li>\(HTMLEscaping.escape($0))</li>" }.joined() + "</ul>"
            html += "</section>\n"
        }

        let t = now.temperature
        html += "<section id=\"temperature\"><h2>Temperature</h2>"
        html += "<p>\(F.count(t.readings, "reading")): \(t.red) red, \(t.yellow) yellow, \(t.green) green.</p>"
        if summary.grouping == nil {
            html += SVGCharts.both { SVGCharts.temperature(t.perDay, period: now.period, layout: $0) }
            let unread = t.perDay.filter { $0.readings == 0 }.map(\.date)
            if !unread.isEmpty {
                html += "<p class=\"note\">No temperature written on \(unread.map(F.shortDay).joined(separator: ", ")).</p>"
            }
        }
        if t.trajectoriesDown > 0 {
            html += "<p>Came down in \(F.count(t.trajectoriesDown, "entry", "entries")): \(HTMLEscaping.escape(F.moves(t))); \(F.onOwnNote(t)) (no reassurance between the hotter reading and the cooler one).</p>"
            if !t.techniquesBeforeDown.isEmpty {
                html += "<p>What you did first: \(HTMLEscaping.escape(F.namedCounts(t.techniquesBeforeDown))).</p>"
            }
        }
        html += "</section>\n"

        html += "<section id=\"time-of-day\"><h2>Time of day</h2>"
        html += SVGCharts.both { SVGCharts.timeOfDay(now.timeOfDay, dayStartsAt: summary.dayStartsAt, layout: $0) }
        let night = PartOfDay.night.bounds(dayStartsAt: summary.dayStartsAt)
        html += "<p class=\"note\">By the entry's clock time: night \(night.from)–\(night.to), then morning to 12:00, afternoon to 17:00, evening to 21:00, late evening to midnight.</p></section>\n"

        html += "<section id=\"triggers\"><h2>Triggers</h2>"
        let triggerRows = now.triggers.prefix(11) + (now.untagged.map { [$0] } ?? [])
        html += SVGCharts.both { SVGCharts.triggers(Array(triggerRows), minimum: summary.associationMinimum, layout: $0) }
        if now.triggers.count > 11 { html += "<p class=\"note\">The 11 tags in most entries are shown, of \(now.triggers.count).</p>" }
        html += "<p class=\"note\">Associations, not causes; shares shown for tags in \(summary.associationMinimum)+ entries. “no tag”: entries without a #tag.</p></section>\n"

        let r = now.reassurance
        html += "<section id=\"reassurance\"><h2>Reassurance</h2>"
        html += "<p>\(F.count(r.total, "act")) of reassurance-seeking; your limit is \(r.limit) a day. \(r.daysWithinLimit) of \(F.count(now.daysJournaled, "day")) within it"
            + (r.longestRunWithinLimit.map { ", longest run \(F.count($0.length, "day"))" } ?? "") + ".</p>"
        if summary.grouping == nil {
            html += SVGCharts.both { SVGCharts.reassurance(r.perDay, limit: r.limit, period: now.period, layout: $0) }
        }
        html += "</section>\n"

        let c = now.claims
        html += "<section id=\"thoughts\"><h2>Worst-case thoughts, urges and facts</h2><table><tbody>"
        html += row("Worst-case thoughts found", c.total)
        html += row("Examined with evidence", c.examined, c.coverage.map { F.percent($0) })
        html += row("With against: items", c.withAgainst)
        for kind in c.byKind { html += row("  " + kind.kind, kind.total, "\(kind.examined) examined") }
        let possible = now.possibleClaims
        if possible.total > 0 {
            html += row("Thoughts that might be worst-case", possible.total)
            html += row("  examined with evidence", possible.examined, possible.coverage.map { F.percent($0) })
        }
        html += row("Urges resisted", now.urges.resisted)
        html += row("Urges acted on", now.urges.acted)
        if now.urges.unspecified > 0 { html += row("Urges not marked", now.urges.unspecified) }
        html += row("Facts written", now.facts)
        html += row("Reframes written", now.reframes)
        html += "</tbody></table></section>\n"

        if summary.includesText { html += words(now.words) }

        if let previous = summary.previous, let changes = summary.changes {
            html += "<section id=\"compare\"><h2>Compared with \(previous.period.from) – \(previous.period.to)</h2>"
            html += "<table><thead><tr><th></th><th class=\"n\">Before</th><th class=\"n\">Now</th><th class=\"n\">Change</th></tr></thead><tbody>"
            for metric in changes.metrics + changes.triggers.filter({ $0.delta != 0 }) {
                html += "<tr><td>\(HTMLEscaping.escape(metric.label))</td><td class=\"n\">\(metric.previous)</td><td class=\"n\">\(metric.current)</td><td class=\"n\">\(F.signed(metric.delta))</td></tr>"
            }
            html += "</tbody></table></section>\n"
        }

        html += """
        <footer>\(HTMLEscaping.escape(F.footer(summary)))</footer>
        </main>
        </body>
        </html>

        """
        return html
    }

    /// The trend table (rows and totals) and one chart per trend.
    private static func trends(_ summary: Summary, _ grouping: SummaryGrouping) -> String {
        typealias F = SummaryFormatting
        let name = grouping == .day ? "Day" : grouping == .week ? "Week" : "Month"
        var html = "<section id=\"by\"><h2>By \(grouping.rawValue)</h2><div class=\"scroll\"><table class=\"trend\"><thead><tr><th>\(name)</th>"
        for header in ["Days", "Entries", "Red", "Yellow", "Green", "Red share", "Came down", "On own", "Reassurance", "Days over", "Thoughts", "Examined", "Resisted", "Acted on"] {
            html += "<th class=\"n\">\(header)</th>"
        }
        html += "</tr></thead><tbody>"
        func cells(_ s: PeriodSummary) -> String {
            ["\(s.daysJournaled)/\(s.period.length)", "\(s.entries)", "\(s.temperature.red)", "\(s.temperature.yellow)", "\(s.temperature.green)",
             F.percent(s.temperature.redShare), "\(s.temperature.trajectoriesDown)", "\(s.temperature.downOnOwn)", "\(s.reassurance.total)",
             "\(s.reassurance.daysOverLimit.count)", "\(s.claims.total)", F.percent(s.claims.coverage), "\(s.urges.resisted)", "\(s.urges.acted)"]
                .map { "<td class=\"n\">\($0)</td>" }.joined()
        }
        for row in summary.rows {
            html += "<tr><td>\(HTMLEscaping.escape(F.rowName(row.period, grouping)))</td>\(cells(row))</tr>"
        }
        html += "<tr class=\"total\"><td>Total</td>\(cells(summary.current))</tr></tbody></table></div>"
        html += "<p class=\"note\">Days: journaled of the \(grouping.rawValue)'s days in the period. Came down: entries that ended cooler than their hottest reading; on own: with no reassurance between. Days over: days over your reassurance limit of \(summary.current.reassurance.limit).</p></section>\n"

        let rows = summary.rows
        let periods = rows.map(\.period)
        let noun = grouping.rawValue
        html += "<section id=\"trend-temperature\"><h2>Temperature by \(noun)</h2>"
        html += SVGCharts.both { layout in
            SVGCharts.trend(
                id: "chart-trend-temperature", title: "Share of red, yellow and green readings per \(noun)",
                desc: rows.map { "\(F.rowName($0.period, grouping)): red \(F.percent($0.temperature.redShare)) of \(F.count($0.temperature.readings, "reading"))" }.joined(separator: "; ") + ".",
                rows: periods, grouping: grouping,
                columns: rows.map { row in
                    let t = row.temperature
                    let total = Double(max(t.readings, 1))
                    return SVGCharts.TrendColumn(segments: [("t-green", Double(t.green) / total), ("t-yellow", Double(t.yellow) / total), ("t-red", Double(t.red) / total)],
                                                 value: t.redShare.map { F.percent($0) },
                                                 tooltip: "\(F.rowName(row.period, grouping)): \(t.red) red, \(t.yellow) yellow, \(t.green) green")
                },
                maximum: 1, percent: true, legend: [("t-red", "red"), ("t-yellow", "yellow"), ("t-green", "green")],
                note: "number: red share", layout: layout)
        }
        html += "</section>\n<section id=\"trend-reassurance\"><h2>Days over the reassurance limit by \(noun)</h2>"
        let over = rows.map { $0.reassurance.daysOverLimit.count }
        html += SVGCharts.both { layout in
            SVGCharts.trend(
                id: "chart-trend-reassurance", title: "Days over your reassurance limit per \(noun)",
                desc: rows.map { "\(F.rowName($0.period, grouping)): \($0.reassurance.daysOverLimit.count) of \($0.daysJournaled) days" }.joined(separator: "; ") + ".",
                rows: periods, grouping: grouping,
                columns: rows.map { row in
                    SVGCharts.TrendColumn(segments: [("r-over", Double(row.reassurance.daysOverLimit.count))], value: "\(row.reassurance.daysOverLimit.count)",
                                          tooltip: "\(F.rowName(row.period, grouping)): \(row.reassurance.daysOverLimit.count) days over, \(row.reassurance.total) acts")
                },
                maximum: Double(max(over.max() ?? 0, 1)), percent: false, legend: [("r-over", "days over the limit")], note: nil, layout: layout)
        }
        html += "</section>\n<section id=\"trend-evidence\"><h2>Worst-case thoughts examined by \(noun)</h2>"
        html += SVGCharts.both { layout in
            SVGCharts.trend(
                id: "chart-trend-evidence", title: "Share of worst-case thoughts examined with evidence per \(noun)",
                desc: rows.map { "\(F.rowName($0.period, grouping)): \($0.claims.examined) of \($0.claims.total)" }.joined(separator: "; ") + ".",
                rows: periods, grouping: grouping,
                columns: rows.map { row in
                    SVGCharts.TrendColumn(segments: [("r-within", row.claims.coverage ?? 0)], value: row.claims.coverage.map { F.percent($0) } ?? "–",
                                          tooltip: "\(F.rowName(row.period, grouping)): \(row.claims.examined) of \(row.claims.total) examined")
                },
                maximum: 1, percent: true, legend: [("r-within", "examined with evidence")], note: "–: no worst-case thoughts", layout: layout)
        }
        html += "</section>\n<section id=\"trend-urges\"><h2>Urges by \(noun)</h2>"
        let urges = rows.map { $0.urges.resisted + $0.urges.acted }
        html += SVGCharts.both { layout in
            SVGCharts.trend(
                id: "chart-trend-urges", title: "Urges resisted and acted on per \(noun)",
                desc: rows.map { "\(F.rowName($0.period, grouping)): \($0.urges.resisted) resisted, \($0.urges.acted) acted on" }.joined(separator: "; ") + ".",
                rows: periods, grouping: grouping,
                columns: rows.map { row in
                    SVGCharts.TrendColumn(segments: [("t-green", Double(row.urges.resisted)), ("t-red", Double(row.urges.acted))],
                                          value: "\(row.urges.resisted)",
                                          tooltip: "\(F.rowName(row.period, grouping)): \(row.urges.resisted) resisted, \(row.urges.acted) acted on")
                },
                maximum: Double(max(urges.max() ?? 0, 1)), percent: false, legend: [("t-green", "resisted"), ("t-red", "acted on")],
                note: "number: resisted", layout: layout)
        }
        return html + "</section>\n"
    }

    /// The writer's own words, asked for with `--include-text`.
    private static func words(_ entries: [EntryWords]) -> String {
        var html = "<section id=\"words\"><h2>In your words</h2>"
        guard !entries.isEmpty else { return html + "<p>\(WordsListing.noneWritten)</p></section>\n" }
        html += "<dl class=\"words\">"
        for entry in entries {
            html += "<dt>\(WordsListing.heading(entry))</dt>"
            for item in WordsListing.items(entry) {
                html += "<dd><span class=\"kind\">\(HTMLEscaping.escape(item.label))</span> <q>\(HTMLEscaping.escape(item.text))</q></dd>"
            }
        }
        return html + "</dl></section>\n"
    }

    private static func numbers(_ s: PeriodSummary) -> String {
        let items = [("Days journaled", s.daysJournaled), ("Entries", s.entries), ("Came down", s.temperature.trajectoriesDown),
                     ("Urges resisted", s.urges.resisted), ("Reassurance acts", s.reassurance.total)]
        return "<dl class=\"numbers\">" + items.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>" }.joined() + "</dl>\n"
    }

    private static func row(_ label: String, _ value: Int, _ extra: String? = nil) -> String {
        "<tr><td>\(HTMLEscaping.escape(label))</td><td class=\"n\">\(value)</td><td class=\"n\">\(extra.map(HTMLEscaping.escape) ?? "")</td></tr>"
    }
}
