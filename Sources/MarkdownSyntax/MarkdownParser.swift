internal import CCmark

/// Parses Markdown with cmark and copies the result into Swift values.
///
/// The C tree is walked once with `cmark_iter`, every node is copied, and the tree is freed before
/// `parse` returns, so no C pointer outlives parsing and no C type reaches the public API.
public enum MarkdownParser {
    /// Parses `bytes` as CommonMark. Never fails: invalid UTF-8 bytes are replaced (one byte for
    /// one, so columns stay true) and recorded, and any byte sequence yields some document.
    public static func parse(_ bytes: [UInt8]) -> Document {
        let (repaired, invalid) = UTF8Repair.repair(bytes)
        let source = SourceText(bytes: repaired)
        let frontMatter = FrontMatter.detect(in: source)
        var cmarkInput = repaired
        if let (_, closingLine) = frontMatter {
            // Blank the front matter but keep its line endings so cmark's line numbers stay true.
            let end = source.byteRange(ofLine: closingLine).upperBound
            cmarkInput = [UInt8](repeating: UInt8(ascii: "\n"), count: closingLine - 1) + repaired[end...]
        }
        // CMARK_OPT_SMART is never passed: it rewrites the quotes the detector reads.
        // CMARK_OPT_SOURCEPOS is: without it cmark 0.30 does not count the line endings inside a
        // code span or inline HTML, and every later node of the paragraph gets the wrong line.
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS
        let root = cmarkInput.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else {
                return cmark_parse_document("", 0, options)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count, options)
            }
        }
        defer { cmark_node_free(root) }
        let (children, range) = CmarkTreeCopier.copyDocument(root!, source: source)
        return Document(children: children, range: range, source: source, frontMatter: frontMatter?.0,
                        invalidUTF8: invalid.map { SourceRange(line: $0.location.line, column: $0.location.column, length: $0.length) })
    }

    /// Parses a Swift string as CommonMark.
    public static func parse(_ text: String) -> Document {
        parse(Array(text.utf8))
    }
}
