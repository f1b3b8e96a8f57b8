import MarkdownSyntax

/// One line per finding, `path:line:col: severity: message [rule]`, and nothing else: no source
/// excerpt, no summary line. The shape GCC prints and editors parse without configuration (Vim's
/// `:make` with `errorformat=%f:%l:%c: %m`, Emacs `compile-mode`), so every line of the output is
/// a finding and every finding is one line.
///
/// A person reads these lines in their editor's error list, so the message is the one the text
/// format speaks (`Finding.messageForPeople`, docs/voice.md), not the machine wording of JSON and
/// SARIF. Format problems keep their severity (`error`, `warning`, `note`); findings about the
/// practice (`RuleConcern.wellbeing`) are never an error or a warning: they are `note` — what
/// GCC-style parsers take for information (Emacs `compile-mode` shows it as info, Vim's `%t`
/// reads `n`) — and their message starts with the label the text format gives them
/// (`to look at:`, `noticed:`, `please read:`).
///
/// A few messages carry a word from the journal (an unknown field's name) or a configured text
/// (the crisis message), so line breaks and control characters in them are made visible rather
/// than printed (see `oneLine`). The journal's other words (cues, source lines) are left out;
/// `--include-text` adds the detail in parentheses, as GitHub's does.
public enum GCCReporter: Reporter {
    public static let identifier = "gcc"
    /// Byte columns need no source line; `--column-unit char` makes the CLI keep them.
    public static let needsLineText = false

    public static func write(_ report: LintReport, options: ReportOptions, to write: ([UInt8]) -> Void) {
        var out = ""
        var columns = ColumnConverter(options.columnUnit)
        for finding in report.findings {
            let concern = options.concerns[finding.ruleID] ?? .format
            var message = finding.messageForPeople
            if concern == .wellbeing { message = finding.labelForPeople(concern: concern) + ": " + message }
            if options.includeText, let detail = finding.detail { message += " (\(detail))" }
            out += "\(oneLine(finding.path)):\(finding.range.lowerBound.line):\(columns.startColumn(of: finding)): "
            out += "\(label(finding, concern: concern)): \(oneLine(message)) [\(finding.ruleID)]\n"
        }
        write(Array(out.utf8))
    }

    /// The severity word: the finding's own for the format, `note` for the practice.
    static func label(_ finding: Finding, concern: RuleConcern) -> String {
        concern == .wellbeing ? Severity.note.rawValue : finding.severity.rawValue
    }

    /// `text` safe inside one line: every control character, line breaks included, written as
    /// `\u{A}`-style notation (`withVisibleControls`), and a tab as a space, so the line has exactly
    /// the fields it shows.
    static func oneLine(_ text: String) -> String {
        String(text.withVisibleControls().unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
    }
}
