import MarkdownSyntax
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The source bytes of a paragraph that the reader leaves out of prose, tags and fields while
/// the writer's file stays as it is: Obsidian comments (`words %%aside%% words`, or a comment
/// that opens or closes mid-paragraph), and the `[!type]` marker that opens a callout.
///
/// Each `%%` in the paragraph's text toggles a comment, in source order and across blocks, as
/// in Obsidian: a paragraph may start inside a comment opened above it, and a comment left open
/// runs on (the blocks below are skipped until one closes it).
///
/// Only a paragraph with a `%` in its text, one that starts inside a comment, or a callout's
/// first is looked at: a `memchr` over each text piece's literal decides, so other text
/// costs nothing more.
struct UnreadText {
    /// The hidden source byte ranges, in order.
    private(set) var hidden: [Range<Int>] = []

    var isEmpty: Bool { hidden.isEmpty }

    /// No comments.
    init() {}

    /// Whether a paragraph whose text pieces are `pieces` may hold a comment mark. Each piece's
    /// own literal is searched: `literals` is the document's whole literal storage, not the
    /// paragraph's.
    static func mayHoldMark(_ pieces: [InlinePiece], literals: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = literals.baseAddress else { return false }
        for piece in pieces where piece.kind == .text && !piece.literal.isEmpty {
            if memchr(base + piece.literal.lowerBound, Int32(UInt8(ascii: "%")), piece.literal.count) != nil { return true }
        }
        return false
    }

    /// Finds the comments of a paragraph whose text pieces are `pieces`. `inComment`: whether
    /// the paragraph starts inside a comment; on return, whether it ends inside one.
    init(pieces: [InlinePiece], source: SourceText, blockEnd: Int, inComment: inout Bool) {
        var openedAt: Int? = nil
        let bytes = source.bytes
        for piece in pieces where piece.kind == .text {
            guard let range = piece.range else { continue }
            let start = source.offset(of: range.lowerBound)
            if inComment, openedAt == nil { openedAt = start }
            let end = max(start, source.offset(of: range.upperBound))
            var index = start
            while index + 1 < end {
                guard let mark = source.firstOffset(of: UInt8(ascii: "%"), in: index..<(end - 1)) else { break }
                guard bytes[mark + 1] == UInt8(ascii: "%") else {
                    index = mark + 1
                    continue
                }
                if let opened = openedAt {
                    hidden.append(opened..<(mark + 2))
                    openedAt = nil
                    inComment = false
                } else {
                    openedAt = mark
                    inComment = true
                }
                index = mark + 2
            }
        }
        if let opened = openedAt { hidden.append(opened..<max(opened, blockEnd)) }
    }

    /// Leaves `range` out too (a callout's marker), keeping the ranges in order.
    mutating func hide(_ range: Range<Int>) {
        let index = hidden.firstIndex { $0.lowerBound > range.lowerBound } ?? hidden.endIndex
        hidden.insert(range, at: index)
    }

    /// Whether the source byte at `offset` is in a comment.
    func contains(_ offset: Int) -> Bool {
        hidden.contains { $0.contains(offset) }
    }

    /// Whether the source bytes `range` are all in one comment.
    func covers(_ range: Range<Int>) -> Bool {
        hidden.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
    }

    /// The first offset at or after `offset` on a line ending at `lineEnd` that is neither in a
    /// comment nor a space or tab: where a line's content starts once its comments are left out.
    func visibleStart(from offset: Int, lineEnd: Int, in bytes: [UInt8]) -> Int {
        var cursor = offset
        while cursor < lineEnd {
            if let comment = hidden.first(where: { $0.contains(cursor) }) {
                cursor = comment.upperBound
            } else if bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") {
                cursor += 1
            } else {
                break
            }
        }
        return cursor
    }

    /// The bytes of a line (`lineRange` of the source) with every commented byte made a space:
    /// a field read from them neither sees a comment nor loses a column.
    func masked(line lineRange: Range<Int>, of bytes: [UInt8]) -> [UInt8] {
        var line = Array(bytes[lineRange])
        for comment in hidden {
            let lower = max(comment.lowerBound, lineRange.lowerBound)
            let upper = min(comment.upperBound, lineRange.upperBound)
            guard lower < upper else { continue }
            for offset in lower..<upper { line[offset - lineRange.lowerBound] = UInt8(ascii: " ") }
        }
        return line
    }
}
