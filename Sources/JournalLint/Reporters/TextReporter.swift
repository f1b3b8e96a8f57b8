import JournalModel
import MarkdownSyntax

/// The report for the person who wrote the journal, so it shows their words and speaks in the
/// voice docs/voice.md describes.
///
/// Findings are grouped by entry (a `── date time · title` line), format problems before things
/// to notice. Each finding keeps a `path:line:col:` headline so terminals and editors can jump
/// to it; format problems are labelled by severity (`error`, `warning`, `note`), findings about
/// the practice are not (`to look at`, `noticed`, `please read`). The cross-examination
/// questions are printed once, after the findings; a closing line says what went well when the
/// run knows (`ReportOptions.wentWell`).
public enum TextReporter: Reporter {
    public static let identifier = "text"
    public static let needsLineText = true
    /// Output is handed over in pieces of about this many bytes (256 KB), so a report of a years-long
    /// journal (megabytes of findings) is never held whole, nor twice (as text and as bytes).
    static let pieceSize = 1 << 18

    public static func write(_ report: LintReport, options: ReportOptions, to write: ([UInt8]) -> Void) {
        self.write(report, options: options, pieceSize: pieceSize, to: write)
    }

    /// `write(_:options:to:)` in pieces of `pieceSize` bytes or a little more (a piece ends after
    /// an entry's findings).
    static func write(_ report: LintReport, options: ReportOptions, pieceSize: Int, to write: ([UInt8]) -> Void) {
        var out = ""
        var columns = ColumnConverter(options.columnUnit)
        var questions: String?
        var start = 0
        let findings = report.findings
        while start < findings.count {
            // One entry's findings: same file, same entry (findings come in file order).
            var end = start + 1
            while end < findings.count, findings[end].path == findings[start].path, findings[end].entry == findings[start].entry { end += 1 }
            if let entry = findings[start].entry {
                out += entryHeading(entry, options: options)
            } else if start > 0 {
                // Outside any entry (a preamble, undated text): not under the heading above.
                out += "\n" + paint("── " + findings[start].path.withVisibleControls(), "1", options) + "\n"
            }
            let group = findings[start..<end]
            // Columns go forward along a line; the format problems of an entry are printed first,
            // so each finding's column is counted before the reordering.
            let groupColumns = group.map { columns.startColumn(of: $0) }
            for (finding, column) in zip(group, groupColumns) where concern(of: finding, options) == .format {
                out += render(finding, column: column, options: options)
            }
            for (finding, column) in zip(group, groupColumns) where concern(of: finding, options) == .wellbeing {
                out += render(finding, column: column, options: options)
            }
            if questions == nil { questions = group.lazy.compactMap(\.help).first }
            start = end
            if out.utf8.count >= pieceSize {
                write(Array(out.utf8))
                out.removeAll(keepingCapacity: true)
            }
        }
        if questions != nil, !findings.isEmpty { out += "\n" + CrossExamination.invitation + "\n" }
        if !(options.quiet && report.findings.isEmpty && options.unreadableFiles == 0) {
            out += summaryLine(report, options: options, unreadableFiles: options.unreadableFiles)
            if !options.quiet, let wentWell = options.wentWell { out += wentWell.withVisibleControls() + "\n" }
        }
        write(Array(out.utf8))
    }

    /// `── Saturday 2026-11-28 21:40 · No reply since lunch`: the entry the findings below are in.
    static func entryHeading(_ entry: EntryLabel, options: ReportOptions) -> String {
        var heading = "── \(entry.date.weekdayName) \(entry.date)"
        if let time = entry.time { heading += " \(time)" }
        if !entry.title.isEmpty { heading += " · " + entry.title.withVisibleControls() }
        return "\n" + paint(heading, "1", options) + "\n"
    }

    /// - Parameter column: the start column in the report's unit (`ReportOptions.columnUnit`).
    static func render(_ finding: Finding, column: Int, options: ReportOptions) -> String {
        let location = "\(finding.path.withVisibleControls()):\(finding.range.lowerBound.line):\(column)"
        let wellbeing = concern(of: finding, options) == .wellbeing
        let label = paint(finding.labelForPeople(concern: concern(of: finding, options)), color(for: finding.severity, wellbeing: wellbeing), options)
        let message = finding.messageForPeople.withVisibleControls(keepingLineBreaks: true)
        var out = "\(paint(location, "1", options)): \(label): \(message) [\(finding.ruleID)]\n"
        if let cue = finding.cue {
            out += "  your words: \"\(cue.withVisibleControls())\"\n"
        } else if let detail = finding.detail {
            out += "  \(detail.withVisibleControls(keepingLineBreaks: true))\n"
        }
        out += excerpt(finding, color: color(for: finding.severity, wellbeing: wellbeing), options: options)
        return out
    }

    /// The source line and a caret under the finding's span. Every line starts with a space and
    /// the line number, then ` | `, so an excerpt never reads as a `file:line:` location.
    static func excerpt(_ finding: Finding, color: String, options: ReportOptions) -> String {
        let (shownLine, caretStart, caretWidth) = CaretLine.layout(finding)
        return ExcerptLine.render(line: finding.range.lowerBound.line, text: shownLine) + "\n"
            + ExcerptLine.gutter(line: finding.range.lowerBound.line)
            + "\(String(repeating: " ", count: caretStart))\(paint(String(repeating: "^", count: max(1, caretWidth)), color, options))\n"
    }

    private static func concern(of finding: Finding, _ options: ReportOptions) -> RuleConcern {
        options.concerns[finding.ruleID] ?? .format
    }

    private static func summaryLine(_ report: LintReport, options: ReportOptions, unreadableFiles: Int) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let files = plural(report.fileCount, "file")
        let unread = unreadableFiles == 0 ? "" : "; \(plural(unreadableFiles, "path")) could not be read (see the errors above)"
        if report.fileCount == 0, unreadableFiles == 0 {
            // Said plainly: "0 files checked: nothing to note" read as if a journal had been read.
            return "No journal files found to check: Steady reads .md and .markdown files (not hidden ones, nor those `ignore` leaves out).\n"
        }
        if report.findings.isEmpty { return "\(files) checked: nothing to note\(unread).\n" }
        var format = (error: 0, warning: 0, note: 0), toLookAt = 0, noticed = 0
        for finding in report.findings {
            if concern(of: finding, options) == .wellbeing {
                if finding.severity == .note { noticed += 1 } else { toLookAt += 1 }
                continue
            }
            switch finding.severity {
            case .error: format.error += 1
            case .warning: format.warning += 1
            case .note: format.note += 1
            }
        }
        var parts: [String] = []
        if format.error + format.warning + format.note > 0 {
            let counts = [(format.error, "error"), (format.warning, "warning"), (format.note, "note")]
                .filter { $0.0 > 0 }.map { plural($0.0, $0.1) }
            parts.append("format: " + counts.joined(separator: ", "))
        }
        if toLookAt > 0 { parts.append("\(toLookAt) to look at") }
        if noticed > 0 { parts.append("\(noticed) noticed") }
        return "\(files) checked: \(parts.joined(separator: "; "))\(unread).\n"
    }

    private static func color(for severity: Severity, wellbeing: Bool) -> String {
        if wellbeing { return "36" }  // never the alarm colours for the practice
        switch severity {
        case .error: return "31;1"
        case .warning: return "33;1"
        case .note: return "36"
        }
    }

    private static func paint(_ text: String, _ code: String, _ options: ReportOptions) -> String {
        options.useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Where to draw the caret: columns are UTF-8 bytes, the terminal counts cells.
enum CaretLine {
    static func layout(_ finding: Finding) -> (line: String, caretStart: Int, caretWidth: Int) {
        LineWindow.of(finding) { window, bytes in
            func text(_ range: Range<Int>) -> String { LineWindow.text(range, of: bytes) }
            let before = window.bytes.lowerBound > 0 ? "…" : ""
            let after = window.bytes.upperBound < bytes.count ? "…" : ""
            // Controls are made visible before measuring, so the caret sits under what is printed.
            let prefix = before + text(window.bytes.lowerBound..<window.finding.lowerBound).withVisibleControls()
            let span = text(window.finding).withVisibleControls()
            let shown = window.isWholeLine
                ? finding.lineText.withVisibleControls().replacingTabs()
                : before + text(window.bytes).withVisibleControls().replacingTabs() + after
            return (shown, cells(prefix.replacingTabs()), cells(span.replacingTabs()))
        }
    }

    /// Terminal cells: wide (East Asian, emoji) characters take two.
    static func cells(_ text: String) -> Int {
        text.reduce(0) { total, character in
            guard let scalar = character.unicodeScalars.first else { return total }
            let value = scalar.value
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value)
                || (0x20000...0x3FFFD).contains(value)
                // Emoji shown as pictures (☕, ✅, flags) and text symbols with the emoji selector (❤️).
                || scalar.properties.isEmojiPresentation || character.unicodeScalars.contains("\u{FE0F}")
            return total + (wide ? 2 : 1)
        }
    }
}

extension String {
    /// Tabs as four spaces, so the caret lines up.
    func replacingTabs() -> String {
        utf8.contains(0x09) ? split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ") : self
    }
}
