import MarkdownSyntax

/// Applies fixes to a file's bytes: inserted lines, and syntax edits inside lines. Every byte
/// outside an edit's range is kept, in order.
public enum FixApplier {
    /// The bytes with `fixes` applied (a fix after line 0 goes before the first line). Each line keeps its own ending; inserted lines end as the
    /// line they follow does (`\n`, `\r\n` or a lone `\r`, which cmark and `SourceText` read as
    /// line endings alike), so that a file of mixed endings stays as the writer's editor made it
    /// and the next `--fix` reads the scaffold where it was put. Overlapping edits on a line
    /// keep the first; an edit that does not lie within its line is left out.
    public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> [UInt8] {
        guard !fixes.isEmpty else { return bytes }
        let source = SourceText(bytes: bytes)
        var byLine: [Int: [Fix]] = [:]
        var editsByLine: [Int: [SyntaxEdit]] = [:]
        for fix in fixes {
            if let edit = fix.syntaxEdit { editsByLine[edit.range.lowerBound.line, default: []].append(edit) }
            if !fix.lines.isEmpty { byLine[fix.afterLine, default: []].append(fix) }
        }

        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + fixes.count * 200)
        // The ending of the last line that has one, for a last line without one.
        var lastEnding: ArraySlice<UInt8> = [UInt8(ascii: "\n")][...]
        if let first = byLine[0] {
            // Before the first line: its ending, so a CRLF file stays CRLF.
            let ending = source.lineEnding(1).isEmpty ? lastEnding : source.lineEnding(1)
            for fix in first {
                for text in fix.lines { output += Array(text.utf8) + ending }
            }
        }
        for line in 1...source.lineCount {
            let start = source.lineStarts[line - 1]
            let end = line < source.lineCount ? source.lineStarts[line] : bytes.count
            if let edits = editsByLine[line] {
                output += edited(bytes[start..<end], contentLength: source.line(line).count, edits: edits)
            } else {
                output += bytes[start..<end]
            }
            let own = source.lineEnding(line)
            if !own.isEmpty { lastEnding = own }
            guard let inserts = byLine[line] else { continue }
            let ending = own.isEmpty ? lastEnding : own
            if own.isEmpty { output += ending }
            for fix in inserts {
                for text in fix.lines { output += Array(text.utf8) + ending }
            }
        }
        return output
    }

    /// The bytes of `bytes` that fixes keep: all but those syntax edits replace. `--fix`'s
    /// promise is that these are a subsequence of the fixed file (checked by the fuzzer).
    public static func keptBytes(of bytes: [UInt8], under fixes: [Fix]) -> [UInt8] {
        let edits = fixes.compactMap(\.syntaxEdit)
        guard !edits.isEmpty else { return bytes }
        let source = SourceText(bytes: bytes)
        var dropped: [Range<Int>] = []
        for (line, lineEdits) in Dictionary(grouping: edits, by: { $0.range.lowerBound.line }) where line >= 1 && line <= source.lineCount {
            let start = source.lineStarts[line - 1]
            for range in accepted(lineEdits, contentLength: source.line(line).count).map(\.offsets) {
                dropped.append((start + range.lowerBound)..<(start + range.upperBound))
            }
        }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        for (offset, byte) in bytes.enumerated() where !dropped.contains(where: { $0.contains(offset) }) { kept.append(byte) }
        return kept
    }

    /// A line with its edits applied (`line` includes its ending).
    private static func edited(_ line: ArraySlice<UInt8>, contentLength: Int, edits: [SyntaxEdit]) -> [UInt8] {
        var output: [UInt8] = []
        var cursor = 0
        for (edit, offsets) in accepted(edits, contentLength: contentLength) {
            output += line.dropFirst(cursor).prefix(offsets.lowerBound - cursor)
            output += Array(edit.replacement.utf8)
            cursor = offsets.upperBound
        }
        output += line.dropFirst(cursor)
        return output
    }

    /// The edits of one line that can be applied, in order, with their byte offsets in the line:
    /// on one line, within its content, not overlapping an earlier one.
    private static func accepted(_ edits: [SyntaxEdit], contentLength: Int) -> [(SyntaxEdit, offsets: Range<Int>)] {
        var result: [(SyntaxEdit, offsets: Range<Int>)] = []
        var end = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let range = edit.range
            guard range.lowerBound.line == range.upperBound.line, range.lowerBound.column >= 1 else { continue }
            let offsets = (range.lowerBound.column - 1)..<(range.upperBound.column - 1)
            guard offsets.lowerBound >= end, offsets.upperBound <= contentLength, !offsets.isEmpty || !edit.replacement.isEmpty else { continue }
            result.append((edit, offsets))
            end = max(end, offsets.upperBound)
        }
        return result
    }
}
