import JournalModel

/// Inline SVG charts for the HTML review. Styled only through classes (the page's style sheet),
/// never `style` attributes, so the page's Content-Security-Policy holds. Every chart has a
/// `<title>` and `<desc>`, and every bar a tooltip, so nothing is told by colour alone.
enum SVGCharts {
    static let width = 640.0

    /// Readings per day, stacked green / yellow / red, for every day of the period.
    static func temperature(_ perDay: [DayTemperature], period: DatePeriod) -> String {
        let byDate = Dictionary(uniqueKeysWithValues: perDay.map { ($0.date, $0) })
        let most = max(perDay.map(\.readings).max() ?? 0, 1)
        let frame = Frame(height: 262, top: 24, bottom: 196, left: 36, right: width - 12)
        var svg = frame.open(id: "chart-temperature", title: "Temperature per day",
                             desc: "Readings per day: red \(perDay.reduce(0) { $0 + $1.red }), yellow \(perDay.reduce(0) { $0 + $1.yellow }), green \(perDay.reduce(0) { $0 + $1.green }).")
        svg += frame.grid(maximum: most)
        let days = period.days
        for column in frame.columns(for: days) {
            let (index, date, x, barWidth) = (column.index, column.date, column.x, column.width)
            var y = frame.bottom
            if let day = byDate[date] {
                for (name, count) in [("green", day.green), ("yellow", day.yellow), ("red", day.red)] where count > 0 {
                    let height = frame.scale(count, of: most)
                    y -= height
                    svg += "<rect class=\"t-\(name)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(barWidth))\" height=\"\(n(height))\"><title>\(SummaryFormatting.shortDay(date)): \(count) \(name)</title></rect>"
                }
                if let first = day.first, let last = day.last {
                    svg += "<text class=\"value\" x=\"\(n(x + barWidth / 2))\" y=\"\(n(y - 6))\" text-anchor=\"middle\">\(first.rawValue.prefix(1).uppercased())→\(last.rawValue.prefix(1).uppercased())</text>"
                }
            }
            svg += frame.dayLabel(date, x: x + barWidth / 2, index: index, count: days.count, faint: byDate[date] == nil)
        }
        svg += legend(y: frame.height - 8, items: [("t-red", "red"), ("t-yellow", "yellow"), ("t-green", "green")],
                      note: "R→G: first and last reading of the day")
        return svg + "</svg>"
    }

    /// One bar per tag: entries with it, and the part of them that reached red.
    static func triggers(_ triggers: [TriggerSummary], minimum: Int) -> String {
        let shown = Array(triggers.prefix(12))
        let rowHeight = 30.0
        let height = 44 + rowHeight * Double(max(shown.count, 1))
        let labelWidth = 170.0
        let barMax = 290.0
        let top = shown.first?.count ?? 1
        var svg = Frame(height: height, top: 0, bottom: height, left: 0, right: width)
            .open(id: "chart-triggers", title: "Triggers by entries and share reaching red",
                  desc: shown.isEmpty ? "No tags in this period." : shown.map { "#\($0.tag): \($0.count) entries, \($0.reachedRed) reached red" }.joined(separator: "; ") + ".")
        if shown.isEmpty {
            svg += "<text class=\"muted\" x=\"0\" y=\"24\">No #tags in this period.</text>"
        }
        for (index, trigger) in shown.enumerated() {
            let y = 8 + rowHeight * Double(index)
            let full = barMax * Double(trigger.count) / Double(top)
            let red = barMax * Double(trigger.reachedRed) / Double(top)
            svg += "<text x=\"\(n(labelWidth - 8))\" y=\"\(n(y + 15))\" text-anchor=\"end\">#\(HTMLEscaping.escape(trigger.tag))</text>"
            svg += "<rect class=\"tag-bar\" x=\"\(n(labelWidth))\" y=\"\(n(y + 2))\" width=\"\(n(full))\" height=\"18\"><title>#\(HTMLEscaping.escape(trigger.tag)): \(trigger.count) entries</title></rect>"
            if trigger.reachedRed > 0 {
                svg += "<rect class=\"t-red\" x=\"\(n(labelWidth))\" y=\"\(n(y + 2))\" width=\"\(n(red))\" height=\"18\"><title>\(trigger.reachedRed) reached red</title></rect>"
            }
            let note = trigger.count >= minimum
                ? "\(trigger.reachedRed) of \(trigger.count) reached red"
                : "\(SummaryFormatting.count(trigger.count, "entry", "entries")) (too few to compare)"
            svg += "<text class=\"\(trigger.count >= minimum ? "value" : "muted")\" x=\"\(n(labelWidth + full + 8))\" y=\"\(n(y + 15))\">\(note)</text>"
        }
        svg += legend(y: height - 10, items: [("t-red", "reached red"), ("tag-bar", "did not")],
                      note: "associations, not causes")
        return svg + "</svg>"
    }

    /// Acts of reassurance-seeking per day against the limit (dashed line).
    static func reassurance(_ perDay: [DayCount], limit: Int, period: DatePeriod) -> String {
        let byDate = Dictionary(uniqueKeysWithValues: perDay.map { ($0.date, $0.count) })
        let most = max(perDay.map(\.count).max() ?? 0, limit + 1, 1)
        let frame = Frame(height: 262, top: 24, bottom: 196, left: 36, right: width - 12)
        var svg = frame.open(id: "chart-reassurance", title: "Reassurance per day against your limit of \(limit)",
                             desc: perDay.map { "\(SummaryFormatting.shortDay($0.date)): \($0.count)" }.joined(separator: "; ") + ".")
        svg += frame.grid(maximum: most)
        let days = period.days
        for column in frame.columns(for: days) {
            let (index, date, x, barWidth) = (column.index, column.date, column.x, column.width)
            if let count = byDate[date] {
                let height = frame.scale(count, of: most)
                let over = count > limit
                if count > 0 {
                    svg += "<rect class=\"\(over ? "r-over" : "r-within")\" x=\"\(n(x))\" y=\"\(n(frame.bottom - height))\" width=\"\(n(barWidth))\" height=\"\(n(height))\"><title>\(SummaryFormatting.shortDay(date)): \(count)\(over ? ", over the limit" : "")</title></rect>"
                }
                svg += "<text class=\"\(over ? "value over" : "value")\" x=\"\(n(x + barWidth / 2))\" y=\"\(n(frame.bottom - height - 6))\" text-anchor=\"middle\">\(count)</text>"
            }
            svg += frame.dayLabel(date, x: x + barWidth / 2, index: index, count: days.count, faint: byDate[date] == nil)
        }
        let limitY = frame.bottom - frame.scale(limit, of: most)
        svg += "<line class=\"limit\" x1=\"\(n(frame.left))\" y1=\"\(n(limitY))\" x2=\"\(n(frame.right))\" y2=\"\(n(limitY))\"><title>your limit: \(limit) a day</title></line>"
        svg += legend(y: frame.height - 8, items: [("r-within", "within the limit"), ("r-over", "over the limit")],
                      note: "dashed line: your limit, \(limit) a day")
        return svg + "</svg>"
    }

    /// The plot area of a chart with a value axis.
    struct Frame {
        let height: Double
        let top: Double
        let bottom: Double
        let left: Double
        let right: Double

        func open(id: String, title: String, desc: String) -> String {
            "<svg id=\"\(id)\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(SVGCharts.width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
                + "<title id=\"\(id)-title\">\(HTMLEscaping.escape(title))</title><desc id=\"\(id)-desc\">\(HTMLEscaping.escape(desc))</desc>"
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

        /// One bar's place: a slot per day across the frame, the bar centred in it.
        struct Column {
            let index: Int
            let date: JournalDate
            /// The bar's left edge.
            let x: Double
            let width: Double
        }

        func columns(for days: [JournalDate]) -> [Column] {
            let slot = (right - left) / Double(days.count)
            let width = max(slot * 0.62, 1)
            return days.enumerated().map { index, date in
                Column(index: index, date: date, x: left + slot * Double(index) + (slot - width) / 2, width: width)
            }
        }

        /// Weekday and day under a column; thinned out on long periods.
        func dayLabel(_ date: JournalDate, x: Double, index: Int, count: Int, faint: Bool) -> String {
            let every = max(1, Int((Double(count) / 14).rounded(.up)))
            guard index % every == 0 else { return "" }
            let cls = faint ? "muted" : "axis"
            return "<text class=\"\(cls)\" x=\"\(n(x))\" y=\"\(n(bottom + 16))\" text-anchor=\"middle\">\(SummaryFormatting.weekdays[date.isoWeekday - 1])</text>"
                + "<text class=\"\(cls)\" x=\"\(n(x))\" y=\"\(n(bottom + 30))\" text-anchor=\"middle\">\(date.day) \(SummaryFormatting.months[date.month - 1])</text>"
        }
    }

    static func legend(y: Double, items: [(String, String)], note: String?) -> String {
        var svg = ""
        var x = 0.0
        for (cls, label) in items {
            svg += "<rect class=\"\(cls)\" x=\"\(n(x))\" y=\"\(n(y - 10))\" width=\"12\" height=\"12\"/>"
            svg += "<text x=\"\(n(x + 18))\" y=\"\(n(y))\">\(HTMLEscaping.escape(label))</text>"
            x += 34 + Double(label.count) * 7.5
        }
        if let note { svg += "<text class=\"muted\" x=\"\(n(width))\" y=\"\(n(y))\" text-anchor=\"end\">\(HTMLEscaping.escape(note))</text>" }
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
