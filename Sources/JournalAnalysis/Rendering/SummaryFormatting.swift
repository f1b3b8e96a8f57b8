import JournalModel

/// Words, numbers and little bars shared by the renderers.
enum SummaryFormatting {
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Mon 23 Nov`.
    static func shortDay(_ date: JournalDate) -> String {
        "\(weekdays[date.isoWeekday - 1]) \(date.day < 10 ? " " : "")\(date.day) \(months[date.month - 1])"
    }

    /// `Mon 5 Oct`: as `shortDay`, without the padding that aligns columns.
    static func dayInProse(_ date: JournalDate) -> String {
        "\(weekdays[date.isoWeekday - 1]) \(date.day) \(months[date.month - 1])"
    }

    /// The days the period's entries speak of crisis, said calmly and without the words
    /// (`nil` when none): lint shows where, with where to find help.
    static func crisisSentence(_ summary: PeriodSummary) -> String? {
        guard summary.crisisEntries > 0 else { return nil }
        let days = summary.crisisDays.map(dayInProse).joined(separator: ", ")
        return "Words about not wanting to go on, or about harming yourself, were written in \(count(summary.crisisEntries, "entry", "entries")) (\(days)). "
            + "`steady lint` shows where, with where to find help. If that is how it feels now, please reach out to someone today."
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

    /// A journaled day whose entries have no `temp:` reading: said as what was written, not as
    /// something missing.
    static let noTemperatureWritten = "no temperature written"

    /// "1 thought that might be worst-case" (tier 2, `possible-catastrophizing`).
    static func possibleThoughts(_ value: Int) -> String {
        "\(count(value, "thought")) that might be worst-case"
    }

    /// "Thoughts that might be worst-case: 2 found, 1 examined with evidence.", or `nil` when
    /// there were none (the review then reads as it did before tier 2 was counted).
    static func possibleThoughtsSentence(_ possible: PossibleClaimSummary) -> String? {
        guard possible.total > 0 else { return nil }
        return "Thoughts that might be worst-case: \(possible.total) found, \(possible.examined) examined with evidence."
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

    /// `0.333`: exactly `places` decimals (for machine formats; `share` is at least 0).
    static func decimal(_ value: Double, places: Int) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        let fraction = String(scaled % scale)
        return "\(scaled / scale)." + String(repeating: "0", count: places - fraction.count) + fraction
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

    /// One mark per value, from `▁` (the smallest, or zero) to `█` (the largest); `·` for a
    /// value that does not exist (a share with nothing to divide). Shares are drawn against 1,
    /// counts against their largest.
    static func sparkline(_ values: [Double?], maximum: Double? = nil) -> String {
        let marks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let top = maximum ?? values.compactMap { $0 }.max() ?? 0
        return String(values.map { value -> Character in
            guard let value else { return "·" }
            guard top > 0 else { return marks[0] }
            return marks[min(7, max(0, Int((value / top * 7).rounded())))]
        })
    }

    /// `18%`, or `–` for no share.
    static func percent(_ share: Double?) -> String { share.map { percent($0) } ?? "–" }

    /// The trend rows' name column: `2026-W48`, `2026-11`, `Mon 23 Nov`.
    static func rowName(_ row: DatePeriod, _ grouping: SummaryGrouping) -> String {
        grouping == .day ? shortDay(row.from) : grouping.label(of: row)
    }

    /// The trend lines drawn under a trend table: a name and one value per row.
    static func trends(_ rows: [PeriodSummary]) -> [(name: String, values: [Double?], maximum: Double?)] {
        [("red share", rows.map(\.temperature.redShare), 1),
         ("days over the reassurance limit", rows.map { Double($0.reassurance.daysOverLimit.count) }, nil),
         ("worst-case thoughts examined", rows.map(\.claims.coverage), 1),
         ("urges resisted", rows.map { Double($0.urges.resisted) }, nil)]
    }

    /// The moves down of a period in words: `red → yellow 2, yellow → green 1`.
    static func moves(_ t: TemperatureSummary) -> String {
        t.moves.map { "\(move($0.from, $0.to)) \($0.count)" }.joined(separator: ", ")
    }

    /// How many of the entries that came down did so with no reassurance between.
    static func onOwnNote(_ t: TemperatureSummary) -> String {
        t.downOnOwn == t.trajectoriesDown
            ? (t.trajectoriesDown == 1 ? "on your own" : "all on your own")
            : "\(t.downOnOwn) of them on your own"
    }

    /// The part of day's name with its hours: `night (00:00–04:00)`.
    static func partName(_ part: PartOfDay?, dayStartsAt: TimeOfDay) -> String {
        guard let part else { return "no time written" }
        let bounds = part.bounds(dayStartsAt: dayStartsAt)
        return "\(part.label) (\(bounds.from)–\(bounds.to))"
    }

    /// What a page made for people holds, said exactly (the footer of Markdown and HTML).
    static func footer(_ summary: Summary) -> String {
        var text = "Made by Steady from your journal. This page holds counts and dates, your tag names and the regulate: techniques as you wrote them"
        text += summary.includesText
            ? ", and, because you asked for them (--include-text), your worst-case thoughts with their dates and your facts and reframes, as you wrote them. Keep it as private as the journal."
            : "; none of your sentences (prose, thoughts, evidence, facts, reframes or reassurance) are in it."
        return text + " Days start at \(summary.dayStartsAt). A self-help writing aid, not a diagnosis."
    }

    /// The writer's words in a Markdown list item: in quotes, on one line, with what Markdown
    /// would read as markup (and `#`, so a saved review adds no tags) escaped.
    static func quotedForMarkdown(_ text: String) -> String {
        var out = "“"
        let oneLine = String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
        for character in oneLine.withVisibleControls() {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "~", "&": out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out + "”"
    }

    /// `#partner-busy`, or `no tag` for the row of untagged entries.
    static func triggerName(_ trigger: TriggerSummary) -> String { trigger.isUntagged ? "no tag" : "#" + trigger.tag }

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
            lines.append("You brought red down on your own \(times(progress.redBroughtDownOnOwn)) (no reassurance between the red reading and the cooler one).")
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
        if progress.possibleThoughtsExamined > 0 {
            lines.append("You examined \(possibleThoughts(progress.possibleThoughtsExamined)) with evidence.")
        }
        return lines
    }
}
