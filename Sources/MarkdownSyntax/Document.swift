/// A parsed Markdown file: the block tree, the exact source it came from, and what the parser had
/// to set aside (front matter, invalid UTF-8).
public struct Document: Sendable, Hashable {
    public let children: [Block]
    public let range: SourceRange?
    /// The source, with invalid UTF-8 replaced by U+FFFD; line numbers match the file on disk.
    public let source: SourceText
    /// YAML front matter at the top of the file, which is metadata, not content.
    public let frontMatter: FrontMatter?
    /// Where the file held bytes that are not UTF-8 (each shown as U+FFFD).
    public let invalidUTF8: [SourceLocation]

    public init(children: [Block], range: SourceRange?, source: SourceText, frontMatter: FrontMatter?, invalidUTF8: [SourceLocation]) {
        self.children = children
        self.range = range
        self.source = source
        self.frontMatter = frontMatter
        self.invalidUTF8 = invalidUTF8
    }
}
