import MarkdownSyntax
import ThinkingTraps

/// The `evidence:` block `steady lint --fix` inserts below an unexamined worst-case thought.
public enum EvidenceScaffold {
    /// A fix inserting the scaffold after the block at `blockRange`.
    static func fix(after blockRange: SourceRange, in source: SourceText) -> Fix {
        let line = blockRange.upperBound.line
        let next = line + 1
        let textFollows = next <= source.lineCount && !source.line(next).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        // Shared arrays: every fix holds the same lines, so none is built per finding.
        return Fix(afterLine: line, lines: textFollows ? linesBeforeText : lines)
    }

    /// The scaffold: a blank line, `evidence:`, blank `for:` / `against:` items, the questions.
    static let lines = ["", "evidence:", "- for:", "- against:",
                        CrossExamination.scaffoldComment]
    /// The scaffold with a blank line after it, when the writer's text follows directly.
    static let linesBeforeText = lines + [""]
}
