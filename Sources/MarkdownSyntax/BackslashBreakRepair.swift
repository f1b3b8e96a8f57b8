/// Corrects the inline positions of one paragraph or heading after a backslash hard break
/// (`a\` at a line's end).
///
/// cmark 0.30.2 neither counts the line ending of a backslash break nor restarts the column:
/// nodes up to the next line ending get columns running past their line, and every later node
/// of the paragraph a line number one too small. Kept apart from `CmarkPositionRepairs`
/// because it needs state across the paragraph: the copier reports each break and line ending.
/// Tests: `CmarkPositionTests.backslashHardBreakAdvancesTheLine`,
/// `backslashHardBreakInsideContainers`, `twoSpaceHardBreakIsUnaffected`.
struct BackslashBreakRepair {
    let source: SourceText
    /// Bytes of container prefix (`> `, list indentation) cmark assumes on each line.
    private var blockOffset = 0
    /// Backslash breaks before the last line ending cmark did count.
    private var settled = 0
    /// Backslash breaks since then.
    private var pending = 0

    init(source: SourceText) {
        self.source = source
    }

    /// A paragraph or heading starts at `column`.
    mutating func startBlock(column: Int) {
        blockOffset = max(column - 1, 0)
        settled = 0
        pending = 0
    }

    mutating func backslashBreak() { pending += 1 }

    /// A line ending cmark counted (a soft break, or a hard break of two spaces).
    mutating func newline() {
        settled += pending
        pending = 0
    }

    /// `location` as cmark reported it, corrected for the breaks seen so far.
    func fix(_ location: SourceLocation) -> SourceLocation {
        guard settled > 0 || pending > 0 else { return location }
        var line = min(location.line + settled, source.lineCount)
        var offset = location.column - 1
        while pending > 0, line < source.lineCount {
            // cmark counts a line ending as one byte, `\r\n` included.
            let full = source.byteRange(ofLine: line).count + 1
            guard offset >= full else { break }
            offset += blockOffset - full
            line += 1
        }
        return SourceLocation(line: line, column: offset + 1)
    }
}
