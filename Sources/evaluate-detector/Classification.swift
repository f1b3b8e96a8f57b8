import JournalDetection
import JournalModel
import ThinkingTraps

/// Classification through the analyzer `steady lint` and `steady summary` run: each text becomes
/// the only entry of a dated journal, and the claims found in it are the claims. The
/// `unsupported-catastrophizing` rule reports each of these claims when the entry has no
/// evidence, so what is measured is what `steady lint` reports.
private let analyzer = EntryAnalyzer()

/// The journal wrapped around a text: a day heading, a blank line, then the text from line 3.
private let header = "# 2026-01-05\n\n"

func classify(_ text: String) -> [ClaimMatch] {
    let document = Array((header + text + "\n").utf8)
    let journal = JournalBuilder.build(bytes: document, path: "thought.md")
    let source = SourceTextOffsets(document)
    let textStart = header.utf8.count
    return journal.entries.flatMap { analyzer.analyze($0).claims }.map { claim in
        let lower = source.offset(line: claim.range.lowerBound.line, column: claim.range.lowerBound.column) - textStart
        let upper = source.offset(line: claim.range.upperBound.line, column: claim.range.upperBound.column) - textStart
        return ClaimMatch(utf8Range: max(0, lower)..<max(lower, upper), kind: claim.kind, cue: claim.cue)
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
