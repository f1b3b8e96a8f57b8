import MarkdownSyntax

/// Applies fixes to a file's bytes. Insertions only: every original byte is kept, in order.
public enum FixApplier {
    /// The bytes with `fixes` inserted (a fix after line 0 goes before the first line). Each line keeps its own ending; inserted lines end as the
    /// line they follow does (`\n`, `\r\n` or a lone `\r`, which cmark and `SourceText` read as
    /// line endings alike), so that a file of mixed endings stays as the writer's editor made it
    /// and the next `--fix` reads the scaffold where it was put.
    public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> [UInt8] {
        guard !fixes.isEmpty else { return bytes }
        let source = SourceText(bytes: bytes)
        var byLine: [Int: [Fix]] = [:]
        for fix in fixes { byLine[fix.afterLine, default: []].append(fix) }

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
            output += bytes[start..<end]
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
}
