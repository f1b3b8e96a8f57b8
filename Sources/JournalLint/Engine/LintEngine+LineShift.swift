import MarkdownSyntax

extension LintEngine {
    /// The result of a run of days (`JournalDayRuns`) whose lines moved by `shift` since it was
    /// linted, its text unchanged: what linting it again would give, without reading it again.
    /// Findings and fixes keep their columns (a run starts a line); only positions move (no
    /// message names a line). The run's suppression comments, which `merge(runs:)` applies,
    /// move with it, and so does the file's last line when the run is the last.
    public func shifted(_ result: FileLintResult, by shift: LineShift) -> FileLintResult {
        guard !shift.isNone else { return result }
        let collected = registry.collectingRules.indices.map { rule in
            registry.collectingRules[rule].shiftAnyInfo(result.collected[rule], by: shift)
        }
        return FileLintResult(path: result.path, findings: result.findings.map { $0.shifted(by: shift) }, hasFixes: result.hasFixes,
                              collected: collected, suppressions: result.suppressions, severities: result.severities,
                              runSuppressionComments: result.runSuppressionComments.map { $0.shifted(by: shift) },
                              fileLineCount: result.fileLineCount + shift.lines)
    }
}

extension Finding {
    /// The same finding, its place and fix moved by `shift`.
    func shifted(by shift: LineShift) -> Finding {
        Finding(ruleID: ruleID, severity: severity, message: message, detail: detail, path: path, range: shift.applied(to: range),
                lineText: lineText, fix: fix?.shifted(by: shift), kind: kind, cue: cue, help: help, spokenMessage: spokenMessage,
                entry: entry)
    }
}

extension Fix {
    /// The same fix, its lines moved by `shift`.
    func shifted(by shift: LineShift) -> Fix {
        if let syntaxEdit { return Fix(replacing: shift.applied(to: syntaxEdit.range), with: syntaxEdit.replacement) }
        return Fix(afterLine: afterLine + shift.lines, lines: lines)
    }
}
