import MarkdownSyntax

/// One suppression comment read on its own, before it is paired with the others of its file
/// (`SuppressionParser.directives(pairing:lineCount:)`): a `steady-disable` and the
/// `steady-enable` that ends its region may lie far apart, and a `steady-disable-file` reaches
/// every line. A file linted a run of days at a time (`JournalDayRuns`) keeps each run's
/// comments (few) and pairs them all once the runs are merged (`LintEngine.merge(runs:)`).
struct SuppressionComment: Sendable {
    enum Keyword: String, CaseIterable, Sendable {
        case disableNextLine = "steady-disable-next-line"
        case disableFile = "steady-disable-file"
        case disable = "steady-disable"
        case enable = "steady-enable"
    }

    let keyword: Keyword
    /// Rule ids, lowercased; empty means every rule.
    let ruleIDs: [String]
    let reason: String?
    /// Where the comment is.
    let range: SourceRange
    /// The line a `steady-disable-next-line` silences: the next non-blank one.
    let nextLine: Int
    /// The comment's first line, for the caret display; empty when the words are not kept.
    let lineText: String

    /// The same comment, its lines moved by `shift` (its text unchanged).
    func shifted(by shift: LineShift) -> SuppressionComment {
        SuppressionComment(keyword: keyword, ruleIDs: ruleIDs, reason: reason, range: shift.applied(to: range),
                           nextLine: nextLine + shift.lines, lineText: lineText)
    }
}
