/// A line ending inside a paragraph. cmark does not position it.
public struct SoftBreak: Sendable, Hashable {
    public init() {}
}
