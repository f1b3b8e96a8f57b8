import MarkdownSyntax

/// One line per finding, `path:line:col: severity: message [rule]`, and nothing else: no source
/// excerpt, no summary line. The shape GCC prints and editors parse without configuration (Vim's
/// `:make` with `errorformat=%f:%l:%c: %m`, Emacs `compile-mode`), so every line of the output is
/// a finding and every finding is one line.
///
/// Messages name the rule and kind; a few carry a word from the journal (an unknown field's
/// name) or a configured text (the crisis message), so line breaks and control characters in
/// them are made visible rather than printed (see `oneLine`). The journal's other words (cues,
/// source lines) are left out; `--include-text` adds the detail in parentheses, as GitHub's does.
public enum GCCReporter: Reporter {
    public static let identifier = "gcc"
    /// Byte columns need no source line; `--column-unit char` makes the CLI keep them.
    public static let needsLineText = false

    public static func write(_ report: LintReport, options: ReportOptions, to write: ([UInt8]) -> Void) {
        var out = ""
        var columns = ColumnConverter(options.columnUnit)
        for finding in report.findings {
            var message = finding.message
            if options.includeText, let detail = finding.detail { message += " (\(detail))" }
            out += "\(oneLine(finding.path)):\(finding.range.lowerBound.line):\(columns.startColumn(of: finding)): "
            out += "\(finding.severity.rawValue): \(oneLine(message)) [\(finding.ruleID)]\n"
        }
        write(Array(out.utf8))
    }

    /// `text` safe inside one line: every control character, line breaks included, written as
    /// `\u{A}`-style notation (`withVisibleControls`), and a tab as a space, so the line has exactly
    /// the fields it shows.
    static func oneLine(_ text: String) -> String {
        String(text.withVisibleControls().unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
    }
}
