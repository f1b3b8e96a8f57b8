import MarkdownSyntax

/// An `evidence:` section: the cross-examination of a worst-case thought.
public struct EvidenceSection: Sendable, Hashable {
    public let items: [EvidenceItem]
    /// From the `evidence:` key to the end of its last item.
    public let range: SourceRange

    /// The items with some text (a scaffold's blank `- for:` is not evidence yet).
    public var filledItems: [EvidenceItem] { items.filter { !$0.text.isEmpty } }
    /// Whether at least one item has been written.
    public var isFilledIn: Bool { items.contains { !$0.text.isEmpty } }
    /// Whether any written item contradicts the fear.
    public var hasAgainst: Bool { items.contains { $0.stance == .against && !$0.text.isEmpty } }
    /// Whether any written item supports the fear.
    public var hasFor: Bool { items.contains { $0.stance == .for && !$0.text.isEmpty } }
}

/// One item of an evidence section.
public struct EvidenceItem: Sendable, Hashable {
    public let stance: EvidenceStance
    /// The item's text, without its `for:` / `against:` prefix.
    public let text: String
    public let range: SourceRange
}

/// Which side of the worst-case thought an evidence item is on.
public enum EvidenceStance: String, Sendable, Hashable, CaseIterable {
    /// `for:` supports the fear.
    case `for`
    /// `against:` contradicts it.
    case against
    /// Neither prefix.
    case neutral
}
