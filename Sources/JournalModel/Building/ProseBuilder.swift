import MarkdownSyntax

/// Collects the text pieces of one block into a `ProseSpan`, recording where each came from.
///
/// One builder serves every block (`reset()` keeps its buffers), and the span's text is written
/// once, when the block ends, straight from the text nodes' literal bytes: appending literal by
/// literal to a `String` cost a few hundred instructions per piece, and a block that turns out
/// to hold only fields allocates nothing at all.
struct ProseBuilder {
    let source: SourceText
    /// The text nodes of the pieces, in order (`pieces[i]` came from `texts[i]`).
    private var texts: [Text] = []
    private var pieces: [ProseSpan.Piece] = []
    /// The UTF-8 length of the text so far (separators included).
    private var length = 0
    private var needsSeparator = false

    init(source: SourceText) {
        self.source = source
    }

    /// Empties the builder for the next block, keeping its buffers.
    mutating func reset() {
        if !texts.isEmpty { texts.removeAll(keepingCapacity: true) }
        if !pieces.isEmpty { pieces.removeAll(keepingCapacity: true) }
        length = 0
        needsSeparator = false
    }

    /// Ends the current line: the next piece is preceded by a space.
    mutating func endLine() {
        if length > 0 { needsSeparator = true }
    }

    mutating func append(_ piece: InlinePiece) {
        guard piece.kind == .text, !piece.isImageText, let range = piece.range, let node = piece.text, node.literalUTF8Count > 0 else { return }
        if needsSeparator {
            length += 1
            needsSeparator = false
        }
        let literalLength = node.literalUTF8Count
        let isExact = range.lowerBound.line == range.upperBound.line
            && range.upperBound.column - range.lowerBound.column == literalLength
        var prosePiece = ProseSpan.Piece(textOffset: length, length: literalLength, source: range, isExact: isExact)
        if !isExact, range.lowerBound.line == range.upperBound.line {
            let line = source.byteRange(ofLine: range.lowerBound.line)
            let start = min(line.lowerBound + range.lowerBound.column - 1, line.upperBound)
            let end = min(line.lowerBound + range.upperBound.column - 1, line.upperBound)
            prosePiece.columnOffsets = LiteralAlignment.offsets(literal: node.withLiteralUTF8 { Array($0) }, source: source.bytes[start..<max(start, end)])
        }
        pieces.append(prosePiece)
        texts.append(node)
        length += literalLength
    }

    /// The span, or `nil` when nothing but white space was collected.
    func build(blockRange: SourceRange?) -> ProseSpan? {
        guard texts.contains(where: { Self.hasNonBlank($0) }) else { return nil }
        return ProseSpan(text: text(), pieces: Array(pieces), blockRange: blockRange)
    }

    /// The literals joined, a space wherever a line ended between two of them.
    private func text() -> String {
        if texts.count == 1, length == pieces[0].length { return texts[0].literal }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for (text, piece) in zip(texts, pieces) {
                while written < piece.textOffset {
                    buffer[written] = UInt8(ascii: " ")
                    written += 1
                }
                text.withLiteralUTF8 { bytes in
                    (buffer.baseAddress! + written).initialize(from: bytes.baseAddress!, count: bytes.count)
                    written += bytes.count
                }
            }
            return written
        }
    }

    private static func hasNonBlank(_ text: Text) -> Bool {
        text.withLiteralUTF8 { $0.contains { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } }
    }
}
