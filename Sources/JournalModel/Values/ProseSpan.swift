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
    /// The first piece, apart from the others: most spans are one piece (a line of text), which
    /// then needs no array of its own. Pieces are plain values (the column maps of the rare
    /// pieces that need one are kept aside), so copying or freeing a span touches no piece.
    private let firstPiece: Piece?
    private let laterPieces: [Piece]
    /// For pieces that are not exact but lie on one line: the source column offset of each
    /// byte of the literal (and one past the end), aligned across escapes and entities; indexed
    /// like the pieces, and empty when no piece has one.
    private let columnOffsets: [[Int]?]

    /// A run of `text` that came from one source node.
    struct Piece: Sendable, Hashable {
        /// Byte offset in `text` where the piece starts.
        let textOffset: Int
        let length: Int
        let source: SourceRange
        /// Whether each byte of the piece is the byte at the same place in the source (no escapes
        /// or entities), so offsets inside it map exactly.
        let isExact: Bool
    }

    /// `columnOffsets`: as the property, or empty when no piece has a column map.
    init(text: String, pieces: [Piece], columnOffsets: [[Int]?] = [], blockRange: SourceRange?) {
        self.init(text: text, firstPiece: pieces.first, laterPieces: Array(pieces.dropFirst()), columnOffsets: columnOffsets, blockRange: blockRange)
    }

    /// `laterPieces`: the pieces after the first (none without a first).
    init(text: String, firstPiece: Piece?, laterPieces: [Piece], columnOffsets: [[Int]?] = [], blockRange: SourceRange?) {
        self.text = text
        self.firstPiece = firstPiece
        self.laterPieces = firstPiece == nil ? [] : laterPieces
        self.columnOffsets = columnOffsets.contains { $0 != nil } ? columnOffsets : []
        let first = firstPiece?.source.lowerBound ?? SourceLocation(line: 1, column: 1)
        self.range = SourceRange(first, (self.laterPieces.last ?? firstPiece)?.source.upperBound ?? first)
        self.blockRange = blockRange ?? range
    }

    private var pieceCount: Int { firstPiece == nil ? 0 : laterPieces.count + 1 }

    private func piece(_ index: Int) -> Piece {
        index == 0 ? firstPiece! : laterPieces[index - 1]
    }

    private func columnOffsets(ofPiece index: Int) -> [Int]? {
        index < columnOffsets.count ? columnOffsets[index] : nil
    }

    public static func == (lhs: ProseSpan, rhs: ProseSpan) -> Bool {
        lhs.text == rhs.text && lhs.range == rhs.range && lhs.blockRange == rhs.blockRange
            && lhs.firstPiece == rhs.firstPiece && lhs.laterPieces == rhs.laterPieces
            && (0..<lhs.pieceCount).allSatisfy { lhs.columnOffsets(ofPiece: $0) == rhs.columnOffsets(ofPiece: $0) }
    }

    /// Hashes as when the pieces, each with its column map, were one stored array.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(range)
        hasher.combine(blockRange)
        hasher.combine(pieceCount)
        for index in 0..<pieceCount {
            let piece = piece(index)
            hasher.combine(piece.textOffset)
            hasher.combine(piece.length)
            hasher.combine(piece.source)
            hasher.combine(piece.isExact)
            hasher.combine(columnOffsets(ofPiece: index))
        }
    }

    /// The source range of UTF-8 byte offsets `offsets` of `text`.
    public func sourceRange(ofUTF8 offsets: Range<Int>) -> SourceRange {
        SourceRange(location(of: offsets.lowerBound, isUpper: false), location(of: offsets.upperBound, isUpper: true))
    }

    private func location(of offset: Int, isUpper: Bool) -> SourceLocation {
        guard pieceCount > 0 else { return range.lowerBound }
        // The last piece starting at or before `offset` (an upper bound belongs to the piece it ends).
        var low = 0
        var high = pieceCount - 1
        while low < high {
            let mid = (low + high + 1) / 2
            let start = piece(mid).textOffset
            if start < offset || (!isUpper && start == offset) { low = mid } else { high = mid - 1 }
        }
        let found = piece(low)
        let inside = min(max(offset - found.textOffset, 0), found.length)
        if found.isExact {
            return SourceLocation(line: found.source.lowerBound.line, column: found.source.lowerBound.column + inside)
        }
        if let offsets = columnOffsets(ofPiece: low), inside < offsets.count {
            return SourceLocation(line: found.source.lowerBound.line, column: found.source.lowerBound.column + offsets[inside])
        }
        return inside == 0 ? found.source.lowerBound : (isUpper || inside == found.length ? found.source.upperBound : found.source.lowerBound)
    }
}
