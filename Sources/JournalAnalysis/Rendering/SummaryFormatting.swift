import JournalModel

/// Words, numbers and little bars shared by the renderers.
enum SummaryFormatting {
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Mon 23 Nov`.
    static func shortDay(_ date: JournalDate) -> String {
        "\(weekdays[date.isoWeekday - 1]) \(date.day < 10 ? " " : "")\(date.day) \(months[date.month - 1])"
    }

    /// `Mon 23`.
    static func weekdayAndDay(_ date: JournalDate) -> String { "\(weekdays[date.isoWeekday - 1]) \(date.day)" }

    /// `2026-11-23 – 2026-11-29 (7 days, 2026-W48)`.
    static func periodTitle(_ period: DatePeriod) -> String {
        var text = "\(period.from) – \(period.to) (\(count(period.length, "day")))"
        if let week = period.isoWeek { text.removeLast(); text += ", \(week))" }
        return text
    }

    /// `1 day`, `3 days`.
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(value) \(value == 1 ? singular : plural ?? singular + "s")"
    }

    /// `once`, `twice`, `3 times`.
    static func times(_ value: Int) -> String {
        switch value {
        case 1: "once"
        case 2: "twice"
        default: "\(value) times"
        }
    }

    /// `67%`, rounded.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// `2.3`: one decimal, no trailing `.0`.
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }

    /// `+3`, `−2` or `±0`.
    static func signed(_ delta: Int) -> String { delta > 0 ? "+\(delta)" : delta < 0 ? "−\(-delta)" : "±0" }

    /// A horizontal bar of `value` out of `maximum`, `width` cells wide, in eighths.
    static func bar(_ value: Int, of maximum: Int, width: Int) -> String {
        guard maximum > 0, value > 0 else { return "" }
        let eighths = max(1, Int((Double(value) / Double(maximum) * Double(width * 8)).rounded()))
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
    }

    /// One cell per reading, taller when hotter: `█▄▁` for red, yellow, green.
    static func spark(_ readings: [Temperature]) -> String {
        String(readings.map { switch $0 { case .red: "█"; case .yellow: "▄"; case .green: "▁" } })
    }

    /// `red → yellow`.
    static func move(_ from: Temperature, _ to: Temperature) -> String { "\(from.rawValue) → \(to.rawValue)" }

    /// `cold water 2, walk 1`.
    static func namedCounts(_ counts: [NamedCount]) -> String {
        // The names are the writer's (`regulate:` values): controls shown, never sent to a terminal.
        counts.map { "\($0.name.withVisibleControls()) \($0.count)" }.joined(separator: ", ")
    }

    /// Pads `text` on the right to `width` characters.
    static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// Pads `text` on the left to `width` characters.
    static func leftPadded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    /// The encouraging lines of the progress section; empty when nothing happened yet.
    static func progressLines(_ summary: PeriodSummary) -> [String] {
        let progress = summary.progress
        var lines: [String] = []
        if progress.pausedBeforeReacting > 0 {
            lines.append("You paused before reacting \(times(progress.pausedBeforeReacting)) (urges resisted).")
        }
        if progress.redBroughtDownOnOwn > 0 {
            lines.append("You brought red down on your own \(times(progress.redBroughtDownOnOwn)).")
        }
        let journaled = summary.daysJournaled
        if progress.daysWithinReassuranceLimit > 0 {
            var line = "\(progress.daysWithinReassuranceLimit) of \(count(journaled, "day")) within your reassurance limit"
            if let run = summary.reassurance.longestRunWithinLimit, run.length > 1 {
                line += "; longest run \(count(run.length, "day")) (\(shortDay(run.from)) – \(shortDay(run.to)))"
            }
            lines.append(line + ".")
        }
        if progress.thoughtsExamined > 0 {
            lines.append("You examined \(count(progress.thoughtsExamined, "worst-case thought")) with evidence.")
        }
        return lines
    }
}
