/// A bullet or ordered list.
public struct List: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable { case bullet, ordered }
    public enum Delimiter: String, Sendable, Hashable, Codable { case none, period, parenthesis }

    public let kind: Kind
    public let delimiter: Delimiter
    /// The first number of an ordered list (1 for bullet lists).
    public let start: Int
    /// Whether the list is tight (no blank lines between items).
    public let isTight: Bool
    /// `var` only for the teardown (`Block.releaseIteratively`), which empties the items' boxes.
    public internal(set) var items: [ListItem]
    public let range: SourceRange?

    public init(kind: Kind, delimiter: Delimiter, start: Int, isTight: Bool, items: [ListItem], range: SourceRange?) {
        self.kind = kind
        self.delimiter = delimiter
        self.start = start
        self.isTight = isTight
        self.items = items
        self.range = range
    }

    public static func == (lhs: List, rhs: List) -> Bool {
        BlockTreeEquality.equal(.list(lhs), .list(rhs))
    }

    public func hash(into hasher: inout Hasher) { BlockTreeEquality.hash(.list(self), into: &hasher) }
}
