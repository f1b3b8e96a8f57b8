import MarkdownSyntax

/// How a line break inside a paragraph is read: the end of a thought, or where an editor
/// wrapped one.
///
/// People who type on a phone, or in an editor that wraps for them, start a new line for a new
/// thought and often leave the full stop out ("she said hi" / "checked his location again"):
/// read as one sentence, the second line's ask would be hers. People who wrap by hand (or let
/// their editor insert line breaks at a width) break lines in the middle of sentences. So a
/// paragraph whose lines look wrapped at a width keeps its line breaks as spaces, and any other
/// paragraph's line breaks end sentences (docs/format.md, "Line breaks inside a paragraph").
enum SoftLineBreaks {
    /// Lines of a hand-wrapped paragraph are at least this long, but for its last.
    static let shortestWrappedLine = 40
    /// ... and within this many bytes of its longest line.
    static let wrapSpread = 25
    /// Nobody wraps wider than this: a longer line was typed as one.
    static let widestWrap = 120

    /// Whether the line breaks between `lines` of `source` end thoughts: false when every line
    /// but the last is long and about as long as the longest (wrapped at a width).
    static func endThoughts(lines: ClosedRange<Int>, in source: SourceText) -> Bool {
        guard lines.count > 1 else { return false }
        var longest = 0
        var shortestButLast = Int.max
        for line in lines {
            let length = source.byteRange(ofLine: line).count
            longest = max(longest, length)
            if line != lines.upperBound { shortestButLast = min(shortestButLast, length) }
        }
        let looksWrapped = longest <= widestWrap && shortestButLast >= max(shortestWrappedLine, longest - wrapSpread)
        return !looksWrapped
    }
}
