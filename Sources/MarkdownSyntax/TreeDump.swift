/// A stable, line-per-node text rendering of a document, for golden tests and `--format tree`
/// debugging. Each line is `kind attributes range`, indented two spaces per depth.
public enum TreeDump {
    public static func render(_ document: Document) -> String {
        var lines: [String] = []
        lines.append("document" + suffix(document.range))
        if let frontMatter = document.frontMatter {
            lines.append("  front-matter" + suffix(frontMatter.range))
        }
        for block in document.children { dump(block, depth: 1, into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func dump(_ block: Block, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        switch block {
        case .blockQuote(let node):
            lines.append(indent + "block-quote" + suffix(node.range))
            for child in node.children { dump(child, depth: depth + 1, into: &lines) }
        case .list(let node):
            let start = node.kind == .ordered ? " start=\(node.start) delimiter=\(node.delimiter.rawValue)" : ""
            lines.append(indent + "list \(node.kind.rawValue)\(start) tight=\(node.isTight)" + suffix(node.range))
            for item in node.items {
                lines.append(indent + "  item" + suffix(item.range))
                for child in item.children { dump(child, depth: depth + 2, into: &lines) }
            }
        case .codeBlock(let node):
            lines.append(indent + "code-block info=\(quoted(node.info)) \(quoted(node.literal))" + suffix(node.range))
        case .htmlBlock(let node):
            lines.append(indent + "html-block \(quoted(node.literal))" + suffix(node.range))
        case .customBlock(let node):
            lines.append(indent + "custom-block" + suffix(node.range))
            for child in node.children { dump(child, depth: depth + 1, into: &lines) }
        case .paragraph(let node):
            lines.append(indent + "paragraph" + suffix(node.range))
            for child in node.children { dump(child, depth: depth + 1, into: &lines) }
        case .heading(let node):
            lines.append(indent + "heading level=\(node.level)" + suffix(node.range))
            for child in node.children { dump(child, depth: depth + 1, into: &lines) }
        case .thematicBreak(let node):
            lines.append(indent + "thematic-break" + suffix(node.range))
        }
    }

    private static func dump(_ inline: Inline, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let head: String = switch inline {
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
        lines.append(indent + head + suffix(inline.range))
        for child in inline.children { dump(child, depth: depth + 1, into: &lines) }
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
