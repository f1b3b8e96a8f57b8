internal import CCmark

/// Copies a cmark tree into `Block` / `Inline` values in one iterative pass (no recursion, so
/// deeply nested input cannot overflow the stack).
enum CmarkTreeCopier {
    /// A container being built: its cmark node and the children copied so far.
    private struct Frame {
        let node: OpaquePointer
        /// An inline container's start, corrected when it was entered.
        var start: SourceLocation? = nil
        var blocks: [Block] = []
        var items: [ListItem] = []
        var inlines: [Inline] = []
    }

    static func copyDocument(_ root: OpaquePointer, source: SourceText) -> ([Block], SourceRange?) {
        guard let iterator = cmark_iter_new(root) else { return ([], nil) }
        defer { cmark_iter_free(iterator) }
        var stack: [Frame] = []
        var result: ([Block], SourceRange?) = ([], nil)
        var positions = InlinePositions(source: source)

        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING {
                    positions.startBlock(column: Int(cmark_node_get_start_column(node)))
                }
                if type == CMARK_NODE_SOFTBREAK {
                    positions.newline()
                } else if type == CMARK_NODE_LINEBREAK {
                    // A backslash break leaves its line ending uncounted; two spaces do not.
                    let before = stack.last?.inlines.last(where: { $0.range != nil })?.range?.upperBound ?? stack.last?.start
                    if let before, source.line(before.line).last == UInt8(ascii: "\\") {
                        positions.backslashBreak()
                    } else {
                        positions.newline()
                    }
                }
                if isContainer(type) {
                    let start = isInline(type) ? range(of: node, source).map { positions.fix($0.lowerBound) } : nil
                    stack.append(Frame(node: node, start: start))
                } else {
                    append(leaf(node, type, source, positions), to: &stack)
                }
            } else if event == CMARK_EVENT_EXIT {
                guard let frame = stack.popLast() else { continue }
                if type == CMARK_NODE_DOCUMENT {
                    result = (frame.blocks, range(of: node, source))
                } else {
                    append(container(frame, type, source, positions), to: &stack)
                }
            }
        }
        return result
    }

    private enum Copied {
        case block(Block)
        case item(ListItem)
        case inline(Inline)
    }

    private static func append(_ copied: Copied, to stack: inout [Frame]) {
        guard !stack.isEmpty else { return }
        switch copied {
        case .block(let block): stack[stack.count - 1].blocks.append(block)
        case .item(let item): stack[stack.count - 1].items.append(item)
        case .inline(let inline): stack[stack.count - 1].inlines.append(inline)
        }
    }

    private static func isContainer(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM,
             CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING,
             CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_INLINE:
            true
        default:
            false
        }
    }

    private static func isInline(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_INLINE: true
        default: false
        }
    }

    private static func leaf(_ node: OpaquePointer, _ type: cmark_node_type, _ source: SourceText, _ positions: InlinePositions) -> Copied {
        let reported = range(of: node, source)
        let inlineRange = reported.map { SourceRange(positions.fix($0.lowerBound), positions.fix($0.upperBound)) }
        let range = reported
        switch type {
        case CMARK_NODE_CODE_BLOCK:
            return .block(.codeBlock(CodeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node), range: range)))
        case CMARK_NODE_HTML_BLOCK:
            let literal = literal(node)
            return .block(.htmlBlock(HTMLBlock(literal: literal, range: htmlBlockRange(range, literal: literal, source))))
        case CMARK_NODE_THEMATIC_BREAK:
            return .block(.thematicBreak(ThematicBreak(range: range)))
        case CMARK_NODE_SOFTBREAK:
            return .inline(.softBreak(SoftBreak()))
        case CMARK_NODE_LINEBREAK:
            return .inline(.lineBreak(LineBreak()))
        case CMARK_NODE_CODE:
            return .inline(.code(InlineCode(literal: literal(node), range: inlineRange)))
        case CMARK_NODE_HTML_INLINE:
            return .inline(.html(InlineHTML(literal: literal(node), range: inlineRange)))
        default:
            let literal = literal(node)
            return .inline(.text(Text(literal: literal, range: trimmingLineEndSpaces(inlineRange, literal: literal, source))))
        }
    }

    private static func container(_ frame: Frame, _ type: cmark_node_type, _ source: SourceText, _ positions: InlinePositions) -> Copied {
        let node = frame.node
        var range = range(of: node, source)
        if isInline(type), let reported = range {
            range = SourceRange(frame.start ?? reported.lowerBound, positions.fix(reported.upperBound))
        }
        if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
            range = linkRange(range, children: frame.inlines, source)
        }
        if type == CMARK_NODE_HEADING {
            range = headingRange(range, children: frame.inlines, source)
        }
        switch type {
        case CMARK_NODE_BLOCK_QUOTE:
            return .block(.blockQuote(BlockQuote(children: frame.blocks, range: range)))
        case CMARK_NODE_LIST:
            let kind: List.Kind = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? .ordered : .bullet
            let delimiter: List.Delimiter = switch cmark_node_get_list_delim(node) {
            case CMARK_PERIOD_DELIM: .period
            case CMARK_PAREN_DELIM: .parenthesis
            default: .none
            }
            let start = kind == .ordered ? Int(cmark_node_get_list_start(node)) : 1
            let list = List(kind: kind, delimiter: delimiter, start: start, isTight: cmark_node_get_list_tight(node) != 0, items: frame.items, range: range)
            return .block(.list(list))
        case CMARK_NODE_ITEM:
            return .item(ListItem(children: frame.blocks, range: range))
        case CMARK_NODE_CUSTOM_BLOCK:
            return .block(.customBlock(CustomBlock(onEnter: string(cmark_node_get_on_enter(node)), onExit: string(cmark_node_get_on_exit(node)), children: frame.blocks, range: range)))
        case CMARK_NODE_PARAGRAPH:
            return .block(.paragraph(Paragraph(children: frame.inlines, range: range)))
        case CMARK_NODE_HEADING:
            return .block(.heading(Heading(level: Int(cmark_node_get_heading_level(node)), children: frame.inlines, range: range)))
        case CMARK_NODE_EMPH:
            return .inline(.emphasis(Emphasis(children: frame.inlines, range: range)))
        case CMARK_NODE_STRONG:
            return .inline(.strong(Strong(children: frame.inlines, range: range)))
        case CMARK_NODE_LINK:
            return .inline(.link(Link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)), children: frame.inlines, range: range)))
        case CMARK_NODE_IMAGE:
            return .inline(.image(Image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)), children: frame.inlines, range: range)))
        default:
            return .inline(.customInline(CustomInline(onEnter: string(cmark_node_get_on_enter(node)), onExit: string(cmark_node_get_on_exit(node)), children: frame.inlines, range: range)))
        }
    }

    /// cmark positions are 1-based with an inclusive end column; 0 means "unknown".
    ///
    /// A block that cmark closes at a blank line ends at column 0 of that blank line; it ends
    /// instead at the end of its last non-blank line, so that `upperBound.line` is always the
    /// block's last line.
    private static func range(of node: OpaquePointer, _ source: SourceText) -> SourceRange? {
        let startLine = Int(cmark_node_get_start_line(node))
        let startColumn = Int(cmark_node_get_start_column(node))
        guard startLine > 0, startColumn > 0 else { return nil }
        var endLine = Int(cmark_node_get_end_line(node))
        var endColumn = Int(cmark_node_get_end_column(node))
        let lower = SourceLocation(line: startLine, column: startColumn)
        guard endLine > 0 else { return SourceRange(lower, lower) }
        if endColumn == 0, endLine > startLine {
            endLine -= 1
            while endLine > startLine, source.line(endLine).allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                endLine -= 1
            }
            endColumn = source.byteRange(ofLine: endLine).count
        }
        return SourceRange(lower, SourceLocation(line: endLine, column: endColumn + 1))
    }

    /// cmark 0.30 gives an autolink (`<https://…>`) columns counted from the paragraph's start,
    /// and a link whose text spans lines the line of its `]`. The text inside is positioned right.
    private static func linkRange(_ reported: SourceRange?, children: [Inline], _ source: SourceText) -> SourceRange? {
        guard let reported else { return nil }
        if children.count == 1, case .text(let text) = children[0], let inner = text.range {
            let before = source.offset(of: inner.lowerBound) - 1
            let after = source.offset(of: inner.upperBound)
            if before >= 0, after < source.bytes.count, source.bytes[before] == UInt8(ascii: "<"), source.bytes[after] == UInt8(ascii: ">"),
               source.location(ofOffset: before).line == inner.lowerBound.line {
                return SourceRange(source.location(ofOffset: before), source.location(ofOffset: after + 1))
            }
        }
        if let first = children.first(where: { $0.range != nil })?.range?.lowerBound, first.line < reported.lowerBound.line {
            return SourceRange(SourceLocation(line: first.line, column: reported.lowerBound.column), reported.upperBound)
        }
        return reported
    }

    /// cmark 0.30 ends a setext heading on the line after its underline (with that line's length)
    /// and an ATX heading with a closing sequence (`## Title ##`) before the closing `#`s. A
    /// heading runs to the end of its last line: the ATX line, or the setext underline.
    private static func headingRange(_ reported: SourceRange?, children: [Inline], _ source: SourceText) -> SourceRange? {
        guard let reported else { return nil }
        let start = reported.lowerBound
        var lastLine = start.line
        if reported.upperBound.line > start.line {
            let contentEnd = children.compactMap { $0.range?.upperBound.line }.max() ?? start.line
            lastLine = min(contentEnd + 1, reported.upperBound.line)
        }
        return SourceRange(start, SourceLocation(line: lastLine, column: source.byteRange(ofLine: lastLine).count + 1))
    }

    /// cmark drops the spaces before a line break from a text node's literal but not from its
    /// range (`foo  ⏎` is `foo` at 1:1-1:6); end the range where the literal ends.
    private static func trimmingLineEndSpaces(_ range: SourceRange?, literal: String, _ source: SourceText) -> SourceRange? {
        guard let range, range.lowerBound.line == range.upperBound.line,
              let last = literal.utf8.last, last != UInt8(ascii: " "), last != UInt8(ascii: "\t") else { return range }
        let start = source.offset(of: range.lowerBound)
        var end = source.offset(of: range.upperBound)
        while end > start, source.bytes[end - 1] == UInt8(ascii: " ") || source.bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return SourceRange(range.lowerBound, SourceLocation(line: range.upperBound.line, column: range.upperBound.column - (source.offset(of: range.upperBound) - end)))
    }

    /// cmark 0.30 ends an HTML block that closes on its own end condition (`-->`, `</pre>`, …) at
    /// the end of the line *before* (so a one-line comment gets `1:1-0:0`). An HTML block always
    /// runs to the end of its last line, and its literal holds one line per source line.
    private static func htmlBlockRange(_ reported: SourceRange?, literal: String, _ source: SourceText) -> SourceRange? {
        guard let start = reported?.lowerBound else { return reported }
        var lines = literal.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        if literal.utf8.last != UInt8(ascii: "\n") { lines += 1 }
        let endLine = start.line + max(lines, 1) - 1
        return SourceRange(start, SourceLocation(line: endLine, column: source.byteRange(ofLine: endLine).count + 1))
    }

    private static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}

/// Corrects the inline positions of one paragraph or heading for cmark 0.30's backslash hard
/// break (`a\` at a line's end), after which cmark neither counts the line nor restarts the
/// column: nodes up to the next line ending get columns running past their line, and every
/// later node a line number one too small.
private struct InlinePositions {
    let source: SourceText
    /// Bytes of container prefix (`> `, list indentation) cmark assumes on each line.
    private var blockOffset = 0
    /// Backslash breaks before the last line ending cmark did count.
    private var settled = 0
    /// Backslash breaks since then.
    private var pending = 0

    init(source: SourceText) {
        self.source = source
    }

    mutating func startBlock(column: Int) {
        blockOffset = max(column - 1, 0)
        settled = 0
        pending = 0
    }

    mutating func backslashBreak() { pending += 1 }

    mutating func newline() {
        settled += pending
        pending = 0
    }

    func fix(_ location: SourceLocation) -> SourceLocation {
        guard settled > 0 || pending > 0 else { return location }
        var line = min(location.line + settled, source.lineCount)
        var offset = location.column - 1
        while pending > 0, line < source.lineCount {
            // cmark counts a line ending as one byte, `\r\n` included.
            let full = source.byteRange(ofLine: line).count + 1
            guard offset >= full else { break }
            offset += blockOffset - full
            line += 1
        }
        return SourceLocation(line: line, column: offset + 1)
    }
}
