/// Raw HTML at block level; suppression comments (`<!-- steady-disable … -->`) arrive as these.
public struct HTMLBlock: Sendable, Hashable {
    public let literal: String
    public let range: SourceRange?
    public init(literal: String, range: SourceRange?) { self.literal = literal; self.range = range }
}
