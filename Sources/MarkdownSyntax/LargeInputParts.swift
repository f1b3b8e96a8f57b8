/// Where `MarkdownParser` may cut a large input into parts that cmark parses one after another,
/// so that cmark's tree of one part, not of the whole file, is in memory at a time.
///
/// cmark's tree takes about eight times the bytes it was parsed from (its arena keeps every
/// allocation until the parse is over), on top of the Swift tree copied from it: a 10 MB
/// journal in one file peaked at 157 MB. Parsed in parts, only one part's cmark tree is alive.
///
/// A cut is made only where the parts give exactly the tree the whole input gives:
/// - at the start of a line that is an ATX heading at column 0 (`#` to `######`, then a space,
///   a tab or the line's end). Such a line closes every open paragraph, list, list item and
///   block quote (it is neither indented nor lazy continuation text), so the blocks before it
///   end where they would have ended anyway, and cmark gives them the same positions;
/// - only if the part before it does not end in a code block or an HTML block, the two kinds
///   of block that could have taken the heading line in as their content (a fence left open, an
///   HTML block not yet ended). `MarkdownParser` checks this on cmark's parse of the part and,
///   when it fails, parses the part again up to a later cut;
/// - only in an input with no link reference definition (no `]:` anywhere), since a definition
///   in one part would give meaning to a link in another.
/// Inputs under `minimumSize` are parsed whole, as they always were.
struct LargeInputParts {
    /// Inputs smaller than this are never cut.
    static let minimumSize = 1 << 20
    /// About how large a part is.
    static let partSize = 256 << 10

    private let bytes: [UInt8]
    private let lineStarts: [Int]
    /// Each part's least size (tests make it small to cut often).
    private let partSize: Int
    /// Whether the input may be cut at all.
    let mayCut: Bool

    /// - Parameters:
    ///   - bytes: what cmark is given, from `start` on.
    ///   - lineStarts: the source's line starts (`SourceText`), which are offsets into `bytes`.
    init(_ bytes: [UInt8], from start: Int, lineStarts: [Int], partSize: Int = Self.partSize, minimumSize: Int = Self.minimumSize) {
        self.bytes = bytes
        self.lineStarts = lineStarts
        self.partSize = max(partSize, 1)
        mayCut = bytes.count - start >= minimumSize && !Self.containsReferenceDefinitionMark(bytes, from: start)
    }

    /// The first cut at least `partSize` bytes after `offset`, as the cut's byte offset and
    /// the number of source lines before it; nil when there is none (the part runs to the end).
    func cut(after offset: Int) -> (offset: Int, linesBefore: Int)? {
        cut(after: offset, where: { _, _ in true })
    }

    /// `cut(after:)`, taking only a heading line that `accepts` (given its offset and the number
    /// of lines before it).
    func cut(after offset: Int, where accepts: (_ offset: Int, _ linesBefore: Int) -> Bool) -> (offset: Int, linesBefore: Int)? {
        guard offset + partSize < bytes.count else { return nil }
        return firstCut(from: offset + partSize, where: accepts)
    }

    /// The first heading line that `accepts` starting at or after `offset`, however near: where
    /// a part is cut again when the block it ended in might have run on past its cut.
    func firstCut(from offset: Int, where accepts: (_ offset: Int, _ linesBefore: Int) -> Bool) -> (offset: Int, linesBefore: Int)? {
        guard mayCut, offset < bytes.count else { return nil }
        var low = 0, high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if lineStarts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        for index in low..<lineStarts.count where isHeadingAtColumnOne(lineStarts[index]) && accepts(lineStarts[index], index) {
            return (lineStarts[index], index)
        }
        return nil
    }

    /// Whether the line starting at `start` opens with 1–6 `#` and then a space, a tab or its end.
    private func isHeadingAtColumnOne(_ start: Int) -> Bool {
        var index = start
        while index < bytes.count, index - start < 7, bytes[index] == UInt8(ascii: "#") { index += 1 }
        let hashes = index - start
        guard hashes >= 1, hashes <= 6 else { return false }
        guard index < bytes.count else { return true }
        let next = bytes[index]
        return next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r")
    }

    /// Whether `]:` occurs from `start` on: every link reference definition has it.
    private static func containsReferenceDefinitionMark(_ bytes: [UInt8], from start: Int) -> Bool {
        var from = start
        while let bracket = ByteSearch.firstIndex(of: UInt8(ascii: "]"), in: bytes, range: from..<bytes.count) {
            if bracket + 1 < bytes.count, bytes[bracket + 1] == UInt8(ascii: ":") { return true }
            from = bracket + 1
        }
        return false
    }
}
