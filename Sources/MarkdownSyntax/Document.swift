/// A parsed Markdown file: the block tree, the exact source it came from, and what the parser had
/// to set aside (front matter, invalid UTF-8).
public struct Document: Sendable, Hashable {
    public let children: [Block]
    public let range: SourceRange?
    /// The source, each invalid UTF-8 byte replaced by U+001A; lines and columns match the file on disk.
    public let source: SourceText
    /// YAML front matter at the top of the file, which is metadata, not content.
    public let frontMatter: FrontMatter?
    /// Where the file holds bytes that are not UTF-8: one range per run of such bytes.
    public let invalidUTF8: [SourceRange]

    /// A document made by hand. Invalid UTF-8 bytes in `source` are replaced by U+001A as
    /// `MarkdownParser.parse` replaces them: readers of a document (the journal builder) make
    /// strings of its source bytes without validating them again, which is only sound when they
    /// are valid UTF-8. `invalidUTF8` is kept as given.
    public init(children: [Block], range: SourceRange?, source: SourceText, frontMatter: FrontMatter?, invalidUTF8: [SourceRange]) {
        let (repaired, invalid) = UTF8Repair.repair(source.bytes)
        self.init(children: children, range: range, validSource: invalid.isEmpty ? source : SourceText(bytes: repaired),
                  frontMatter: frontMatter, invalidUTF8: invalidUTF8)
    }

    /// A document whose source the caller has made valid UTF-8 (the parser, which repairs it
    /// before anything else): not checked again.
    init(children: [Block], range: SourceRange?, validSource source: SourceText, frontMatter: FrontMatter?, invalidUTF8: [SourceRange]) {
        self.children = children
        self.range = range
        self.source = source
        self.frontMatter = frontMatter
        self.invalidUTF8 = invalidUTF8
    }
}
