internal import CCmark

/// Parses Markdown with cmark and copies the result into Swift values.
///
/// The C tree is walked once with `cmark_iter`, every node is copied, and the tree is freed before
/// `parse` returns, so no C pointer outlives parsing and no C type reaches the public API.
public enum MarkdownParser {
    /// Parses `bytes` as CommonMark. Never fails: invalid UTF-8 bytes are replaced (one byte for
    /// one, so columns stay true) and recorded, and any byte sequence yields some document.
    public static func parse(_ bytes: [UInt8]) -> Document {
        parse(bytes, partSize: nil)
    }

    /// `parse(_:)`, with a large input cut into parts of about `partSize` bytes when it is given
    /// (whatever the input's size: tests and the fuzzer cut small inputs often, to show the parts
    /// change nothing).
    package static func parse(_ bytes: [UInt8], partSize: Int?) -> Document {
        parse(bytes, partSize: partSize, workers: 1)
    }

    /// `parse(_:)`, with an input of at least `ParallelParts.minimumSize` cut into parts that
    /// up to `workers` threads parse at once (see `ParallelParts`). The document is the one
    /// `parse(_:)` gives.
    public static func parse(_ bytes: [UInt8], workers: Int) -> Document {
        parse(bytes, partSize: nil, workers: workers)
    }

    /// `parse(_:workers:)` with parts of about `partSize` bytes whatever the input's size (the
    /// fuzzer cuts small inputs often, to show the threads change nothing).
    package static func parse(_ bytes: [UInt8], partSize: Int?, workers: Int) -> Document {
        let valid = RepairedUTF8(repairing: bytes)
        let repaired = valid.bytes
        let source = SourceText(valid)
        let frontMatter = FrontMatter.detect(in: source)
        var cmarkInput = repaired
        // Where cmark's input starts in `cmarkInput`, and how many source lines come before it.
        var cmarkStart = 0
        var lineOffset = 0
        if let (_, closingLine) = frontMatter {
            let end = source.byteRange(ofLine: closingLine).upperBound
            if end < repaired.count {
                // cmark reads from the closing fence's line ending on (its line 1 is that empty
                // rest of the fence's line), and the copier adds the lines skipped; no copy of
                // the file is made. Leading blank lines change nothing else in cmark's parse.
                cmarkStart = end
                lineOffset = closingLine - 1
            } else {
                // Nothing after the fence: blank the front matter but keep its line endings, so
                // that even the document's end is where it always was.
                cmarkInput = [UInt8](repeating: UInt8(ascii: "\n"), count: closingLine - 1) + repaired[end...]
            }
        }
        // CMARK_OPT_SMART is never passed: it rewrites the quotes the detector reads.
        // CMARK_OPT_SOURCEPOS is: without it cmark 0.30 does not count the line endings inside a
        // code span or inline HTML, and every later node of the paragraph gets the wrong line.
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS
        if workers > 1,
           let (children, range) = ParallelParts.parse(cmarkInput, from: cmarkStart, linesBefore: lineOffset, source: source,
                                                       options: options, workers: workers,
                                                       minimumSize: partSize == nil ? ParallelParts.minimumSize : 0, partSize: partSize) {
            return Document(children: children, range: range, source: source, frontMatter: frontMatter?.0, invalidUTF8: valid.invalidRuns)
        }
        // A large input is parsed in parts (see LargeInputParts), each part's C tree copied and
        // freed before the next is made; most inputs are one part.
        let parts = LargeInputParts(cmarkInput, from: cmarkStart, lineStarts: source.lineStarts, partSize: partSize ?? LargeInputParts.partSize,
                                    minimumSize: partSize == nil ? LargeInputParts.minimumSize : 0)
        var copier = CmarkTreeCopier(source: source)
        var children: [Block] = []
        var range: SourceRange?
        var start = cmarkStart
        var linesBefore = lineOffset
        while true {
            var end = parts.cut(after: start)
            // cmark allocates from an arena that is released whole once the part is copied (see
            // CmarkArena); the C tree is not freed node by node.
            let arena = CmarkArena()
            let (partChildren, partRange) = arena.withAllocator { allocator in
                while true {
                    let root = parse(cmarkInput, start..<(end?.offset ?? cmarkInput.count), options: options, allocator: allocator)
                    // A part that ends in a code or HTML block might have taken the next line in:
                    // parse it again up to a later cut (twice as long, so retries cost at most
                    // as much again as the part).
                    if let cut = end, Self.endsInBlockThatContinues(root) {
                        end = parts.cut(after: start + 2 * (cut.offset - start))
                        continue
                    }
                    return copier.copyDocument(root, lineOffset: linesBefore)
                }
            }
            children.append(contentsOf: partChildren)
            if let partRange { range = SourceRange(range?.lowerBound ?? partRange.lowerBound, partRange.upperBound) }
            guard let cut = end else { break }
            start = cut.offset
            // cmark's line 1 of the next part is the line the cut starts.
            linesBefore = cut.linesBefore
        }
        copier.finish()
        return Document(children: children, range: range, source: source, frontMatter: frontMatter?.0, invalidUTF8: valid.invalidRuns)
    }

    /// cmark's tree of `input[range]`, in the allocator's memory.
    static func parse(_ input: [UInt8], _ range: Range<Int>, options: Int32, allocator: UnsafeMutablePointer<cmark_mem>) -> OpaquePointer {
        let parser = cmark_parser_new_with_mem(options, allocator)
        input.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !range.isEmpty else { return }
            (base + range.lowerBound).withMemoryRebound(to: CChar.self, capacity: range.count) {
                cmark_parser_feed(parser, $0, range.count)
            }
        }
        let root = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        return root!
    }

    /// Whether a part ends in a block that the next line could have continued, or whose end
    /// cmark sets by the line that closes it: a code or HTML block, or a heading (a setext
    /// heading's end, like a fence's, is put on the line after it), at any depth of the part's
    /// last blocks.
    static func endsInBlockThatContinues(_ root: OpaquePointer) -> Bool {
        var node = cmark_node_last_child(root)
        while let last = node {
            let type = cmark_node_get_type(last)
            if type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HEADING { return true }
            node = cmark_node_last_child(last)
        }
        return false
    }

    /// Parses a Swift string as CommonMark.
    public static func parse(_ text: String) -> Document {
        parse(Array(text.utf8))
    }
}
