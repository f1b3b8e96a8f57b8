/// Equality and hashing of block trees with a worklist.
///
/// Why: synthesized `==` and `hash(into:)` on `Block` called themselves once per level of
/// nesting, so comparing two documents of 1,000,000 nested `>` overflowed the stack. Here each
/// block is compared (or hashed) by its own attributes, and its children wait in a worklist.
enum BlockTreeEquality {
    static func equal(_ lhs: Block, _ rhs: Block) -> Bool { equal([lhs], [rhs]) }

    static func equal(_ lhs: [Block], _ rhs: [Block]) -> Bool {
        var pending: [(ArraySlice<Block>, ArraySlice<Block>)] = [(lhs[...], rhs[...])]
        while let (left, right) = pending.popLast() {
            guard left.count == right.count else { return false }
            for (l, r) in zip(left, right) {
                switch (l, r) {
                case (.blockQuote(let a), .blockQuote(let b)):
                    guard a.range == b.range else { return false }
                    if a.storage !== b.storage { pending.append((a.children[...], b.children[...])) }
                case (.list(let a), .list(let b)):
                    guard a.kind == b.kind, a.delimiter == b.delimiter, a.start == b.start, a.isTight == b.isTight,
                          a.range == b.range, a.items.count == b.items.count else { return false }
                    for (x, y) in zip(a.items, b.items) {
                        guard x.range == y.range else { return false }
                        if x.storage !== y.storage { pending.append((x.children[...], y.children[...])) }
                    }
                case (.customBlock(let a), .customBlock(let b)):
                    guard a.onEnter == b.onEnter, a.onExit == b.onExit, a.range == b.range else { return false }
                    if a.storage !== b.storage { pending.append((a.children[...], b.children[...])) }
                case (.codeBlock(let a), .codeBlock(let b)):
                    guard a == b else { return false }
                case (.htmlBlock(let a), .htmlBlock(let b)):
                    guard a == b else { return false }
                case (.paragraph(let a), .paragraph(let b)):
                    guard a == b else { return false }
                case (.heading(let a), .heading(let b)):
                    guard a == b else { return false }
                case (.thematicBreak(let a), .thematicBreak(let b)):
                    guard a == b else { return false }
                default:
                    return false
                }
            }
        }
        return true
    }

    static func hash(_ block: Block, into hasher: inout Hasher) { hash([block], into: &hasher) }

    /// Hashes what `equal` compares, level by level.
    static func hash(_ blocks: [Block], into hasher: inout Hasher) {
        var pending: [ArraySlice<Block>] = [blocks[...]]
        while let siblings = pending.popLast() {
            hasher.combine(siblings.count)
            for block in siblings {
                switch block {
                case .blockQuote(let node):
                    hasher.combine(0)
                    hasher.combine(node.range)
                    pending.append(node.children[...])
                case .list(let node):
                    hasher.combine(1)
                    hasher.combine(node.kind)
                    hasher.combine(node.delimiter)
                    hasher.combine(node.start)
                    hasher.combine(node.isTight)
                    hasher.combine(node.range)
                    hasher.combine(node.items.count)
                    for item in node.items {
                        hasher.combine(item.range)
                        pending.append(item.children[...])
                    }
                case .customBlock(let node):
                    hasher.combine(2)
                    hasher.combine(node.onEnter)
                    hasher.combine(node.onExit)
                    hasher.combine(node.range)
                    pending.append(node.children[...])
                case .codeBlock(let node):
                    hasher.combine(3)
                    hasher.combine(node)
                case .htmlBlock(let node):
                    hasher.combine(4)
                    hasher.combine(node)
                case .paragraph(let node):
                    hasher.combine(5)
                    hasher.combine(node)
                case .heading(let node):
                    hasher.combine(6)
                    hasher.combine(node)
                case .thematicBreak(let node):
                    hasher.combine(7)
                    hasher.combine(node)
                }
            }
        }
    }
}
