extension Block {
    /// Direct child blocks (list items' blocks included, in order).
    public var childBlocks: [Block] {
        switch self {
        case .blockQuote(let node): node.children
        case .list(let node): node.items.flatMap(\.children)
        case .customBlock(let node): node.children
        case .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak: []
        }
    }
}

extension Block {
    /// Visits this block and every block under it depth-first in source order, with the
    /// block-quote depth (`quoteDepth` for this block), so callers can tell someone else's quoted
    /// words from the writer's own. Iterative: deep nesting is safe.
    public func forEachBlock(quoteDepth: Int = 0, _ body: (_ block: Block, _ quoteDepth: Int) -> Void) {
        var pending: [(Block, Int)] = [(self, quoteDepth)]
        while let (block, depth) = pending.popLast() {
            body(block, depth)
            let childDepth: Int = if case .blockQuote = block { depth + 1 } else { depth }
            for child in block.childBlocks.reversed() { pending.append((child, childDepth)) }
        }
    }
}
