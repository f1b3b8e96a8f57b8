/// A hard line break (two spaces or a backslash before the line ending). cmark does not position it.
public struct LineBreak: Sendable, Hashable {
    public init() {}
}
