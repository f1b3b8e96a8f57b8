/// `---`, `***` or `___` on a line of its own.
public struct ThematicBreak: Sendable, Hashable {
    public let range: SourceRange?
    public init(range: SourceRange?) { self.range = range }
}
