import MarkdownSyntax

/// One `<!-- steady-disable… -->` comment, understood.
public struct SuppressionDirective: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        /// `steady-disable-next-line`: the next non-blank line.
        case line(Int)
        /// `steady-disable` … `steady-enable` (or the end of the file): these lines.
        case lines(ClosedRange<Int>)
        /// `steady-disable-file`.
        case file
    }

    /// Rule ids; empty means every rule.
    public let ruleIDs: [String]
    public let scope: Scope
    /// Where the comment is (unused suppressions are reported here).
    public let range: SourceRange
    public let reason: String?

    public func covers(_ finding: Finding) -> Bool {
        guard ruleIDs.isEmpty || ruleIDs.contains(finding.ruleID) else { return false }
        switch scope {
        case .line(let line): return finding.range.lowerBound.line == line
        case .lines(let lines): return lines.contains(finding.range.lowerBound.line)
        case .file: return true
        }
    }
}
