import MarkdownSyntax

/// Obsidian's comments, `%% … %%`: text the writer keeps out of the note's reading view, and out
/// of Steady's reading too (no prose, tags or fields). A comment is read whole blocks at a time:
/// a block whose text starts with `%%` opens one, and it runs to the block whose text ends with
/// `%%` (the same block for `%% one line %%`).
enum ObsidianComment {
    /// Whether the block's source starts with `%%`, and whether it ends with a closing `%%`.
    static func marks(of block: Block, in source: SourceText) -> (opens: Bool, closes: Bool) {
        guard let range = block.range else { return (false, false) }
        let lower = source.offset(of: range.lowerBound)
        let upper = max(lower, source.offset(of: range.upperBound))
        var start = lower
        var end = upper
        let bytes = source.bytes
        while start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t")
            || bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let percent = UInt8(ascii: "%")
        let opens = end - start >= 2 && bytes[start] == percent && bytes[start + 1] == percent
        let closes = end - start >= (opens ? 4 : 2) && bytes[end - 1] == percent && bytes[end - 2] == percent
        return (opens, closes)
    }

    /// Whether the block is a whole comment by itself (`%% … %%`).
    static func isWholeComment(_ block: Block, in source: SourceText) -> Bool {
        let marks = marks(of: block, in: source)
        return marks.opens && marks.closes
    }

    /// `text` without its `%% … %%` comments (one left open runs to the end), spaces around a
    /// removed comment made one: for text read from a literal rather than the source (an
    /// evidence item's, a heading's title), where `UnreadText`'s source ranges do not apply.
    static func removingComments(from text: String) -> String {
        guard ASCIIBytes.contains(UInt8(ascii: "%"), in: text), text.contains("%%") else { return text }
        var kept = ""
        var inComment = false
        var rest = Substring(text)
        while let mark = rest.firstRange(of: "%%") {
            if !inComment {
                let before = rest[..<mark.lowerBound]
                if kept.last == " " || kept.isEmpty { kept += before.drop(while: { $0 == " " }) } else { kept += before }
            }
            inComment.toggle()
            rest = rest[mark.upperBound...]
        }
        if !inComment { kept += (kept.last == " " || kept.isEmpty) ? rest.drop(while: { $0 == " " }) : rest }
        return kept.trimmingSpaces()
    }
}
