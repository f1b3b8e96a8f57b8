internal import CCmark

/// Parses Markdown with cmark and copies the result into Swift values.
///
/// The C tree is walked once with `cmark_iter`, every node is copied, and the tree is freed before
/// `parse` returns, so no C pointer outlives parsing and no C type reaches the public API.
public enum MarkdownParser {
    /// Parses `bytes` as CommonMark. Never fails: invalid UTF-8 bytes are replaced (one byte for
    /// one, so columns stay true) and recorded, and any byte sequence yields some document.
    public static func parse(_ bytes: [UInt8]) -> Document {
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
        // cmark allocates from an arena that is released whole once the tree is copied (see
        // CmarkArena); the C tree is not freed node by node.
        let arena = CmarkArena()
        let (children, range) = arena.withAllocator { allocator in
            let parser = cmark_parser_new_with_mem(options, allocator)
            cmarkInput.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress, cmarkStart < buffer.count else { return }
                (base + cmarkStart).withMemoryRebound(to: CChar.self, capacity: buffer.count - cmarkStart) {
                    cmark_parser_feed(parser, $0, buffer.count - cmarkStart)
                }
            }
            let root = cmark_parser_finish(parser)
            cmark_parser_free(parser)
            return CmarkTreeCopier.copyDocument(root!, source: source, lineOffset: lineOffset)
        }
        return Document(children: children, range: range, source: source, frontMatter: frontMatter?.0, invalidUTF8: valid.invalidRuns)
    }

    /// Parses a Swift string as CommonMark.
    public static func parse(_ text: String) -> Document {
        parse(Array(text.utf8))
    }
}
