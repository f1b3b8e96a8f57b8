import MarkdownSyntax

/// GitHub Actions workflow commands: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
/// Notes become `::notice`. Leaves the journal's words out unless `includeText`.
public enum GitHubReporter: Reporter {
    public static let identifier = "github"
    public static let needsLineText = false

    public static func write(_ report: LintReport, options: ReportOptions, to write: ([UInt8]) -> Void) {
        var out = ""
        for finding in report.findings {
            let command = switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            let properties = [
                "file=\(escapeProperty(finding.path.withVisibleControls()))",
                "line=\(finding.range.lowerBound.line)",
                "col=\(finding.range.lowerBound.column)",
                "endLine=\(finding.range.upperBound.line)",
                "endColumn=\(finding.range.upperBound.column)",
                "title=\(escapeProperty("steady " + finding.ruleID))",
            ].joined(separator: ",")
            // Annotations are read in a log viewer or a terminal: controls made visible, except
            // line breaks (a configured crisis message may have several lines), which
            // `escapeData` turns into `%0A`.
            var message = finding.message.withVisibleControls(keepingLineBreaks: true)
            if options.includeText, let detail = finding.detail { message += " (\(detail.withVisibleControls(keepingLineBreaks: true)))" }
            out += "::\(command) \(properties)::\(escapeData(message))\n"
        }
        write(Array(out.utf8))
    }

    /// Escaping per the workflow-command syntax: `%`, CR and LF in data.
    static func escapeData(_ text: String) -> String {
        escape(text, ["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// Properties additionally escape `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escape(text, ["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }

    /// Replaces scalars, not characters: `"\r\n"` is one `Character`, equal to neither `"\r"` nor `"\n"`.
    private static func escape(_ text: String, _ replacements: [Unicode.Scalar: String]) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if let replacement = replacements[scalar] { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
