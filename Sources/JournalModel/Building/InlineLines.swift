import MarkdownSyntax

/// A leaf of a paragraph or heading, in source order, with what the readers need to know of it.
struct InlinePiece {
    enum Kind { case text, code, html }
    let kind: Kind
    let literal: String
    let range: SourceRange?
    /// Inside an image's alt text: not the writer's prose.
    let isImageText: Bool
}

/// The pieces of one source line of a paragraph or heading.
struct InlineLine {
    var pieces: [InlinePiece] = []

    /// Where the line's content starts in the source (after any list or quote markers). Code spans
    /// report their position without the backticks, so step back over them.
    func contentStart(in source: SourceText) -> SourceLocation? {
        guard let first = pieces.first(where: { $0.range != nil }), let range = first.range else { return nil }
        guard first.kind == .code else { return range.lowerBound }
        let lineStart = source.byteRange(ofLine: range.lowerBound.line).lowerBound
        var offset = source.offset(of: range.lowerBound)
        while offset > lineStart, source.bytes[offset - 1] == UInt8(ascii: "`") { offset -= 1 }
        return SourceLocation(line: range.lowerBound.line, column: offset - lineStart + 1)
    }
}

/// Flattens inline trees into lines of leaves, iteratively (emphasis can nest deeply).
enum InlineLines {
    static func split(_ inlines: [Inline]) -> [InlineLine] {
        var lines = [InlineLine()]
        var pending: [(Inline, Bool)] = inlines.reversed().map { ($0, false) }
        while let (inline, inImage) = pending.popLast() {
            switch inline {
            case .text(let node):
                lines[lines.count - 1].pieces.append(InlinePiece(kind: .text, literal: node.literal, range: node.range, isImageText: inImage))
            case .code(let node):
                lines[lines.count - 1].pieces.append(InlinePiece(kind: .code, literal: node.literal, range: node.range, isImageText: inImage))
            case .html(let node):
                lines[lines.count - 1].pieces.append(InlinePiece(kind: .html, literal: node.literal, range: node.range, isImageText: inImage))
            case .softBreak, .lineBreak:
                lines.append(InlineLine())
            case .image(let node):
                for child in node.children.reversed() { pending.append((child, true)) }
            default:
                for child in inline.children.reversed() { pending.append((child, inImage)) }
            }
        }
        return lines
    }
}
