/// The child blocks of a block quote, list item or custom block, held in a class of their own
/// so that freeing a tree is a loop rather than a recursion.
///
/// Why: Swift frees nested arrays of values recursively (an array frees its blocks, each block
/// its children's array, …), a few stack frames per level: 45,000 nested `>` (a 50 KB file)
/// overflowed the stack when the document was freed. The last reference to a box runs its
/// `deinit`, which takes the children of every uniquely held box below it into one worklist
/// (`Block.releaseIteratively`), so the boxes below are freed empty.
///
/// `@unchecked Sendable`: `blocks` is set once, at `init`; it is changed again only by the
/// teardown, on a box that nothing else references any more (`isKnownUniquelyReferenced`).
final class BlockChildren: @unchecked Sendable {
    var blocks: [Block]

    init(_ blocks: [Block]) { self.blocks = blocks }

    deinit { Block.releaseIteratively(&blocks) }

    /// Moves the blocks of `box` to `pending` when `box` is the last reference to them and
    /// one of them holds blocks itself (otherwise freeing the box frees its blocks, one level).
    static func take(_ box: inout BlockChildren, into pending: inout [Block]) {
        guard box.blocks.contains(where: \.holdsBlocks), isKnownUniquelyReferenced(&box) else { return }
        if pending.isEmpty {
            swap(&pending, &box.blocks)
        } else {
            pending.append(contentsOf: box.blocks)
            box.blocks = []
        }
    }
}

extension BlockChildren: CustomStringConvertible {
    /// The blocks, printed down to a few levels of nesting, deeper ones as their count: a
    /// default description would recurse once per level.
    var description: String {
        let depth = Self.describingDepth
        guard depth < 8 else { return "[\(blocks.count) block(s)]" }
        return Self.$describingDepth.withValue(depth + 1) { blocks.description }
    }

    /// How many descriptions of boxes are being made further up this task's (or thread's) stack.
    @TaskLocal private static var describingDepth = 0
}

extension Block {
    /// Whether the block holds blocks (a quote, a list, a custom block).
    var holdsBlocks: Bool {
        switch self {
        case .blockQuote, .list, .customBlock: true
        case .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak: false
        }
    }

    /// Frees `blocks` and everything under them with a worklist instead of the stack; leaves
    /// `blocks` empty. Returns at once when no block holds blocks (freeing is then one level).
    static func releaseIteratively(_ blocks: inout [Block]) {
        guard blocks.contains(where: \.holdsBlocks) else { return }
        var pending: [Block] = []
        swap(&pending, &blocks)
        while var block = pending.popLast() {
            block.moveChildren(into: &pending)
        }
    }

    /// Replaces `self` with a leaf and moves its children to `pending` where nothing else holds
    /// them, so that freeing `self` afterwards frees no tree.
    private mutating func moveChildren(into pending: inout [Block]) {
        switch self {
        case .blockQuote(var node):
            // Reassigned first: then `node` holds the only reference this walk has.
            self = .thematicBreak(ThematicBreak(range: nil))
            BlockChildren.take(&node.storage, into: &pending)
        case .customBlock(var node):
            self = .thematicBreak(ThematicBreak(range: nil))
            BlockChildren.take(&node.storage, into: &pending)
        case .list(var node):
            self = .thematicBreak(ThematicBreak(range: nil))
            for index in node.items.indices where node.items[index].storage.blocks.contains(where: \.holdsBlocks) {
                BlockChildren.take(&node.items[index].storage, into: &pending)
            }
        case .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak:
            break
        }
    }
}
