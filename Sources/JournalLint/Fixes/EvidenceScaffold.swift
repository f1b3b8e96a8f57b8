import MarkdownSyntax
import ThinkingTraps

/// The `evidence:` block `steady lint --fix` inserts below an unexamined worst-case thought.
public enum EvidenceScaffold {
    /// A fix inserting the scaffold after the block at `blockRange`.
    static func fix(after blockRange: SourceRange, in source: SourceText) -> Fix {
        let line = blockRange.upperBound.line
        var lines = ["", "evidence:", "- for:", "- against:"]
        lines.append("<!-- cross-examine the thought: " + CatastrophizingDetector.crossExaminationQuestions.joined(separator: " ") + " -->")
        let next = line + 1
        if next <= source.lineCount, !source.line(next).allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
            lines.append("")
        }
        return Fix(afterLine: line, lines: lines)
    }
}
