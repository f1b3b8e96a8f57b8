/// A CommonMark block node. Each case wraps an immutable value type of its own.
public enum Block: Sendable, Hashable {
    case blockQuote(BlockQuote)
    case list(List)
    case codeBlock(CodeBlock)
    case htmlBlock(HTMLBlock)
    case customBlock(CustomBlock)
    case paragraph(Paragraph)
    case heading(Heading)
    case thematicBreak(ThematicBreak)

    /// Where the block is in the source, when cmark knows.
    public var range: SourceRange? {
        switch self {
        case .blockQuote(let node): node.range
        case .list(let node): node.range
        case .codeBlock(let node): node.range
        case .htmlBlock(let node): node.range
        case .customBlock(let node): node.range
        case .paragraph(let node): node.range
        case .heading(let node): node.range
        case .thematicBreak(let node): node.range
        }
    }

    /// Compared and hashed with a worklist (`BlockTreeEquality`): the synthesized ones recursed
    /// once per level of nesting.
    public static func == (lhs: Block, rhs: Block) -> Bool { BlockTreeEquality.equal(lhs, rhs) }

    public func hash(into hasher: inout Hasher) { BlockTreeEquality.hash(self, into: &hasher) }
}
