import MarkdownSyntax

/// A leaf of a paragraph or heading, in source order, with what the readers need to know of it.
///
/// A plain value with no references: the buffer of pieces is refilled for every block, and
/// emptying or reading it then retains and releases nothing.
struct InlinePiece {
    enum Kind { case text, code, html }
    let kind: Kind
    /// Where the text node's literal lies in the literal bytes of the list split
    /// (`InlineList.withLiteralBytes`; empty for code and HTML, whose literals nothing reads).
    let literal: Range<Int>
    let range: SourceRange?
    /// Inside an image's alt text: not the writer's prose.
    let isImageText: Bool
}

/// The leaves of a paragraph or heading, grouped by source line.
///
/// All pieces live in one flat array with the index where each line starts, rather than an array
/// per line: a paragraph costs no allocation once the buffers have grown, because the reader
/// reuses one `InlineLines` for every paragraph of a document.
struct InlineLines {
    /// Every leaf, in source order.
    private(set) var pieces: [InlinePiece] = []
    /// Index in `pieces` of each line's first piece; after a split there is always at least one
    /// line. Empty until then, so that making the (reused) buffers allocates nothing.
    private var lineStarts: [Int] = []
    /// The number of source lines (soft or hard breaks plus one).
    var lineCount: Int { lineStarts.count }

    /// The indices in `pieces` of line `index` (0-based). Indices, not a slice: the readers
    /// look at a few fields of each piece in place, without copying the pieces out.
    func line(_ index: Int) -> Range<Int> {
        let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : pieces.count
        return lineStarts[index]..<end
    }

    init() {}

    /// Replaces the lines with those of `inlines`, keeping the buffers' capacity.
    mutating func split(_ inlines: InlineList) {
        pieces.removeAllKeepingCapacity()
        // Keep the first line start (always 0) rather than emptying and refilling the array.
        if lineStarts.isEmpty { lineStarts.append(0) }
        while lineStarts.count > 1 { lineStarts.removeLast() }
        // The leaves are read from the document's inline storage without making `Inline` values.
        inlines.forEachLeaf { leaf in
            switch leaf.kind {
            case .text:
                pieces.append(InlinePiece(kind: .text, literal: leaf.literalOffsets, range: leaf.range, isImageText: leaf.isInsideImage))
            case .code:
                pieces.append(InlinePiece(kind: .code, literal: 0..<0, range: leaf.range, isImageText: leaf.isInsideImage))
            case .html:
                pieces.append(InlinePiece(kind: .html, literal: 0..<0, range: leaf.range, isImageText: leaf.isInsideImage))
            case .softBreak, .lineBreak:
                lineStarts.append(pieces.count)
            }
        }
    }

    /// Whether the line's first piece shows, from its literal alone, that the line is no field
    /// (see `FieldLine.isRuledOut`). Only an exact text piece is judged: one on one line whose
    /// range is as long as its literal, so that the literal is its source byte for byte.
    /// `literals`: the literal bytes of the list split.
    func startsWithProse(_ line: Range<Int>, literals: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first(where: { pieces[$0].range != nil }), let range = pieces[first].range,
              pieces[first].kind == .text, range.lowerBound.line == range.upperBound.line,
              range.upperBound.column - range.lowerBound.column == pieces[first].literal.count else { return false }
        return FieldLine.isRuledOut(byExactLiteral: UnsafeBufferPointer(rebasing: literals[pieces[first].literal]))
    }

    /// Where a line's content starts in the source (after any list or quote markers). Code spans
    /// report their position without the backticks, so step back over them.
    ///
    /// cmark places a lazy continuation line (`- against: …` then `reframe: …` unindented) at
    /// the list item's content column, though its text starts the line: when the source there is
    /// not the text's first byte, the line's first non-blank byte is, if it is that byte.
    func contentStart(of line: Range<Int>, in source: SourceText, literals: UnsafeBufferPointer<UInt8>) -> SourceLocation? {
        guard let first = line.first(where: { pieces[$0].range != nil }), let range = pieces[first].range else { return nil }
        if pieces[first].kind == .text, !pieces[first].literal.isEmpty {
            // Up to 8 bytes of the text are compared: one could match by chance ("against").
            let head = literals[pieces[first].literal].prefix(8)
            let lineRange = source.byteRange(ofLine: range.lowerBound.line)
            let offset = source.offset(of: range.lowerBound)
            let bytes = source.bytes
            // Byte by byte: `elementsEqual` on two slices went through the generic iterators.
            func startsWithHead(_ at: Int) -> Bool {
                guard at + head.count <= lineRange.upperBound else { return false }
                var index = 0
                for byte in head {
                    guard bytes[at + index] == byte else { return false }
                    index += 1
                }
                return true
            }
            if !startsWithHead(offset) {
                var start = lineRange.lowerBound
                while start < offset, source.bytes[start] == UInt8(ascii: " ") || source.bytes[start] == UInt8(ascii: "\t") { start += 1 }
                if start < offset, startsWithHead(start) {
                    return SourceLocation(line: range.lowerBound.line, column: start - lineRange.lowerBound + 1)
                }
            }
            return range.lowerBound
        }
        guard pieces[first].kind == .code else { return range.lowerBound }
        let lineStart = source.byteRange(ofLine: range.lowerBound.line).lowerBound
        var offset = source.offset(of: range.lowerBound)
        while offset > lineStart, source.bytes[offset - 1] == UInt8(ascii: "`") { offset -= 1 }
        return SourceLocation(line: range.lowerBound.line, column: offset - lineStart + 1)
    }
}
