import JournalModel

/// Inline SVG charts for the HTML review. Styled only through classes (the page's style sheet),
/// never `style` attributes, so the page's Content-Security-Policy holds. Every chart has a
/// `<title>` and `<desc>`, and every bar a tooltip, so nothing is told by colour alone.
///
/// Each chart is drawn for a layout: `wide` (640 units, for screens and the printed page's full
/// width) and `narrow` (340 units, for phones and the printed page's columns). The page shows one
/// of them by a media query, so chart text (12 units) is drawn near 12 px wherever it is shown;
/// labels are thinned so none overlaps another, measured with a generous width per character.
enum SVGCharts {
    /// A chart's drawing width, in SVG units.
    struct Layout: Sendable {
        let width: Double
        let isNarrow: Bool
        /// Appended to element ids so both layouts can be on one page.
        var idSuffix: String { isNarrow ? "-narrow" : "" }
        /// The CSS class that the page's media queries show or hide.
        var cssClass: String { isNarrow ? "chart narrow" : "chart wide" }

        static let wide = Layout(width: 640, isNarrow: false)
        static let narrow = Layout(width: 340, isNarrow: true)
        static let both = [wide, narrow]
    }

    /// Width of one character of 12-unit text, on the generous side (wide glyphs in wide fonts).
    static let characterWidth = 7.6
    /// The least space between two labels.
    static let labelGap = 5.0

    /// Both layouts of a chart.
    static func both(_ draw: (Layout) -> String) -> String { Layout.both.map(draw).joined() }

    // MARK: Per-day charts

    /// Readings per day, stacked green / yellow / red, for every day of the period.
    static func temperature(_ perDay: [DayTemperature], period: DatePeriod, layout: Layout) -> String {
        let byDate = Dictionary(uniqueKeysWithValues: perDay.map { ($0.date, $0) })
        let most = max(perDay.map(\.readings).max() ?? 0, 1)
        let frame = Frame(layout: layout, plotHeight: layout.isNarrow ? 112 : 172, legendLines: layout.isNarrow ? 2 : 1)
        var svg = frame.open(id: "chart-temperature", title: "Temperature per day",
                             desc: "Readings per day: red \(perDay.reduce(0) { $0 + $1.red }), yellow \(perDay.reduce(0) { $0 + $1.yellow }), green \(perDay.reduce(0) { $0 + $1.green }).")
        svg += frame.grid(maximum: most)
        let days = period.days
        let columns = frame.columns(count: days.count)
        let showFirstLast = frame.fits(characters: 4, in: columns.first?.slot ?? 0)
        for column in columns {
            let date = days[column.index]
            var y = frame.bottom
            if let day = byDate[date] {
                for (name, count) in [("green", day.green), ("yellow", day.yellow), ("red", day.red)] where count > 0 {
                    let height = frame.scale(count, of: most)
                    y -= height
                    svg += "<rect class=\"t-\(name)\" x=\"\(n(column.x))\" y=\"\(n(y))\" width=\"\(n(column.width))\" height=\"\(n(height))\"><title>\(SummaryFormatting.shortDay(date)): \(count) \(name)</title></rect>"
                }
                if showFirstLast, let first = day.first, let last = day.last {
                    svg += "<text class=\"value\" x=\"\(n(column.centre))\" y=\"\(n(y - 6))\" text-anchor=\"middle\">\(first.rawValue.prefix(1).uppercased())→\(last.rawValue.prefix(1).uppercased())</text>"
                }
            }
        }
        svg += frame.dayLabels(days, columns: columns, journaled: Set(byDate.keys))
        svg += frame.legend(items: [("t-red", "red"), ("t-yellow", "yellow"), ("t-green", "green")],
                            note: showFirstLast ? "R→G: first and last reading of the day" : "readings per day")
        return svg + "</svg>"
    }

    /// Acts of reassurance-seeking per day against the limit (dashed line).
    static func reassurance(_ perDay: [DayCount], limit: Int, period: DatePeriod, layout: Layout) -> String {
        let byDate = Dictionary(uniqueKeysWithValues: perDay.map { ($0.date, $0.count) })
        let most = max(perDay.map(\.count).max() ?? 0, limit + 1, 1)
        let frame = Frame(layout: layout, plotHeight: layout.isNarrow ? 96 : 172, legendLines: 2)
        var svg = frame.open(id: "chart-reassurance", title: "Reassurance per day against your limit of \(limit)",
                             desc: perDay.map { "\(SummaryFormatting.shortDay($0.date)): \($0.count)" }.joined(separator: "; ") + ".")
        svg += frame.grid(maximum: most)
        let days = period.days
        let columns = frame.columns(count: days.count)
        let showCounts = frame.fits(characters: 2, in: columns.first?.slot ?? 0)
        for column in columns {
            let date = days[column.index]
            guard let count = byDate[date] else { continue }
            let height = frame.scale(count, of: most)
            let over = count > limit
            if count > 0 {
                svg += "<rect class=\"\(over ? "r-over" : "r-within")\" x=\"\(n(column.x))\" y=\"\(n(frame.bottom - height))\" width=\"\(n(column.width))\" height=\"\(n(height))\"><title>\(SummaryFormatting.shortDay(date)): \(count)\(over ? ", over the limit" : "")</title></rect>"
            }
            if showCounts {
                svg += "<text class=\"\(over ? "value over" : "value")\" x=\"\(n(column.centre))\" y=\"\(n(frame.bottom - height - 6))\" text-anchor=\"middle\">\(count)</text>"
            }
        }
        svg += frame.dayLabels(days, columns: columns, journaled: Set(byDate.keys))
        let limitY = frame.bottom - frame.scale(limit, of: most)
        svg += "<line class=\"limit\" x1=\"\(n(frame.left))\" y1=\"\(n(limitY))\" x2=\"\(n(frame.right))\" y2=\"\(n(limitY))\"><title>your limit: \(limit) a day</title></line>"
        svg += frame.legend(items: [("r-within", "within"), ("r-over", "over the limit")],
                            note: "dashed line: your limit, \(limit) a day")
        return svg + "</svg>"
    }

    // MARK: Rows of bars

    /// One labelled bar per row (tags, parts of the day): `segments` stacked from the left.
    struct BarRow {
        let label: String
        let tooltip: String
        let segments: [(cssClass: String, value: Int)]
        let note: String
        let noteIsStrong: Bool
    }

    static func barRows(id: String, title: String, desc: String, rows: [BarRow], empty: String,
                        legend: [(String, String)], legendNote: String?, layout: Layout) -> String {
        let rowHeight = layout.isNarrow ? 23.0 : 26.0
        let legendLines = layout.isNarrow && legendNote != nil ? 2.0 : 1.0
        let height = 12 + rowHeight * Double(max(rows.count, 1)) + 22 * legendLines
        // As wide as the longest label needs, up to a limit (longer ones are shortened with …).
        let labelWidth = min(layout.isNarrow ? 112.0 : 220.0, max(Double(rows.map(\.label.count).max() ?? 0) * characterWidth + 10, 60))
        let noteWidth = (Double(rows.map(\.note.count).max() ?? 0)) * characterWidth + 8
        let barMax = max(layout.width - labelWidth - noteWidth, 40)
        let top = max(rows.map { $0.segments.reduce(0) { $0 + $1.value } }.max() ?? 1, 1)
        var svg = "<svg id=\"\(id)\(layout.idSuffix)\" class=\"\(layout.cssClass)\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(layout.width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(id)\(layout.idSuffix)-title \(id)\(layout.idSuffix)-desc\">"
            + "<title id=\"\(id)\(layout.idSuffix)-title\">\(HTMLEscaping.escape(title))</title><desc id=\"\(id)\(layout.idSuffix)-desc\">\(HTMLEscaping.escape(desc))</desc>"
        if rows.isEmpty { svg += "<text class=\"muted\" x=\"0\" y=\"24\">\(HTMLEscaping.escape(empty))</text>" }
        let labelCharacters = Int((labelWidth - 10) / characterWidth)
        for (index, row) in rows.enumerated() {
            let y = 6 + rowHeight * Double(index)
            let label = row.label.count > labelCharacters ? String(row.label.prefix(labelCharacters - 1)) + "…" : row.label
            svg += "<text x=\"\(n(labelWidth - 8))\" y=\"\(n(y + 15))\" text-anchor=\"end\"><title>\(HTMLEscaping.escape(row.label))</title>\(HTMLEscaping.escape(label))</text>"
            var x = labelWidth
            for segment in row.segments where segment.value > 0 {
                let width = barMax * Double(segment.value) / Double(top)
                svg += "<rect class=\"\(segment.cssClass)\" x=\"\(n(x))\" y=\"\(n(y + 2))\" width=\"\(n(width))\" height=\"18\"><title>\(HTMLEscaping.escape(row.tooltip))</title></rect>"
                x += width
            }
            svg += "<text class=\"\(row.noteIsStrong ? "value" : "muted")\" x=\"\(n(x + 8))\" y=\"\(n(y + 15))\">\(HTMLEscaping.escape(row.note))</text>"
        }
        svg += legendLine(y: height - 22 * legendLines + 14, width: layout.width, items: legend, note: legendNote, noteOnOwnLine: legendLines > 1)
        return svg + "</svg>"
    }

    /// One bar per tag (and the untagged entries): entries with it, and the part that reached red.
    static func triggers(_ triggers: [TriggerSummary], minimum: Int, layout: Layout) -> String {
        let shown = Array(triggers.prefix(12))
        let rows = shown.map { trigger in
            let name = SummaryFormatting.triggerName(trigger)
            let note = trigger.count >= minimum
                ? (layout.isNarrow ? "\(trigger.reachedRed) of \(trigger.count) red" : "\(trigger.reachedRed) of \(trigger.count) reached red")
                : (layout.isNarrow ? SummaryFormatting.count(trigger.count, "entry", "entries") : "\(SummaryFormatting.count(trigger.count, "entry", "entries")) (too few to compare)")
            return BarRow(label: name, tooltip: "\(name): \(trigger.count) entries, \(trigger.reachedRed) reached red",
                          segments: [("t-red", trigger.reachedRed), ("tag-bar", trigger.count - trigger.reachedRed)],
                          note: note, noteIsStrong: trigger.count >= minimum)
        }
        return barRows(id: "chart-triggers", title: "Triggers by entries and share reaching red",
                       desc: shown.isEmpty ? "No entries in this period." : shown.map { "\(SummaryFormatting.triggerName($0)): \($0.count) entries, \($0.reachedRed) reached red" }.joined(separator: "; ") + ".",
                       rows: rows, empty: "No entries in this period.",
                       legend: [("t-red", "reached red"), ("tag-bar", "did not")], legendNote: layout.isNarrow ? nil : "associations, not causes", layout: layout)
    }

    /// Readings in each part of the day, stacked red / yellow / green, with the red share.
    static func timeOfDay(_ parts: [PartOfDayCount], dayStartsAt: TimeOfDay, layout: Layout) -> String {
        let rows = parts.map { part in
            let name = layout.isNarrow ? (part.part?.label ?? "no time") : SummaryFormatting.partName(part.part, dayStartsAt: dayStartsAt)
            return BarRow(label: name, tooltip: "\(SummaryFormatting.partName(part.part, dayStartsAt: dayStartsAt)): \(part.red) red, \(part.yellow) yellow, \(part.green) green",
                          segments: [("t-red", part.red), ("t-yellow", part.yellow), ("t-green", part.green)],
                          note: part.redShare.map { "red \(SummaryFormatting.percent($0))" } ?? "–", noteIsStrong: (part.redShare ?? 0) > 0)
        }
        return barRows(id: "chart-time-of-day", title: "Readings by time of day",
                       desc: parts.map { "\(SummaryFormatting.partName($0.part, dayStartsAt: dayStartsAt)): \($0.red) red, \($0.yellow) yellow, \($0.green) green" }.joined(separator: "; ") + ".",
                       rows: rows, empty: "No entries in this period.",
                       legend: [("t-red", "red"), ("t-yellow", "yellow"), ("t-green", "green")],
                       legendNote: layout.isNarrow ? nil : "readings by the entry's clock time", layout: layout)
    }

    // MARK: Trends (one column per week or month)

    /// One stacked column per row of the trend, with the value axis from 0 to `maximum`.
    struct TrendColumn {
        let segments: [(cssClass: String, value: Double)]
        /// Written above the column when it fits; nil for none.
        let value: String?
        let tooltip: String
    }

    static func trend(id: String, title: String, desc: String, rows: [DatePeriod], grouping: SummaryGrouping,
                      columns data: [TrendColumn], maximum: Double, percent: Bool,
                      legend: [(String, String)], note: String?, layout: Layout) -> String {
        let frame = Frame(layout: layout, plotHeight: layout.isNarrow ? 96 : 132, legendLines: layout.isNarrow && note != nil ? 2 : 1, labelLines: 1)
        var svg = frame.open(id: id, title: title, desc: desc)
        let top = max(maximum, percent ? 1 : 1)
        svg += percent ? frame.percentGrid() : frame.grid(maximum: Int(top))
        let columns = frame.columns(count: rows.count)
        let showValues = frame.fits(characters: 4, in: columns.first?.slot ?? 0)
        for column in columns {
            let item = data[column.index]
            var y = frame.bottom
            for segment in item.segments where segment.value > 0 {
                let height = (frame.bottom - frame.top) * segment.value / top
                y -= height
                svg += "<rect class=\"\(segment.cssClass)\" x=\"\(n(column.x))\" y=\"\(n(y))\" width=\"\(n(column.width))\" height=\"\(n(height))\"><title>\(HTMLEscaping.escape(item.tooltip))</title></rect>"
            }
            if showValues, let value = item.value {
                svg += "<text class=\"value\" x=\"\(n(column.centre))\" y=\"\(n(y - 6))\" text-anchor=\"middle\">\(HTMLEscaping.escape(value))</text>"
            }
        }
        let labels = rows.map { row -> String in
            switch grouping {
            case .week: "W" + String(ISOWeek(containing: row.from).week)
            case .month: SummaryFormatting.months[row.from.month - 1]
            case .day: String(row.from.day)
            }
        }
        svg += frame.rowLabels(labels, columns: columns)
        svg += frame.legend(items: legend, note: note)
        return svg + "</svg>"
    }

    // MARK: Frame

    /// The plot area of a chart with a value axis, its labels under it and a legend.
    struct Frame {
        let layout: Layout
        let top = 24.0
        let bottom: Double
        let left = 36.0
        let right: Double
        let height: Double
        let legendLines: Int
        let labelLines: Int

        init(layout: Layout, plotHeight: Double, legendLines: Int, labelLines: Int = 3) {
            self.layout = layout
            self.bottom = 24 + plotHeight
            self.right = layout.width - 12
            self.legendLines = legendLines
            self.labelLines = labelLines
            self.height = bottom + 8 + 16 * Double(labelLines) + 22 * Double(legendLines)
        }

        func open(id: String, title: String, desc: String) -> String {
            let full = id + layout.idSuffix
            return "<svg id=\"\(full)\" class=\"\(layout.cssClass)\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(layout.width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(full)-title \(full)-desc\">"
                + "<title id=\"\(full)-title\">\(HTMLEscaping.escape(title))</title><desc id=\"\(full)-desc\">\(HTMLEscaping.escape(desc))</desc>"
        }

        func scale(_ value: Int, of maximum: Int) -> Double { (bottom - top) * Double(value) / Double(maximum) }

        /// Horizontal lines at whole numbers (at most about five), labelled on the left.
        func grid(maximum: Int) -> String {
            let step = max(1, Int((Double(maximum) / 5).rounded(.up)))
            var svg = ""
            for value in stride(from: 0, through: maximum, by: step) {
                let y = bottom - scale(value, of: maximum)
                svg += "<line class=\"grid\" x1=\"\(n(left))\" y1=\"\(n(y))\" x2=\"\(n(right))\" y2=\"\(n(y))\"/>"
                svg += "<text class=\"muted\" x=\"\(n(left - 6))\" y=\"\(n(y + 4))\" text-anchor=\"end\">\(value)</text>"
            }
            return svg
        }

        /// Lines at 0, 50 and 100%.
        func percentGrid() -> String {
            var svg = ""
            for share in [0, 50, 100] {
                let y = bottom - (bottom - top) * Double(share) / 100
                svg += "<line class=\"grid\" x1=\"\(n(left))\" y1=\"\(n(y))\" x2=\"\(n(right))\" y2=\"\(n(y))\"/>"
                svg += "<text class=\"muted\" x=\"\(n(left - 6))\" y=\"\(n(y + 4))\" text-anchor=\"end\">\(share)%</text>"
            }
            return svg
        }

        /// One bar's place: a slot per column across the frame, the bar centred in it.
        struct Column {
            let index: Int
            let slot: Double
            /// The bar's left edge.
            let x: Double
            let width: Double
            var centre: Double { x + width / 2 }
        }

        func columns(count: Int) -> [Column] {
            let slot = (right - left) / Double(max(count, 1))
            let width = max(slot * 0.62, 1)
            return (0..<count).map { index in
                Column(index: index, slot: slot, x: left + slot * Double(index) + (slot - width) / 2, width: width)
            }
        }

        /// Whether text of `characters` fits a slot with room to spare.
        func fits(characters: Int, in slot: Double) -> Bool {
            Double(characters) * SVGCharts.characterWidth + SVGCharts.labelGap <= slot
        }

        /// How many slots one label of `characters` needs: 1, 2, then whole weeks (7, 14, 28 …)
        /// so that thinned day labels fall on Mondays.
        func step(characters: Int, slot: Double) -> Int {
            let needed = (Double(characters) * SVGCharts.characterWidth + SVGCharts.labelGap) / slot
            if needed <= 1 { return 1 }
            if needed <= 2 { return 2 }
            var step = 7
            while Double(step) < needed { step *= 2 }
            return step
        }

        /// Labels under a per-day chart: weekday (three letters up to 14 days, one letter up to
        /// 31, none beyond), day of the month, and the month's name under the first label and
        /// where a month begins. Thinned to every 2nd day or to Mondays so none overlaps.
        func dayLabels(_ days: [JournalDate], columns: [Column], journaled: Set<JournalDate>) -> String {
            guard let slot = columns.first?.slot else { return "" }
            let weekdayLetters = days.count <= 14 ? 3 : days.count <= 31 ? 1 : 0
            let every = step(characters: max(weekdayLetters, days.count > 31 ? 3 : 2), slot: slot)
            var svg = ""
            var lastMonth: Int?
            for column in columns {
                let date = days[column.index]
                let shown = every < 7 ? column.index % every == 0 : date.isoWeekday == 1 && ((date.dayNumber - days[0].dayNumber) / 7) % (every / 7) == 0
                guard shown else { continue }
                let cls = journaled.contains(date) ? "axis" : "muted"
                let x = n(column.centre)
                if weekdayLetters > 0 {
                    let weekday = SummaryFormatting.weekdays[date.isoWeekday - 1].prefix(weekdayLetters)
                    svg += "<text class=\"\(cls)\" x=\"\(x)\" y=\"\(n(bottom + 16))\" text-anchor=\"middle\">\(weekday)</text>"
                }
                let dayY = weekdayLetters > 0 ? bottom + 32 : bottom + 16
                svg += "<text class=\"\(cls)\" x=\"\(x)\" y=\"\(n(dayY))\" text-anchor=\"middle\">\(date.day)</text>"
                if lastMonth != date.month {
                    svg += "<text class=\"muted\" x=\"\(x)\" y=\"\(n(dayY + 16))\" text-anchor=\"middle\">\(SummaryFormatting.months[date.month - 1])</text>"
                    lastMonth = date.month
                }
            }
            return svg
        }

        /// Labels under a trend chart, thinned to every 2nd, 4th … when they would touch.
        func rowLabels(_ labels: [String], columns: [Column]) -> String {
            guard let slot = columns.first?.slot else { return "" }
            let needed = (Double(labels.map(\.count).max() ?? 1) * SVGCharts.characterWidth + SVGCharts.labelGap) / slot
            var every = 1
            while Double(every) < needed { every *= 2 }
            var svg = ""
            for column in columns where column.index % every == 0 {
                svg += "<text class=\"axis\" x=\"\(n(column.centre))\" y=\"\(n(bottom + 16))\" text-anchor=\"middle\">\(HTMLEscaping.escape(labels[column.index]))</text>"
            }
            return svg
        }

        func legend(items: [(String, String)], note: String?) -> String {
            legendLine(y: height - 22 * Double(legendLines) + 14, width: layout.width, items: items, note: note, noteOnOwnLine: legendLines > 1)
        }
    }

    /// Coloured squares with their names, and a note on the right (or on the line below).
    static func legendLine(y: Double, width: Double, items: [(String, String)], note: String?, noteOnOwnLine: Bool) -> String {
        var svg = ""
        var x = 0.0
        for (cls, label) in items {
            svg += "<rect class=\"\(cls)\" x=\"\(n(x))\" y=\"\(n(y - 10))\" width=\"12\" height=\"12\"/>"
            svg += "<text x=\"\(n(x + 18))\" y=\"\(n(y))\">\(HTMLEscaping.escape(label))</text>"
            x += 30 + Double(label.count) * characterWidth
        }
        if let note {
            svg += noteOnOwnLine
                ? "<text class=\"muted\" x=\"0\" y=\"\(n(y + 22))\">\(HTMLEscaping.escape(note))</text>"
                : "<text class=\"muted\" x=\"\(n(width))\" y=\"\(n(y))\" text-anchor=\"end\">\(HTMLEscaping.escape(note))</text>"
        }
        return svg
    }

    /// A coordinate with at most one decimal.
    static func n(_ value: Double) -> String { SummaryFormatting.oneDecimal(value) }
}

enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
