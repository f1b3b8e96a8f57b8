import MarkdownSyntax

/// Collects the text pieces of one block into a `ProseSpan`, recording where each came from.
///
/// One builder serves every block of an entry (`reset()` keeps its buffers), and the span's
/// text is written once, when the block ends, from the literals collected: appending literal by
/// literal to a `String` cost a few hundred instructions per piece, and a block that turns out
/// to hold only fields then allocated nothing at all. A block whose prose is a single literal
/// shares that literal's storage instead of copying it.
struct ProseBuilder {
    let source: SourceText
    /// The literals of the pieces, in order (`pieces[i]` came from `literals[i]`).
    private var literals: [String] = []
    private var pieces: [ProseSpan.Piece] = []
    /// The UTF-8 length of the text so far (separators included).
    private var length = 0
    private var needsSeparator = false

    init(source: SourceText) {
        self.source = source
    }

    /// Empties the builder for the next block, keeping its buffers.
    mutating func reset() {
        if !literals.isEmpty { literals.removeAll(keepingCapacity: true) }
        if !pieces.isEmpty { pieces.removeAll(keepingCapacity: true) }
        length = 0
        needsSeparator = false
    }

    /// Ends the current line: the next piece is preceded by a space.
    mutating func endLine() {
        if length > 0 { needsSeparator = true }
    }

    mutating func append(_ piece: InlinePiece) {
        guard piece.kind == .text, !piece.isImageText, let range = piece.range, !piece.literal.isEmpty else { return }
        if needsSeparator {
            length += 1
            needsSeparator = false
        }
        let literalLength = piece.literal.utf8.count
        let isExact = range.lowerBound.line == range.upperBound.line
            && range.upperBound.column - range.lowerBound.column == literalLength
        var prosePiece = ProseSpan.Piece(textOffset: length, length: literalLength, source: range, isExact: isExact)
        if !isExact, range.lowerBound.line == range.upperBound.line {
            let line = source.byteRange(ofLine: range.lowerBound.line)
            let start = min(line.lowerBound + range.lowerBound.column - 1, line.upperBound)
            let end = min(line.lowerBound + range.upperBound.column - 1, line.upperBound)
            prosePiece.columnOffsets = LiteralAlignment.offsets(literal: Array(piece.literal.utf8), source: source.bytes[start..<max(start, end)])
        }
        pieces.append(prosePiece)
        literals.append(piece.literal)
        length += literalLength
    }

    /// The span, or `nil` when nothing but white space was collected.
    func build(blockRange: SourceRange?) -> ProseSpan? {
        guard literals.contains(where: { Self.hasNonBlank($0) }) else { return nil }
        return ProseSpan(text: text(), pieces: Array(pieces), blockRange: blockRange)
    }

    /// The literals joined, a space wherever a line ended between two of them.
    private func text() -> String {
        if literals.count == 1, length == pieces[0].length { return literals[0] }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for (literal, piece) in zip(literals, pieces) {
                while written < piece.textOffset {
                    buffer[written] = UInt8(ascii: " ")
                    written += 1
                }
                var literal = literal
                literal.withUTF8 { bytes in
                    (buffer.baseAddress! + written).initialize(from: bytes.baseAddress!, count: bytes.count)
                    written += bytes.count
                }
            }
            return written
        }
    }

    private static func hasNonBlank(_ literal: String) -> Bool {
        literal.utf8.contains { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
    }
}
