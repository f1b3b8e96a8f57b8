/// A parsed Markdown file: the block tree, the exact source it came from, and what the parser had
/// to set aside (front matter, invalid UTF-8).
public struct Document: Sendable, Hashable {
    public let children: [Block]
    public let range: SourceRange?
    /// The source, valid UTF-8 (each invalid byte replaced by U+001A); lines and columns match the file on disk.
    public let source: SourceText
    /// YAML front matter at the top of the file, which is metadata, not content.
    public let frontMatter: FrontMatter?
    /// Where the file holds bytes that are not UTF-8: one range per run of such bytes.
    public let invalidUTF8: [SourceRange]

    /// A document of `children` read from `source`. A source made of unchecked bytes
    /// (`SourceText(bytes:)`) is repaired as `MarkdownParser.parse` repairs it, each invalid
    /// byte replaced by U+001A (`RepairedUTF8`): readers of a document make strings of its source
    /// bytes without validating them again. `invalidUTF8` is kept as given.
    public init(children: [Block], range: SourceRange?, source: SourceText, frontMatter: FrontMatter?, invalidUTF8: [SourceRange]) {
        self.children = children
        self.range = range
        self.source = source.isKnownValidUTF8 ? source : SourceText(RepairedUTF8(repairing: source.bytes))
        self.frontMatter = frontMatter
        self.invalidUTF8 = invalidUTF8
    }
}
