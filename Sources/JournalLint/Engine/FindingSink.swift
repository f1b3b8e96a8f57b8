import JournalModel
import MarkdownSyntax

/// Collects findings for one rule, filling in severity, path and source line.
public struct FindingSink {
    let ruleID: String
    let severity: Severity
    private(set) var findings: [Finding] = []

    init(ruleID: String, severity: Severity) {
        self.ruleID = ruleID
        self.severity = severity
    }

    /// Adds a finding in `source` (the file at `path`).
    public mutating func report(_ message: String, detail: String? = nil, at range: SourceRange, path: String, source: SourceText,
                                fix: Fix? = nil, kind: String? = nil, cue: String? = nil) {
        let line = source.lineString(range.lowerBound.line)
        findings.append(Finding(ruleID: ruleID, severity: severity, message: message, detail: detail, path: path, range: range,
                                lineText: line, fix: fix, kind: kind, cue: cue))
    }

    /// Adds a finding whose source line is already known (corpus rules keep lines, not files).
    public mutating func report(_ message: String, detail: String? = nil, at range: SourceRange, path: String, lineText: String, cue: String? = nil) {
        findings.append(Finding(ruleID: ruleID, severity: severity, message: message, detail: detail, path: path, range: range, lineText: lineText, cue: cue))
    }
}
