/// A paragraph: where prose and fields live.
public struct Paragraph: Sendable, Hashable {
    public let children: [Inline]
    public let range: SourceRange?
    public init(children: [Inline], range: SourceRange?) { self.children = children; self.range = range }
}
