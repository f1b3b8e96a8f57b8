import JournalModel

/// A file's suppression comments, the source lines they are on, and which of them have silenced
/// a finding so far. Built while the file is linted (its own findings are suppressed there, in
/// parallel) and finished by `LintEngine.finish` (the collecting rules' findings, then the suppression rules).
public struct SuppressionRecord: Sendable {
    public let directives: [SuppressionDirective]
    /// The line of each directive, for the caret display (empty strings when text is not kept).
    public let lines: [String]
    /// Per directive, whether it silenced a finding.
    public private(set) var used: [Bool]

    /// `nil` when the journal has no suppression comments (most have none).
    /// - Parameter journal: borrowed: an initializer's arguments are otherwise copied in.
    init?(journal: borrowing Journal, keepsText: Bool) {
        self.init(comments: SuppressionParser.comments(in: journal, keepsText: keepsText), lineCount: journal.source.lineCount)
    }

    /// The record of a file's suppression comments, in file order (a file linted in runs: its
    /// runs' one after another); `lineCount`: the file's lines. `nil` when there are none.
    init?(comments: [SuppressionComment], lineCount: Int) {
        guard !comments.isEmpty else { return nil }
        let paired = SuppressionParser.directives(pairing: comments, lineCount: lineCount)
        guard !paired.isEmpty else { return nil }  // a `steady-enable` alone
        directives = paired.map(\.0)
        lines = paired.map(\.line)
        used = Array(repeating: false, count: directives.count)
    }

    /// Whether a directive silences `finding`; marks every directive that covers it as used.
    mutating func suppresses(_ finding: Finding, unsuppressible: Set<String>) -> Bool {
        guard !unsuppressible.contains(finding.ruleID) else { return false }
        var suppressed = false
        for (index, directive) in directives.enumerated() where directive.covers(finding) {
            used[index] = true
            suppressed = true
        }
        return suppressed
    }
}
