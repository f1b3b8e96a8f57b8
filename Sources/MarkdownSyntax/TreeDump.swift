/// A stable, line-per-node text rendering of a document, for golden tests and `--format tree`
/// debugging. Each line is `kind attributes range`, indented two spaces per depth.
public enum TreeDump {
    /// Lines are indented by at most this many levels; a deeper line starts with its depth
    /// (`[depth 1000]`), so that the dump of deep nesting grows with the input, not its square.
    static let maximumIndentedDepth = 32

    /// A node waiting to be written, with its depth.
    private enum Pending {
        case block(Block, Int)
        case item(ListItem, Int)
        case inline(Inline, Int)
    }

    /// Written with a worklist, not recursively: nesting can be 1,000,000 levels deep.
    public static func render(_ document: Document) -> String {
        var out = "document" + suffix(document.range) + "\n"
        if let frontMatter = document.frontMatter {
            out += "  front-matter" + suffix(frontMatter.range) + "\n"
        }
        var pending: [Pending] = document.children.reversed().map { .block($0, 1) }
        while let next = pending.popLast() {
            switch next {
            case .block(let block, let depth):
                out += indent(depth) + line(block) + suffix(block.range) + "\n"
                switch block {
                case .blockQuote(let node): pending += node.children.reversed().map { .block($0, depth + 1) }
                case .customBlock(let node): pending += node.children.reversed().map { .block($0, depth + 1) }
                case .list(let node): pending += node.items.reversed().map { .item($0, depth + 1) }
                case .paragraph(let node): pending += node.children.reversed().map { .inline($0, depth + 1) }
                case .heading(let node): pending += node.children.reversed().map { .inline($0, depth + 1) }
                case .codeBlock, .htmlBlock, .thematicBreak: break
                }
            case .item(let item, let depth):
                out += indent(depth) + "item" + suffix(item.range) + "\n"
                pending += item.children.reversed().map { .block($0, depth + 1) }
            case .inline(let inline, let depth):
                out += indent(depth) + line(inline) + suffix(inline.range) + "\n"
                pending += inline.children.reversed().map { .inline($0, depth + 1) }
            }
        }
        return out
    }

    private static func indent(_ depth: Int) -> String {
        guard depth > maximumIndentedDepth else { return String(repeating: "  ", count: depth) }
        return String(repeating: "  ", count: maximumIndentedDepth) + "[depth \(depth)] "
    }

    private static func line(_ block: Block) -> String {
        switch block {
        case .blockQuote: "block-quote"
        case .list(let node):
            "list \(node.kind.rawValue)" + (node.kind == .ordered ? " start=\(node.start) delimiter=\(node.delimiter.rawValue)" : "") + " tight=\(node.isTight)"
        case .codeBlock(let node): "code-block info=\(quoted(node.info)) \(quoted(node.literal))"
        case .htmlBlock(let node): "html-block \(quoted(node.literal))"
        case .customBlock: "custom-block"
        case .paragraph: "paragraph"
        case .heading(let node): "heading level=\(node.level)"
        case .thematicBreak: "thematic-break"
        }
    }

    private static func line(_ inline: Inline) -> String {
        switch inline {
        case .text(let node): "text \(quoted(node.literal))"
        case .softBreak: "soft-break"
        case .lineBreak: "line-break"
        case .code(let node): "code \(quoted(node.literal))"
        case .html(let node): "html \(quoted(node.literal))"
        case .customInline: "custom-inline"
        case .emphasis: "emphasis"
        case .strong: "strong"
        case .link(let node): "link destination=\(quoted(node.destination)) title=\(quoted(node.title))"
        case .image(let node): "image source=\(quoted(node.source)) title=\(quoted(node.title))"
        }
    }

    private static func suffix(_ range: SourceRange?) -> String {
        range.map { " @\($0)" } ?? ""
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default:
                // Other controls (ESC, CR, C1) as `withVisibleControls` writes them: the dump is read on a terminal.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    result += String(scalar).withVisibleControls()
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
