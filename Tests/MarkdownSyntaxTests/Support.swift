import Testing
@testable import MarkdownSyntax

/// Swift Testing has a `SourceLocation` too; in these tests the name means the Markdown one.
typealias SourceLocation = MarkdownSyntax.SourceLocation

/// Every inline of the document, depth-first in source order (iterative: nesting can be deep).
func allInlines(_ document: Document) -> [Inline] {
    var result: [Inline] = []
    forEachBlock(in: document) { block, _ in
        let roots: [Inline] = switch block {
        case .paragraph(let node): Array(node.children)
        case .heading(let node): Array(node.children)
        default: []
        }
        var pending = Array(roots.reversed())
        while let inline = pending.popLast() {
            result.append(inline)
            pending.append(contentsOf: inline.children.reversed())
        }
    }
    return result
}

/// The first text inline whose literal is `literal`.
func text(_ literal: String, in document: Document) -> Text? {
    for case .text(let node) in allInlines(document) where node.literal == literal { return node }
    return nil
}

/// The first block, depth-first, for which `match` returns a value.
func firstBlock<T>(_ document: Document, _ match: (Block) -> T?) -> T? {
    var found: T?
    forEachBlock(in: document) { block, _ in if found == nil { found = match(block) } }
    return found
}

func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
    SourceRange(SourceLocation(line: line, column: column), SourceLocation(line: endLine, column: endColumn))
}

/// The source bytes a range covers.
func slice(_ range: SourceRange, of document: Document) -> String {
    let source = document.source
    return String(decoding: source.bytes[source.offset(of: range.lowerBound)..<source.offset(of: range.upperBound)], as: UTF8.self)
}

/// Every block and inline range ends inside the source (no column past its line's end).
func rangesStayInsideTheirLines(_ document: Document) -> [String] {
    var problems: [String] = []
    func check(_ range: SourceRange?, _ what: String) {
        guard let range else { return }
        for location in [range.lowerBound, range.upperBound] {
            let length = document.source.line(location.line).count
            if location.line > document.source.lineCount || location.column > length + 1 {
                problems.append("\(what) \(range)")
            }
        }
    }
    forEachBlock(in: document) { block, _ in check(block.range, "\(block)".prefix(40) + "") }
    for inline in allInlines(document) { check(inline.range, "\(inline)".prefix(40) + "") }
    return problems
}

/// Every block of `document`, depth-first in source order, with its block-quote depth.
func forEachBlock(in document: Document, _ body: (Block, Int) -> Void) {
    var walker = BlockWalker()
    walker.walk(document.children[...]) { siblings, index, quoteDepth in
        body(siblings[index], quoteDepth)
        return .visitChildren
    }
}

/// The bytes of `span`, as an array.
func spanBytes(_ span: Span<UInt8>) -> [UInt8] {
    (0..<span.count).map { span[$0] }
}
