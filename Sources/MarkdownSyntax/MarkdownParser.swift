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
        let input = Input(bytes)
        let source = input.source
        if workers > 1,
           let (children, range) = ParallelParts.parse(input.cmarkInput, from: input.cmarkStart, linesBefore: input.lineOffset, source: source,
                                                       options: Input.options, workers: workers,
                                                       minimumSize: partSize == nil ? ParallelParts.minimumSize : 0, partSize: partSize) {
            return Document(children: children, range: range, source: source, frontMatter: input.frontMatter, invalidUTF8: input.invalidRuns)
        }
        // A large input is parsed in parts (see LargeInputParts), each part's C tree copied and
        // freed before the next is made; most inputs are one part.
        let parts = LargeInputParts(input.cmarkInput, from: input.cmarkStart, lineStarts: source.lineStarts,
                                    partSize: partSize ?? LargeInputParts.partSize,
                                    minimumSize: partSize == nil ? LargeInputParts.minimumSize : 0)
        var copier = CmarkTreeCopier(source: source)
        var children: [Block] = []
        var range: SourceRange?
        input.forEachPart(cutBy: parts, where: { _, _ in true }) { root, _, linesBefore, _ in
            // Every part is parsed: none is skipped.
            let (partChildren, partRange) = copier.copyDocument(root!, lineOffset: linesBefore)
            children.append(contentsOf: partChildren)
            if let partRange { range = SourceRange(range?.lowerBound ?? partRange.lowerBound, partRange.upperBound) }
            return true
        }
        copier.finish()
        return Document(children: children, range: range, source: source, frontMatter: input.frontMatter, invalidUTF8: input.invalidRuns)
    }

    /// A large input read as documents of consecutive runs of it, in order, each read against
    /// the whole source (positions are the file's) and each the top-level blocks the whole
    /// input's document has there: a reader that needs one run at a time (a year's journal in
    /// one file, read day by day) holds one run's tree instead of the whole file's. Runs are
    /// cut only where `LargeInputParts` may cut (a heading at column 1 that the blocks before it
    /// cannot take in), and only before a line `startsRun` accepts (its 1-based number in
    /// `source`). The first run's document has the front matter; each has the invalid UTF-8 runs
    /// on its lines.
    /// `body` returns false to stop: no later run is parsed.
    /// - Returns: false, having called `body` never, when the input is under `minimumSize` or
    ///   has no such cut: the caller parses it whole.
    package static func parseInRuns(_ bytes: [UInt8], runSize: Int = LargeInputParts.partSize, minimumSize: Int = LargeInputParts.minimumSize,
                                     startsRun: (_ source: SourceText, _ line: Int) -> Bool, _ body: (Document) -> Bool) -> Bool {
        parseInRuns(bytes, runSize: runSize, minimumSize: minimumSize, startsRun: startsRun, skipping: { _ in false }) { _, document in
            body(document!)
        }
    }

    /// `parseInRuns`, leaving out the runs a caller already holds (an editor's buffer, read again
    /// after each keystroke, changes one run or two): before a run is parsed, `isKnown` is asked
    /// about it, and for a run it knows `body` is given no document. The runs are cut where
    /// reading them all would cut them, as long as `isKnown` knows only runs an earlier reading
    /// gave, with the same bytes and the same place first or last: where a run ends depends on
    /// its own parse (one that ends in a code block is taken further), which is the same for
    /// the same bytes.
    package static func parseInRuns(_ bytes: [UInt8], runSize: Int = LargeInputParts.partSize, minimumSize: Int = LargeInputParts.minimumSize,
                                     startsRun: (_ source: SourceText, _ line: Int) -> Bool, skipping isKnown: (InputRun) -> Bool,
                                     _ body: (InputRun, Document?) -> Bool) -> Bool {
        let input = Input(bytes)
        let source = input.source
        let parts = LargeInputParts(input.cmarkInput, from: input.cmarkStart, lineStarts: source.lineStarts, partSize: runSize, minimumSize: minimumSize)
        let accepts = { (_: Int, linesBefore: Int) in startsRun(source, linesBefore + 1) }
        guard parts.cut(after: input.cmarkStart, where: accepts) != nil else { return false }
        var isFirst = true
        let run = { (part: Range<Int>, linesBefore: Int, linesBeforeEnd: Int?) in
            InputRun(bytes: (isFirst ? 0 : part.lowerBound)..<part.upperBound, linesBefore: isFirst ? 0 : linesBefore, isLast: linesBeforeEnd == nil)
        }
        input.forEachPart(cutBy: parts, where: accepts, skipping: { isKnown(run($0, $1, $2)) }) { root, part, linesBefore, linesBeforeEnd in
            defer { isFirst = false }
            guard let root else { return body(run(part, linesBefore, linesBeforeEnd), nil) }
            // Storage for this run's inline nodes only, sized by its bytes.
            var copier = CmarkTreeCopier(source: source, expectedBytes: part.count)
            let (children, range) = copier.copyDocument(root, lineOffset: linesBefore)
            copier.finish()
            let lines = (isFirst ? 0 : linesBefore + 1)...(linesBeforeEnd ?? Int.max)
            return body(run(part, linesBefore, linesBeforeEnd),
                        Document(children: children, range: range, source: source, frontMatter: isFirst ? input.frontMatter : nil,
                                 invalidUTF8: input.invalidRuns.filter { lines.contains($0.lowerBound.line) }))
        }
        return true
    }

    /// What cmark is given of an input: the source repaired as valid UTF-8, from after its front
    /// matter.
    private struct Input {
        // CMARK_OPT_SMART is never passed: it rewrites the quotes the detector reads.
        // CMARK_OPT_SOURCEPOS is: without it cmark 0.30 does not count the line endings inside a
        // code span or inline HTML, and every later node of the paragraph gets the wrong line.
        static let options = CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS

        let source: SourceText
        let frontMatter: FrontMatter?
        let invalidRuns: [SourceRange]
        private(set) var cmarkInput: [UInt8]
        /// Where cmark's input starts in `cmarkInput`, and how many source lines come before it.
        private(set) var cmarkStart = 0
        private(set) var lineOffset = 0

        init(_ bytes: [UInt8]) {
            let valid = RepairedUTF8(repairing: bytes)
            let repaired = valid.bytes
            source = SourceText(valid)
            invalidRuns = valid.invalidRuns
            let detected = FrontMatter.detect(in: source)
            frontMatter = detected?.0
            cmarkInput = repaired
            if let (_, closingLine) = detected {
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
        }

        /// Parses the parts `cutter` cuts (at headings `accepts`) one after another, handing
        /// `copy` each part's cmark tree, with the part's byte range and the number of source
        /// lines before it and before the next part (nil for the last), while the tree is alive;
        /// `copy` returns false to stop (no later part is parsed). cmark allocates from an arena that is released whole once the part is
        /// copied (see CmarkArena): the C tree is not freed node by node. A part `isKnown` knows
        /// (given the same three numbers) is not parsed: `copy` gets no tree for it.
        func forEachPart(cutBy cutter: LargeInputParts, where accepts: (Int, Int) -> Bool,
                         skipping isKnown: (Range<Int>, Int, Int?) -> Bool = { _, _, _ in false },
                         _ copy: (OpaquePointer?, Range<Int>, Int, Int?) -> Bool) {
            var start = cmarkStart
            var linesBefore = lineOffset
            while true {
                var end = cutter.cut(after: start, where: accepts)
                let arena = CmarkArena()
                var retries = 0
                let goesOn = arena.withAllocator { allocator in
                    while true {
                        let part = start..<(end?.offset ?? cmarkInput.count)
                        if isKnown(part, linesBefore, end?.linesBefore) { return copy(nil, part, linesBefore, end?.linesBefore) }
                        let root = MarkdownParser.parse(cmarkInput, part, options: Self.options, allocator: allocator)
                        // A part that ends in a code or HTML block might have taken the next line in:
                        // parse it again up to a later cut. First the next heading that may cut (the
                        // block usually ends before it, and the part stays its size); then twice as
                        // long each time, so that retries cost at most about twice the part again.
                        if let cut = end, MarkdownParser.endsInBlockThatContinues(root) {
                            retries += 1
                            end = retries == 1
                                ? cutter.firstCut(from: cut.offset + 1, where: accepts)
                                : cutter.cut(after: start + 2 * (cut.offset - start), where: accepts)
                            continue
                        }
                        return copy(root, part, linesBefore, end?.linesBefore)
                    }
                }
                guard goesOn, let cut = end else { break }
                start = cut.offset
                // cmark's line 1 of the next part is the line the cut starts.
                linesBefore = cut.linesBefore
            }
        }
    }

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
