import MarkdownSyntax

/// Finds `<!-- … -->` comments in HTML blocks and inline HTML, with exact source ranges.
enum CommentCollector {
    /// The comments of the top-level `blocks` at `candidates` (the indices, in order, of the
    /// blocks on whose lines an opener lies; the builder finds them on its own walk).
    static func comments(in blocks: [Block], candidates: [Int], source: SourceText) -> [HTMLComment] {
        var comments: [HTMLComment] = []
        var walker = BlockWalker()
        for index in candidates {
            walker.walk(blocks[index...index]) { siblings, index, _ in
                collect(siblings[index], source, into: &comments)
                return .visitChildren
            }
        }
        return comments
    }

    /// The line of every `<!--` in the source, in order. Every comment found starts with one;
    /// most files have none or a few, and one pass over the bytes is far cheaper than walking
    /// every block and inline of the document: only the top-level blocks whose lines hold an
    /// opener are walked.
    static func openerLines(in source: SourceText) -> [Int] {
        commentOpeners(source).map { source.location(ofOffset: $0).line }
    }

    private static func collect(_ block: Block, _ source: SourceText, into comments: inout [HTMLComment]) {
        switch block {
        case .htmlBlock(let html):
            if let range = html.range { scan(range, source, into: &comments) }
        case .paragraph(let paragraph):
            collectInline(paragraph.children, source, into: &comments)
        case .heading(let heading):
            collectInline(heading.children, source, into: &comments)
        default:
            break
        }
    }

    /// The byte offset of every `<!--` in the source, in order.
    private static func commentOpeners(_ source: SourceText) -> [Int] {
        let bytes = source.bytes
        var openers: [Int] = []
        var index = 0
        while let open = source.firstOffset(of: UInt8(ascii: "<"), in: index..<bytes.count) {
            if open + 4 <= bytes.count, bytes[open + 1] == UInt8(ascii: "!"), bytes[open + 2] == UInt8(ascii: "-"), bytes[open + 3] == UInt8(ascii: "-") {
                openers.append(open)
            }
            index = open + 1
        }
        return openers
    }

    /// Whether an HTML block holds nothing but comments (so it is not undated journal content).
    static func isOnlyComments(_ html: HTMLBlock) -> Bool {
        var rest = Substring(html.literal)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.isEmpty { return true }
            guard rest.hasPrefix("<!--") else { return false }
            let body = Array(rest.utf8.dropFirst(4))
            guard let close = (0..<max(0, body.count - 2)).first(where: { body[$0] == 0x2D && body[$0 + 1] == 0x2D && body[$0 + 2] == 0x3E }) else {
                return false
            }
            rest = Substring(String(decoding: body[(close + 3)...], as: UTF8.self))
        }
    }

    /// Looks only at inline HTML nodes, walking the inline tree without building anything.
    private static func collectInline(_ inlines: InlineList, _ source: SourceText, into comments: inout [HTMLComment]) {
        var pending = inlines[...]
        var nested: [Inline] = []
        while let inline = pending.popFirst() ?? nested.popLast() {
            switch inline {
            case .html(let html):
                if html.literal.utf8.starts(with: "<!--".utf8), let range = html.range { scan(range, source, into: &comments) }
            case .text, .code, .softBreak, .lineBreak:
                break
            default:
                nested += inline.children
            }
        }
    }

    /// Scans the source inside `range` for comments.
    private static func scan(_ range: SourceRange, _ source: SourceText, into comments: inout [HTMLComment]) {
        let bytes = source.bytes
        let end = min(source.offset(of: range.upperBound), bytes.count)
        var index = source.offset(of: range.lowerBound)
        while index + 4 <= end {
            guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!"),
                  bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") else {
                index += 1
                continue
            }
            var close = index + 4
            while close + 3 <= bytes.count, !(bytes[close] == UInt8(ascii: "-") && bytes[close + 1] == UInt8(ascii: "-") && bytes[close + 2] == UInt8(ascii: ">")) {
                close += 1
            }
            guard close + 3 <= bytes.count else { return }
            let text = String(decoding: bytes[(index + 4)..<close], as: UTF8.self).trimmingCharactersInWhitespace()
            comments.append(HTMLComment(text: text, range: SourceRange(source.location(ofOffset: index), source.location(ofOffset: close + 3))))
            index = close + 3
        }
    }
}

extension String {
    /// The text without leading and trailing white space of any kind.
    func trimmingCharactersInWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
