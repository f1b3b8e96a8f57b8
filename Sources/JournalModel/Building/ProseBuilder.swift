import MarkdownSyntax

/// Collects the text pieces of one block into a `ProseSpan`, recording where each came from.
struct ProseBuilder {
    let source: SourceText
    private var text = ""
    private var pieces: [ProseSpan.Piece] = []
    private var needsSeparator = false

    /// `capacity`: the UTF-8 bytes the text may need (see `InlineLines.proseCapacity`), so that
    /// it is allocated once instead of growing piece by piece.
    init(source: SourceText, capacity: Int = 0, pieceCapacity: Int = 0) {
        self.source = source
        // Only reserve what does not fit a small string, which needs no allocation at all.
        if capacity > 15 { text.reserveCapacity(capacity) }
        pieces.reserveCapacity(pieceCapacity)
    }

    /// Ends the current line: the next piece is preceded by a space.
    mutating func endLine() {
        if !text.isEmpty { needsSeparator = true }
    }

    mutating func append(_ piece: InlinePiece) {
        guard piece.kind == .text, !piece.isImageText, let range = piece.range, !piece.literal.isEmpty else { return }
        if needsSeparator {
            text += " "
            needsSeparator = false
        }
        let length = piece.literal.utf8.count
        let isExact = range.lowerBound.line == range.upperBound.line
            && range.upperBound.column - range.lowerBound.column == length
        var prosePiece = ProseSpan.Piece(textOffset: text.utf8.count, length: length, source: range, isExact: isExact)
        if !isExact, range.lowerBound.line == range.upperBound.line {
            let line = source.byteRange(ofLine: range.lowerBound.line)
            let start = min(line.lowerBound + range.lowerBound.column - 1, line.upperBound)
            let end = min(line.lowerBound + range.upperBound.column - 1, line.upperBound)
            prosePiece.columnOffsets = LiteralAlignment.offsets(literal: Array(piece.literal.utf8), source: source.bytes[start..<max(start, end)])
        }
        pieces.append(prosePiece)
        text += piece.literal
    }

    /// The span, or `nil` when nothing but white space was collected.
    func build(blockRange: SourceRange?) -> ProseSpan? {
        guard text.utf8.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return nil }
        return ProseSpan(text: text, pieces: pieces, blockRange: blockRange)
    }
}
