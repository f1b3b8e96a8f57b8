import MarkdownSyntax

/// The writer's own words from one paragraph, list item or heading, as the detectors read them:
/// markup, code, HTML and field lines left out, lines joined by a space. Keeps a map from byte
/// offsets in `text` back to the source, so a finding can point at the exact words.
public struct ProseSpan: Sendable, Hashable {
    public let text: String
    /// Where the span lies in the source.
    public let range: SourceRange
    /// The whole paragraph, heading or list item the span was read from (fields included), so
    /// that a fix can insert text below it.
    public let blockRange: SourceRange
    let pieces: [Piece]

    /// A run of `text` that came from one source node.
    struct Piece: Sendable, Hashable {
        /// Byte offset in `text` where the piece starts.
        let textOffset: Int
        let length: Int
        let source: SourceRange
        /// Whether each byte of the piece is the byte at the same place in the source (no escapes
        /// or entities), so offsets inside it map exactly.
        let isExact: Bool
        /// For pieces that are not exact but lie on one line: the source column offset of each
        /// byte of the literal (and one past the end), aligned across escapes and entities.
        var columnOffsets: [Int]? = nil
    }

    init(text: String, pieces: [Piece], blockRange: SourceRange?) {
        self.text = text
        self.pieces = pieces
        let first = pieces.first?.source.lowerBound ?? SourceLocation(line: 1, column: 1)
        self.range = SourceRange(first, pieces.last?.source.upperBound ?? first)
        self.blockRange = blockRange ?? range
    }

    /// The source range of UTF-8 byte offsets `offsets` of `text`.
    public func sourceRange(ofUTF8 offsets: Range<Int>) -> SourceRange {
        SourceRange(location(of: offsets.lowerBound, isUpper: false), location(of: offsets.upperBound, isUpper: true))
    }

    private func location(of offset: Int, isUpper: Bool) -> SourceLocation {
        guard !pieces.isEmpty else { return range.lowerBound }
        // The last piece starting at or before `offset` (an upper bound belongs to the piece it ends).
        var low = 0
        var high = pieces.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            let start = pieces[mid].textOffset
            if start < offset || (!isUpper && start == offset) { low = mid } else { high = mid - 1 }
        }
        let piece = pieces[low]
        let inside = min(max(offset - piece.textOffset, 0), piece.length)
        if piece.isExact {
            return SourceLocation(line: piece.source.lowerBound.line, column: piece.source.lowerBound.column + inside)
        }
        if let offsets = piece.columnOffsets, inside < offsets.count {
            return SourceLocation(line: piece.source.lowerBound.line, column: piece.source.lowerBound.column + offsets[inside])
        }
        return inside == 0 ? piece.source.lowerBound : (isUpper || inside == piece.length ? piece.source.upperBound : piece.source.lowerBound)
    }
}
