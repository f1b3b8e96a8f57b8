internal import CCmark
import WorkSharing

/// A large input parsed in parts on several threads, for one large file (a year's journal in
/// one file, the buffer an editor shows) that would otherwise be parsed on one core while the
/// others wait: cmark and the copy of its tree are about a quarter of linting a file
/// (docs/benchmarks.md).
///
/// The parts are cut where `LargeInputParts` cuts (at an ATX heading at column 1, never in an
/// input with a link reference definition), so each part's tree is the tree the whole input has
/// there. Where `LargeInputParts` finds out only after parsing that a part ended in a block the
/// next line could have continued, and parses it again, the parts here are parsed at once: a cut
/// is taken only where the line before it looks like the end of a paragraph or list, and if a
/// part still ends in such a block, `parse` returns nil and the input is parsed one part after
/// another as before.
enum ParallelParts {
    /// Inputs smaller than this are parsed on one thread: starting threads costs more.
    static let minimumSize = 128 << 10

    /// The top-level blocks and range of `input` from `start` on, or nil when it is too small
    /// to share, cannot be cut, or a part ended in a block that continues.
    /// - Parameters:
    ///   - minimumSize, partSize: tests make them small to cut often.
    static func parse(_ input: [UInt8], from start: Int, linesBefore: Int, source: SourceText, options: Int32,
                      workers: Int, minimumSize: Int = Self.minimumSize, partSize: Int? = nil) -> ([Block], SourceRange?)? {
        let size = input.count - start
        guard workers > 1, size >= minimumSize else { return nil }
        // A few parts per worker, so a thread that drew a quick part takes another; no larger
        // than `LargeInputParts` makes them, so a large file still has only a few parts' C trees
        // in memory at once (one per thread).
        let sharedSize = min(LargeInputParts.partSize, max(Self.minimumSize / 4, size / (4 * workers)))
        let cutter = LargeInputParts(input, from: start, lineStarts: source.lineStarts,
                                     partSize: partSize ?? sharedSize, minimumSize: 0)
        var bounds: [(start: Int, linesBefore: Int)] = [(start, linesBefore)]
        while let cut = cutter.cut(after: bounds[bounds.count - 1].start, where: { offset, _ in endsLikeProse(input, before: offset) }) {
            bounds.append((cut.offset, cut.linesBefore))
        }
        guard bounds.count > 1 else { return nil }
        let parts = bounds.indices.map { index in
            Part(bytes: bounds[index].start..<(index + 1 < bounds.count ? bounds[index + 1].start : input.count),
                 linesBefore: bounds[index].linesBefore, isLast: index + 1 == bounds.count)
        }
        let copies = parallelMap(count: parts.count, jobs: workers) { index -> PartCopy? in
            let part = parts[index]
            let arena = CmarkArena()
            return arena.withAllocator { allocator in
                let root = MarkdownParser.parse(input, part.bytes, options: options, allocator: allocator)
                if !part.isLast, MarkdownParser.endsInBlockThatContinues(root) { return nil }
                var copier = CmarkTreeCopier(source: source, expectedBytes: part.bytes.count)
                let (children, range) = copier.copyDocument(root, lineOffset: part.linesBefore)
                copier.finish()
                return PartCopy(children: children, range: range)
            }
        }
        var children: [Block] = []
        var range: SourceRange?
        for copy in copies {
            guard let copy else { return nil }
            children.append(contentsOf: copy.children)
            if let partRange = copy.range { range = SourceRange(range?.lowerBound ?? partRange.lowerBound, partRange.upperBound) }
        }
        return (children, range)
    }

    private struct Part: Sendable {
        let bytes: Range<Int>
        let linesBefore: Int
        let isLast: Bool
    }

    private struct PartCopy: Sendable {
        let children: [Block]
        let range: SourceRange?
    }

    /// Whether the last line with text before `offset` looks like the end of a paragraph or a
    /// list item: not a heading (`#`, or a setext underline of `=` or `-`), not a code fence or
    /// indented code, not HTML. Only a guess, made to avoid parsing again: cmark's tree of the
    /// part decides.
    static func endsLikeProse(_ input: [UInt8], before offset: Int) -> Bool {
        var end = offset
        while end > 0 {
            // The line ending before `end`, from its start.
            var lineEnd = end
            while lineEnd > 0, input[lineEnd - 1] == UInt8(ascii: "\n") || input[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            var lineStart = lineEnd
            while lineStart > 0, input[lineStart - 1] != UInt8(ascii: "\n"), input[lineStart - 1] != UInt8(ascii: "\r") { lineStart -= 1 }
            var first = lineStart
            while first < lineEnd, input[first] == UInt8(ascii: " ") { first += 1 }
            if first == lineEnd {
                // A blank line (or only spaces): look further back.
                if lineStart == 0 { return false }
                end = lineStart
                continue
            }
            if first - lineStart >= 4 || input[first] == UInt8(ascii: "\t") { return false }
            switch input[first] {
            case UInt8(ascii: "#"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "<"): return false
            case UInt8(ascii: "="), UInt8(ascii: "-"):
                // A setext underline is nothing but the one character (and spaces).
                let mark = input[first]
                return input[first..<lineEnd].contains { $0 != mark && $0 != UInt8(ascii: " ") }
            default: return true
            }
        }
        return false
    }
}
