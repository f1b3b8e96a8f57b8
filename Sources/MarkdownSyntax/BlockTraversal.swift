/// What a `BlockWalker` does after visiting a block.
public enum BlockWalkStep: Sendable {
    /// Visits the block's children (a quote's, a list's items', a custom block's), then its
    /// next sibling.
    case visitChildren
    /// Visits a block quote's children at the quote's own depth, not one deeper: the quote
    /// holds the writer's own words in a box (an Obsidian callout), not someone else's.
    case visitChildrenUnquoted
    /// Goes on with the next sibling, leaving the block's children unvisited.
    case skipChildren
    /// Goes on with the sibling after the next, leaving the block's children and its next
    /// sibling (which the visitor has read itself) unvisited.
    case skipChildrenAndNextSibling
}

/// The one depth-first walk over blocks: visits a sequence of sibling blocks and the blocks
/// under them in source order, each with its block-quote depth (so that callers can tell
/// someone else's quoted words from the writer's own). The visitor sees each block among its
/// siblings, so it can look at the next one, and says per block whether to descend.
///
/// Iterative, with its own stack: 10,000 nested `>` must not overflow. Blocks are read in place
/// (the visitor gets the siblings' storage and an index, not a copy of the block). One walker can
/// serve many walks: its stack keeps its capacity.
public struct BlockWalker {
    /// A sequence of siblings to come back to: the blocks, where to resume, their quote depth.
    @usableFromInline typealias Resumption = (blocks: ArraySlice<Block>, index: Int, quoteDepth: Int)
    /// Empty between walks.
    @usableFromInline var pending: [Resumption] = []

    public init() {}

    /// Walks `blocks` (starting at `quoteDepth`). `visit` gets the siblings of the block
    /// being visited, the block's index among them (`siblings[index]`) and its quote depth.
    @inlinable
    public mutating func walk(_ blocks: ArraySlice<Block>, quoteDepth: Int = 0,
                              _ visit: (_ siblings: Span<Block>, _ index: Int, _ quoteDepth: Int) -> BlockWalkStep) {
        // The stack is moved out while it is used (so that it stays uniquely referenced) and put
        // back empty, keeping its capacity.
        var pending = self.pending
        self.pending = []
        var siblings = blocks
        var index = blocks.startIndex
        var depth = quoteDepth
        while true {
            guard index < siblings.endIndex else {
                guard let resumed = pending.popLast() else {
                    self.pending = pending
                    return
                }
                (siblings, index, depth) = resumed
                continue
            }
            let next: Int
            var nested: Resumption?
            do {
                let offset = index - siblings.startIndex
                let span = siblings.span
                let step = visit(span, offset, depth)
                next = step == .skipChildrenAndNextSibling ? index + 2 : index + 1
                if step == .visitChildren || step == .visitChildrenUnquoted {
                    switch span[offset] {
                    case .list(let list):
                        // The first item is read next; the others wait, the last at the bottom.
                        if let first = list.items.first {
                            pending.append((siblings, next, depth))
                            for item in list.items.dropFirst().reversed() { pending.append((item.children[...], 0, depth)) }
                            nested = (first.children[...], 0, depth)
                        }
                    case .blockQuote(let quote):
                        pending.append((siblings, next, depth))
                        nested = (quote.children[...], 0, step == .visitChildrenUnquoted ? depth : depth + 1)
                    case .customBlock(let custom):
                        pending.append((siblings, next, depth))
                        nested = (custom.children[...], 0, depth)
                    case .paragraph, .heading, .codeBlock, .htmlBlock, .thematicBreak:
                        break
                    }
                }
            }
            if let nested {
                (siblings, index, depth) = (nested.blocks, nested.blocks.startIndex, nested.quoteDepth)
            } else {
                index = next
            }
        }
    }
}
