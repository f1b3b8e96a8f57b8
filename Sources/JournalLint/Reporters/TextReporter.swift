import MarkdownSyntax

/// `path:line:col: severity: message [rule-id]`, then the source line and a caret under the span.
/// This output is for the person who wrote the journal, so it shows their words.
public enum TextReporter: Reporter {
    public static let identifier = "text"
    public static let needsLineText = true

    public static func write(_ report: LintReport, options: ReportOptions, to write: ([UInt8]) -> Void) {
        var out = ""
        var columns = ColumnConverter(options.columnUnit)
        for finding in report.findings {
            out += render(finding, column: columns.startColumn(of: finding), options: options)
        }
        if !(options.quiet && report.findings.isEmpty && options.unreadableFiles == 0) {
            out += summaryLine(report, options: options, unreadableFiles: options.unreadableFiles)
        }
        write(Array(out.utf8))
    }

    /// - Parameter column: the start column in the report's unit (`ReportOptions.columnUnit`).
    static func render(_ finding: Finding, column: Int, options: ReportOptions) -> String {
        let location = "\(finding.path.withVisibleControls()):\(finding.range.lowerBound.line):\(column)"
        let severity = paint(finding.severity.rawValue, color(for: finding.severity), options)
        var out = "\(paint(location, "1", options)): \(severity): \(finding.message.withVisibleControls(keepingLineBreaks: true)) [\(finding.ruleID)]\n"
        switch (finding.detail?.withVisibleControls(keepingLineBreaks: true), finding.help?.withVisibleControls(keepingLineBreaks: true)) {
        case (let detail?, let help?): out += "  \(detail). \(help)\n"
        case (let detail?, nil): out += "  \(detail)\n"
        case (nil, let help?): out += "  \(help)\n"
        case (nil, nil): break
        }
        let (shownLine, caretStart, caretWidth) = CaretLine.layout(finding)
        out += ExcerptLine.render(line: finding.range.lowerBound.line, text: shownLine) + "\n"
        out += ExcerptLine.gutter(line: finding.range.lowerBound.line) + "\(String(repeating: " ", count: caretStart))\(paint(String(repeating: "^", count: max(1, caretWidth)), color(for: finding.severity), options))\n"
        return out
    }

    private static func summaryLine(_ report: LintReport, options: ReportOptions, unreadableFiles: Int) -> String {
        let errors = report.count(of: .error)
        let warnings = report.count(of: .warning)
        let notes = report.count(of: .note)
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let files = plural(report.fileCount, "file")
        let unread = unreadableFiles == 0 ? "" : "; \(plural(unreadableFiles, "path")) could not be read (see the errors above)"
        if report.findings.isEmpty { return "\(files) checked: nothing to note\(unread).\n" }
        return "\(files) checked: \(plural(errors, "error")), \(plural(warnings, "warning")), \(plural(notes, "note"))\(unread).\n"
    }

    private static func color(for severity: Severity) -> String {
        switch severity {
        case .error: "31;1"
        case .warning: "33;1"
        case .note: "36"
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
