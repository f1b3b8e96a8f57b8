/// Corrections of the source positions cmark 0.30.2 reports wrongly, one function per cmark bug.
///
/// `CmarkTreeCopier` copies cmark's tree as it is and asks these functions to correct a node's
/// range where cmark is known to be wrong; nothing else in the copier knows about the bugs.
/// Each function names the cmark version that needs it, what goes wrong, and its test in
/// `CmarkPositionTests` (same name). When upgrading cmark: run those tests with the repair
/// turned off; a repair whose test then passes is no longer needed and can be deleted.
/// (Backslash hard breaks need state across a paragraph: see `BackslashBreakRepair`.)
enum CmarkPositionRepairs {
    // Functions of `source` rather than a value holding it: the copier calls them per node, and
    // a value copied out of the copier would retain the source's arrays on every call.

    /// cmark 0.30.2 ends a block that it closes at a blank line at column 0 of that blank line.
    /// The block ends instead at the end of its last non-blank line, so that `upperBound.line`
    /// is always the block's last line. `endLine` is cmark's end line, already shifted.
    /// Test: `CmarkPositionTests.blockClosedByABlankLineEndsOnItsLastLine`.
    static func blockEndBeforeBlankLine(startLine: Int, endLine reportedEndLine: Int, in source: SourceText) -> SourceLocation {
        var endLine = reportedEndLine - 1
        while endLine > startLine, source.line(endLine).allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
            endLine -= 1
        }
        return SourceLocation(line: endLine, column: source.byteRange(ofLine: endLine).count + 1)
    }

    /// cmark 0.30.2 gives an autolink (`<https://…>`) columns counted from the paragraph's start
    /// rather than the line's. The text inside is positioned right: the link is that text and
    /// the angle brackets around it.
    /// Test: `CmarkPositionTests.autolinkRangeCoversTheAngleBrackets`.
    static func autolinkRange(_ reported: SourceRange, children: ArraySlice<InlineRecord>, in source: SourceText) -> SourceRange? {
        guard children.count == 1, let only = children.first, only.kind == .text, let inner = only.range else { return nil }
        let before = source.offset(of: inner.lowerBound) - 1
        let after = source.offset(of: inner.upperBound)
        guard before >= 0, after < source.bytes.count, source.bytes[before] == UInt8(ascii: "<"), source.bytes[after] == UInt8(ascii: ">"),
              source.location(ofOffset: before).line == inner.lowerBound.line else { return nil }
        return SourceRange(source.location(ofOffset: before), source.location(ofOffset: after + 1))
    }

    /// cmark 0.30.2 starts a link whose text spans lines on the line of its `]` (with the column
    /// of its `[`). The link starts on the line of its first positioned child.
    /// Test: `CmarkPositionTests.linkWhoseTextSpansLinesStartsAtItsBracket`.
    static func multiLineLinkStart(_ reported: SourceRange, children: ArraySlice<InlineRecord>) -> SourceRange {
        if let first = children.first(where: { $0.range != nil })?.range?.lowerBound, first.line < reported.lowerBound.line {
            return SourceRange(SourceLocation(line: first.line, column: reported.lowerBound.column), reported.upperBound)
        }
        return reported
    }

    /// cmark 0.30.2 ends a setext heading on the line after its underline (with that line's
    /// length), and an ATX heading with a closing sequence (`## Title ##`) before the closing
    /// `#`s. A heading runs to the end of its last line: the ATX line, or the setext underline.
    /// Tests: `CmarkPositionTests.setextHeadingEndsAtItsUnderline`,
    /// `CmarkPositionTests.atxHeadingIncludesClosingSequence`.
    static func headingEnd(_ reported: SourceRange, children: ArraySlice<InlineRecord>, in source: SourceText) -> SourceRange {
        let start = reported.lowerBound
        var lastLine = start.line
        if reported.upperBound.line > start.line {
            var contentEnd: Int?
            for child in children {
                if let line = child.range?.upperBound.line { contentEnd = max(contentEnd ?? line, line) }
            }
            let contentEndLine = contentEnd ?? start.line
            lastLine = min(contentEndLine + 1, reported.upperBound.line)
        }
        return SourceRange(start, SourceLocation(line: lastLine, column: source.byteRange(ofLine: lastLine).count + 1))
    }

    /// cmark 0.30.2 drops the spaces before a line break from a text node's literal but not from
    /// its range (`foo  ⏎` is `foo` at 1:1-1:6). The range ends where the literal ends.
    /// Test: `CmarkPositionTests.textBeforeABreakEndsWhereItsLiteralEnds`.
    static func textEndBeforeBreakSpaces(_ range: SourceRange?, lastLiteralByte: UInt8?, in source: SourceText) -> SourceRange? {
        guard let range, range.lowerBound.line == range.upperBound.line,
              let last = lastLiteralByte, last != UInt8(ascii: " "), last != UInt8(ascii: "\t") else { return range }
        let upper = source.offset(of: range.upperBound)
        // Almost always the byte before the end is no space: nothing to trim.
        if upper > 0, upper <= source.bytes.count, source.bytes[upper - 1] != UInt8(ascii: " "), source.bytes[upper - 1] != UInt8(ascii: "\t") {
            return range
        }
        let start = source.offset(of: range.lowerBound)
        var end = upper
        while end > start, source.bytes[end - 1] == UInt8(ascii: " ") || source.bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard end < upper else { return range }
        return SourceRange(range.lowerBound, SourceLocation(line: range.upperBound.line, column: range.upperBound.column - (upper - end)))
    }

    /// cmark 0.30.2 ends an HTML block that closes on its own end condition (`-->`, `</pre>`, …)
    /// at the end of the line *before* (so a one-line comment gets `1:1-0:0`). An HTML block
    /// runs to the end of its last line, and its literal holds one line per source line.
    /// Tests: `CmarkPositionTests.oneLineHTMLCommentBlockEndsAtItsLineEnd`,
    /// `multiLineHTMLCommentBlockIncludesItsClosingLine`, `htmlBlockInBlockQuote`.
    static func htmlBlockEnd(_ reported: SourceRange?, literal: String, in source: SourceText) -> SourceRange? {
        guard let start = reported?.lowerBound else { return reported }
        var lines = literal.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        if literal.utf8.last != UInt8(ascii: "\n") { lines += 1 }
        let endLine = start.line + max(lines, 1) - 1
        return SourceRange(start, SourceLocation(line: endLine, column: source.byteRange(ofLine: endLine).count + 1))
    }
}
