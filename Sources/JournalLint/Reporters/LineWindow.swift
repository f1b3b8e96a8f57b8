/// The part of a finding's source line that a report shows: the whole line, or, for a line over
/// `longLine` bytes, `context` bytes either side of the finding.
///
/// A journal written as one paragraph has thousands of findings on one line; showing the whole
/// line with each made every report quadratic (a 200 KB line: 533 MB of text, JSON or SARIF).
/// With the window, what a report writes grows with the findings, not findings × line.
struct LineWindow {
    /// Lines longer than this many bytes are shown as a window.
    static let longLine = 1_000
    /// Bytes shown either side of the finding in a long line.
    static let context = 300

    /// The window, as byte offsets into the line (the whole line when it is short).
    let bytes: Range<Int>
    /// Where the finding starts and ends in the line, as byte offsets inside `bytes`. A finding
    /// that runs on past its first line ends at that line's end.
    let finding: Range<Int>
    /// The line's length in bytes.
    let lineLength: Int

    /// Whether the window is the whole line.
    var isWholeLine: Bool { bytes == 0..<lineLength }

    /// The window of `finding`'s line, `line` being that line's UTF-8.
    init(_ finding: Finding, line: UnsafeBufferPointer<UInt8>) {
        lineLength = line.count
        let start = min(max(finding.range.lowerBound.column - 1, 0), line.count)
        var end = finding.range.upperBound.line == finding.range.lowerBound.line
            ? min(max(finding.range.upperBound.column - 1, start), line.count)
            : line.count
        guard line.count > Self.longLine else {
            bytes = 0..<line.count
            self.finding = start..<end
            return
        }
        end = min(end, start + Self.longLine)
        var lower = max(0, start - Self.context)
        var upper = min(line.count, end + Self.context)
        // Cut at character starts, so no character is split into replacement marks.
        while lower > 0, line[lower] & 0xC0 == 0x80 { lower -= 1 }
        while upper < line.count, line[upper] & 0xC0 == 0x80 { upper += 1 }
        while end < upper, line[end] & 0xC0 == 0x80 { end += 1 }
        bytes = lower..<upper
        self.finding = start..<end
    }

    /// The window of `finding`'s line, read in place (copying a long line for each of its
    /// findings was quadratic too), handed to `body` with the line's bytes.
    static func of<Result>(_ finding: Finding, _ body: (LineWindow, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var line = finding.lineText
        return line.withUTF8 { body(LineWindow(finding, line: $0), $0) }
    }

    /// The text of `range` (offsets into the line `line`).
    static func text(_ range: Range<Int>, of line: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self)
    }
}
