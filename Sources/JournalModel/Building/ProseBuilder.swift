import MarkdownSyntax

/// Collects the text pieces of one block into a `ProseSpan`, recording where each came from.
struct ProseBuilder {
    private var text = ""
    private var pieces: [ProseSpan.Piece] = []
    private var needsSeparator = false

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
        pieces.append(ProseSpan.Piece(textOffset: text.utf8.count, length: length, source: range, isExact: isExact))
        text += piece.literal
    }

    /// The span, or `nil` when nothing but white space was collected.
    func build(blockRange: SourceRange?) -> ProseSpan? {
        guard text.utf8.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return nil }
        return ProseSpan(text: text, pieces: pieces, blockRange: blockRange)
    }
}
