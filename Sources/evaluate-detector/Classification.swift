import JournalLint
import JournalModel
import ThinkingTraps

/// Classification through the real linter's public API: each text becomes the only entry of a
/// dated journal with no evidence, and the `unsupported-catastrophizing` findings are the
/// claims. What is measured is therefore exactly what `steady lint` reports.
private let engine = LintEngine()

/// The journal wrapped around a text: a day heading, a blank line, then the text from line 3.
private let header = "# 2026-01-05\n\n"

func classify(_ text: String) -> [ClaimMatch] {
    let document = Array((header + text + "\n").utf8)
    let report = engine.lint(files: [(path: "thought.md", bytes: document)])
    let source = SourceTextOffsets(document)
    let textStart = header.utf8.count
    return report.findings.compactMap { finding in
        guard finding.ruleID == "unsupported-catastrophizing",
              let kindName = finding.kind, let kind = ClaimKind(rawValue: kindName) else { return nil }
        let lower = source.offset(line: finding.range.lowerBound.line, column: finding.range.lowerBound.column) - textStart
        let upper = source.offset(line: finding.range.upperBound.line, column: finding.range.upperBound.column) - textStart
        return ClaimMatch(utf8Range: max(0, lower)..<max(lower, upper), kind: kind, cue: finding.cue ?? "")
    }
}

/// Byte offsets of (line, column) positions in a document.
private struct SourceTextOffsets {
    let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        lineStarts = starts
    }

    func offset(line: Int, column: Int) -> Int {
        lineStarts[min(max(line - 1, 0), lineStarts.count - 1)] + column - 1
    }
}
