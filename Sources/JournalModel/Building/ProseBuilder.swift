import MarkdownSyntax

/// Collects the text pieces of one block into a `ProseSpan`, recording where each came from.
///
/// One builder serves every block (`reset()` keeps its buffer of piece indices), and the
/// span's text is written once, when the block ends, straight from the text nodes' literal
/// bytes rather than appended literal by literal to a `String`; a block that turns out to hold
/// only fields allocates nothing at all. The span's first piece is kept apart and the others go
/// into an array reserved on the second piece, which the span keeps: a span of one piece needs
/// no array.
struct ProseBuilder {
    let source: SourceText
    /// For each piece of the span, its index in the block's `InlineLines.pieces`.
    private var sources: [Int] = []
    /// The span's first piece, and the others (an array only when there are others).
    private var firstPiece: ProseSpan.Piece?
    private var laterPieces: [ProseSpan.Piece] = []
    /// Column maps of the pieces that need one (rare), indexed like the pieces.
    private var columnOffsets: [[Int]?] = []
    /// The UTF-8 length of the text so far (separators included).
    private var length = 0
    private var needsSeparator = false
    /// The text of a span of several pieces, while it is written (a buffer reused for every block).
    private var joined: [UInt8] = []
    /// Where Obsidian comments lie in the span's text: written as spaces, so every other
    /// offset still maps to the source (rare: empty unless the block has a `%%`).
    private var blanks: [Range<Int>] = []

    init(source: SourceText) {
        self.source = source
    }

    /// Empties the builder for the next block.
    mutating func reset() {
        sources.removeAllKeepingCapacity()
        firstPiece = nil
        if !laterPieces.isEmpty { laterPieces = [] }
        if !columnOffsets.isEmpty { columnOffsets = [] }
        length = 0
        needsSeparator = false
        if !blanks.isEmpty { blanks = [] }
    }

    /// Ends the current line: the next piece is preceded by a space.
    mutating func endLine() {
        if length > 0 { needsSeparator = true }
    }

    /// Adds `inlinePieces[index]` if it is prose (text outside images). `literals`: the bytes
    /// the pieces point into (`InlineLines.withLiteralBytes`).
    /// `comments`: the block's Obsidian comments, left out of the text.
    mutating func append(_ index: Int, of inlinePieces: [InlinePiece], literals: UnsafeBufferPointer<UInt8>,
                         hiding comments: UnreadText = UnreadText()) {
        let literalLength = inlinePieces[index].literal.count
        guard inlinePieces[index].kind == .text, !inlinePieces[index].isImageText, literalLength > 0,
              let range = inlinePieces[index].range else { return }
        let isExact = range.lowerBound.line == range.upperBound.line
            && range.upperBound.column - range.lowerBound.column == literalLength
        var sourceStart = 0
        if !comments.isEmpty {
            sourceStart = source.offset(of: range.lowerBound)
            if comments.covers(sourceStart..<max(sourceStart + 1, source.offset(of: range.upperBound))) { return }
        }
        if needsSeparator {
            length += 1
            needsSeparator = false
        }
        if !comments.isEmpty {
            if isExact {
                // The literal is the source byte for byte: its unread ranges are blanked where they lie.
                for hidden in comments.hidden where hidden.overlaps(sourceStart..<(sourceStart + literalLength)) {
                    let lower = max(hidden.lowerBound, sourceStart) - sourceStart
                    let upper = min(hidden.upperBound, sourceStart + literalLength) - sourceStart
                    blanks.append((length + lower)..<(length + upper))
                }
            } else {
                blankComments(in: literals[inlinePieces[index].literal], at: length, startsHidden: comments.contains(sourceStart))
            }
        }
        let prosePiece = ProseSpan.Piece(textOffset: length, length: literalLength, source: range, isExact: isExact)
        let pieceIndex = sources.count
        if !isExact, range.lowerBound.line == range.upperBound.line {
            let line = source.byteRange(ofLine: range.lowerBound.line)
            let start = min(line.lowerBound + range.lowerBound.column - 1, line.upperBound)
            let end = min(line.lowerBound + range.upperBound.column - 1, line.upperBound)
            if columnOffsets.count <= pieceIndex { columnOffsets += Array(repeating: nil, count: pieceIndex + 1 - columnOffsets.count) }
            columnOffsets[pieceIndex] = LiteralAlignment.offsets(literal: Array(literals[inlinePieces[index].literal]), source: source.bytes[start..<max(start, end)])
        }
        if firstPiece == nil {
            firstPiece = prosePiece
        } else {
            if laterPieces.isEmpty { laterPieces.reserveCapacity(inlinePieces.count - index) }
            laterPieces.append(prosePiece)
        }
        sources.append(index)
        length += literalLength
    }

    /// Records the comments in the literal of a piece that differs from its source (escapes,
    /// entities), at `textOffset` in the span's text: each `%%` toggles one, as `UnreadText`
    /// reads the source.
    private mutating func blankComments(in literal: Slice<UnsafeBufferPointer<UInt8>>, at textOffset: Int, startsHidden: Bool) {
        var openedAt: Int? = startsHidden ? 0 : nil
        var cursor = 0
        let bytes = Array(literal)
        while cursor + 1 < bytes.count {
            if bytes[cursor] == UInt8(ascii: "%"), bytes[cursor + 1] == UInt8(ascii: "%") {
                if let opened = openedAt {
                    blanks.append((textOffset + opened)..<(textOffset + cursor + 2))
                    openedAt = nil
                } else {
                    openedAt = cursor
                }
                cursor += 2
            } else {
                cursor += 1
            }
        }
        if let opened = openedAt { blanks.append((textOffset + opened)..<(textOffset + bytes.count)) }
    }

    /// The span, or `nil` when nothing but white space was collected. `inlinePieces`: the
    /// block's pieces, which the collected indices refer to.
    mutating func build(blockRange: SourceRange?, pieces inlinePieces: [InlinePiece], literals: UnsafeBufferPointer<UInt8>) -> ProseSpan? {
        guard sources.contains(where: { Self.hasNonBlank(literals[inlinePieces[$0].literal]) }) else { return nil }
        let text = text(inlinePieces, literals: literals)
        if !blanks.isEmpty, !text.utf8.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) { return nil }
        // `reset()` empties the builder before the next block.
        return ProseSpan(text: text, firstPiece: firstPiece, laterPieces: laterPieces, columnOffsets: columnOffsets, blockRange: blockRange)
    }

    /// The literals joined, a space wherever a line ended between two of them. Written into
    /// `joined` (kept from block to block) and made a string without validating it again: the
    /// literals are valid UTF-8 (see `String(knownValidUTF8:)`), and so is their join by spaces.
    private mutating func text(_ inlinePieces: [InlinePiece], literals: UnsafeBufferPointer<UInt8>) -> String {
        if sources.count == 1, blanks.isEmpty, let firstPiece, length == firstPiece.length {
            return String(knownValidUTF8: UnsafeBufferPointer(rebasing: literals[inlinePieces[sources[0]].literal]))
        }
        joined.removeAll(keepingCapacity: true)
        joined.reserveCapacity(length)
        for (position, source) in sources.enumerated() {
            let textOffset = position == 0 ? 0 : laterPieces[position - 1].textOffset
            while joined.count < textOffset { joined.append(UInt8(ascii: " ")) }
            joined.append(contentsOf: literals[inlinePieces[source].literal])
        }
        for blank in blanks {
            for offset in blank where offset < joined.count { joined[offset] = UInt8(ascii: " ") }
        }
        return joined.withUnsafeBufferPointer { String(knownValidUTF8: $0) }
    }

    private static func hasNonBlank(_ literal: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        literal.contains { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
    }
}
