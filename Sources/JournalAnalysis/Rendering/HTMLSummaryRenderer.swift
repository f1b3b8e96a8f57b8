import JournalModel

/// One self-contained HTML page: no scripts, no external fonts, images or style sheets, a
/// Content-Security-Policy that allows only its own style block (by hash), inline SVG charts,
/// light and dark colours, and print styles. Counts and tag names only, never the journal's words.
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
    svg text{fill:var(--fg);font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
    svg text.muted{fill:var(--muted)}
    svg text.value{font-weight:600}
    svg text.over{fill:var(--over)}
    .grid{stroke:var(--grid);stroke-width:1}
    .t-red{fill:var(--red)}.t-yellow{fill:var(--yellow)}.t-green{fill:var(--green)}
    .tag-bar{fill:var(--bar)}.r-within{fill:var(--within)}.r-over{fill:var(--over)}
    .limit{stroke:var(--limit);stroke-width:1.5;stroke-dasharray:6 4}
    footer{font-size:.85rem;margin-top:2rem}
    @media print{:root{--bg:#fff;--fg:#000;--muted:#444;--grid:#bbb;--card:#fff;--limit:#000}body{font-size:11pt}main{max-width:none;padding:0}section{border-radius:0}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
    """

    /// The Content-Security-Policy of the page: nothing may load, only the style block applies.
    public static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'sha256-\(SHA256.base64(SHA256.hash(Array(styleSheet.utf8))))'; img-src 'none'; base-uri 'none'; form-action 'none'"
    }

    public static func render(_ summary: Summary) -> String {
        typealias F = SummaryFormatting
        let now = summary.current
        let title = (now.period.isoWeek.map { "Week \($0)" } ?? "Review") + ": \(now.period.from) – \(now.period.to)"
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
            html += numbers(now)
            let lines = F.progressLines(now)
            html += "<section id=\"went-well\"><h2>What went well</h2>"
            html += lines.isEmpty ? "<p>You kept writing it down. That is the practice.</p>" : "<ul class=\"well\">" + lines.map { "<li>\(HTMLEscaping.escape($0))</li>" }.joined() + "</ul>"
            html += "</section>\n"
        }

        let t = now.temperature
        html += "<section id=\"temperature\"><h2>Temperature</h2>"
        html += "<p>\(F.count(t.readings, "reading")): \(t.red) red, \(t.yellow) yellow, \(t.green) green.</p>"
        html += SVGCharts.temperature(t.perDay, period: now.period)
        if t.trajectoriesDown > 0 {
            html += "<p>You brought yourself down in \(F.count(t.trajectoriesDown, "entry", "entries")): "
                + HTMLEscaping.escape(t.moves.map { "\(F.move($0.from, $0.to)) \($0.count)" }.joined(separator: ", ")) + ".</p>"
            if !t.techniquesBeforeDown.isEmpty {
                html += "<p>What you did first: \(HTMLEscaping.escape(F.namedCounts(t.techniquesBeforeDown))).</p>"
            }
        }
        html += "</section>\n"

        html += "<section id=\"triggers\"><h2>Triggers</h2>"
        html += SVGCharts.triggers(now.triggers, minimum: summary.associationMinimum)
        html += "<p class=\"note\">Shares are associations, not causes, and are shown for tags in \(summary.associationMinimum) or more entries.</p></section>\n"

        let r = now.reassurance
        html += "<section id=\"reassurance\"><h2>Reassurance</h2>"
        html += "<p>\(F.count(r.total, "act")) of reassurance-seeking; your limit is \(r.limit) a day. \(r.daysWithinLimit) of \(F.count(now.daysJournaled, "day")) within it"
            + (r.longestRunWithinLimit.map { ", longest run \(F.count($0.length, "day"))" } ?? "") + ".</p>"
        html += SVGCharts.reassurance(r.perDay, limit: r.limit, period: now.period)
        html += "</section>\n"

        let c = now.claims
        html += "<section id=\"thoughts\"><h2>Worst-case thoughts, urges and facts</h2><table><tbody>"
        html += row("Worst-case thoughts found", c.total)
        html += row("Examined with evidence", c.examined, c.coverage.map { F.percent($0) })
        html += row("With against: items", c.withAgainst)
        for kind in c.byKind { html += row("  " + kind.kind, kind.total, "\(kind.examined) examined") }
        html += row("Urges resisted", now.urges.resisted)
        html += row("Urges acted on", now.urges.acted)
        if now.urges.unspecified > 0 { html += row("Urges not marked", now.urges.unspecified) }
        html += row("Facts written", now.facts)
        html += row("Reframes written", now.reframes)
        html += "</tbody></table></section>\n"

        if let previous = summary.previous, let changes = summary.changes {
            html += "<section id=\"compare\"><h2>Compared with \(previous.period.from) – \(previous.period.to)</h2>"
            html += "<table><thead><tr><th></th><th class=\"n\">Before</th><th class=\"n\">Now</th><th class=\"n\">Change</th></tr></thead><tbody>"
            for metric in changes.metrics {
                html += "<tr><td>\(HTMLEscaping.escape(metric.label))</td><td class=\"n\">\(metric.previous)</td><td class=\"n\">\(metric.current)</td><td class=\"n\">\(F.signed(metric.delta))</td></tr>"
            }
            html += "</tbody></table></section>\n"
        }

        html += """
        <footer>Made by Steady from your journal's fields and tags; none of your words are in this page. \
        Days start at \(summary.dayStartsAt). A self-help writing aid, not a diagnosis.</footer>
        </main>
        </body>
        </html>

        """
        return html
    }

    private static func numbers(_ s: PeriodSummary) -> String {
        let items = [("Days journaled", s.daysJournaled), ("Entries", s.entries), ("Brought down", s.temperature.trajectoriesDown),
                     ("Urges resisted", s.urges.resisted), ("Reassurance acts", s.reassurance.total)]
        return "<dl class=\"numbers\">" + items.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>" }.joined() + "</dl>\n"
    }

    private static func row(_ label: String, _ value: Int, _ extra: String? = nil) -> String {
        "<tr><td>\(HTMLEscaping.escape(label))</td><td class=\"n\">\(value)</td><td class=\"n\">\(extra.map(HTMLEscaping.escape) ?? "")</td></tr>"
    }
}
