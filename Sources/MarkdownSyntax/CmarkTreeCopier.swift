internal import CCmark

/// Copies a cmark tree into `Block` / `Inline` values in one iterative pass (no recursion, so
/// deeply nested input cannot overflow the stack). Positions cmark reports wrongly are corrected
/// by `CmarkPositionRepairs` and `BackslashBreakRepair`; this type only copies.
///
/// A block container's children are collected in an array reserved to their exact count when
/// the container is entered (cmark knows its children by then). Inline nodes become records of
/// the document's `InlineStorage`: those of the open inline containers wait in one scratch
/// array, and when a container closes its children move to the storage side by side.
struct CmarkTreeCopier: ~Copyable {
    /// A container being built: its cmark node and the block children (or list items) copied
    /// so far; its inline children wait in `pendingInlines`, from `inlineStart` on.
    private struct Frame {
        let node: OpaquePointer
        let type: cmark_node_type
        /// cmark's range of the node, read once when it was entered.
        let reported: SourceRange?
        /// An inline container's start, corrected when it was entered.
        var start: SourceLocation?
        /// Where the container's inline children start in `pendingInlines`.
        let inlineStart: Int
        var blocks: [Block] = []
        var items: [ListItem] = []
    }

    private let source: SourceText
    private var positions: BackslashBreakRepair
    /// The open containers, outermost first.
    private var stack: [Frame] = []
    /// The inline children of the open containers, each container's after its parent's.
    private var pendingInlines: [InlineRecord] = []
    /// The document's inline nodes and text literals (most of a journal's bytes are literals).
    private var inlines: InlineStorageBuilder
    /// Lines of the source before the first line cmark saw (the front matter, which cmark is
    /// not given, or the parts of a large input parsed before; see `LargeInputParts`): added to
    /// every line cmark reports.
    private var lineOffset = 0

    /// A copier for the trees cmark makes of `source`, one after another.
    /// - Parameter expectedBytes: how many bytes of the source it will copy (all, unless it
    ///   copies one part of a source parsed in parts on several threads).
    init(source: SourceText, expectedBytes: Int? = nil) {
        self.source = source
        self.positions = BackslashBreakRepair(source: source)
        let expected = expectedBytes ?? source.bytes.count
        self.inlines = InlineStorageBuilder(expectedLiteralBytes: expected)
        // About one inline node per 40 bytes of journal: grown a few times at most.
        inlines.records.reserveCapacity(expected / 40 + 8)
        pendingInlines.reserveCapacity(16)
    }

    /// Copies the top-level blocks of the document `root` (cmark's parse of a part of the
    /// source) and returns them with the document's range.
    /// - Parameter lineOffset: how many source lines precede cmark's line 1.
    mutating func copyDocument(_ root: OpaquePointer, lineOffset: Int) -> ([Block], SourceRange?) {
        self.lineOffset = lineOffset
        return copy(root)
    }

    /// Ends the copy: the lists in the blocks copied already refer to the storage; this hands it
    /// the records and literals they read (nothing has read them yet).
    consuming func finish() {
        _ = inlines.finish()
    }

    private mutating func copy(_ root: OpaquePointer) -> ([Block], SourceRange?) {
        guard let iterator = cmark_iter_new(root) else { return ([], nil) }
        defer { cmark_iter_free(iterator) }
        var result: ([Block], SourceRange?) = ([], nil)
        stack.reserveCapacity(16)

        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                enter(node, type)
            } else if event == CMARK_EVENT_EXIT {
                guard let frame = stack.popLast() else { continue }
                if type == CMARK_NODE_DOCUMENT {
                    result = (frame.blocks, frame.reported)
                } else {
                    exit(frame)
                }
            }
        }
        return result
    }

    private mutating func enter(_ node: OpaquePointer, _ type: cmark_node_type) {
        if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING {
            positions.startBlock(column: Int(cmark_node_get_start_column(node)))
        }
        if type == CMARK_NODE_SOFTBREAK {
            positions.newline()
        } else if type == CMARK_NODE_LINEBREAK {
            // A backslash break leaves its line ending uncounted; two spaces do not.
            let before = lastInlineEnd() ?? stack.last?.start
            if let before, source.line(before.line).last == UInt8(ascii: "\\") {
                positions.backslashBreak()
            } else {
                positions.newline()
            }
        }
        guard Self.isContainer(type) else {
            appendLeaf(node, type)
            return
        }
        let reported = range(of: node, isDocument: type == CMARK_NODE_DOCUMENT)
        stack.append(Frame(node: node, type: type, reported: reported, start: Self.isInline(type) ? reported.map { positions.fix($0.lowerBound) } : nil,
                           inlineStart: pendingInlines.count))
        let top = stack.count - 1
        switch type {
        case CMARK_NODE_LIST: stack[top].items.reserveCapacity(Self.childCount(node))
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_ITEM, CMARK_NODE_CUSTOM_BLOCK: stack[top].blocks.reserveCapacity(Self.childCount(node))
        default: break
        }
    }

    /// The end of the last positioned inline of the innermost open container.
    private func lastInlineEnd() -> SourceLocation? {
        guard let frame = stack.last else { return nil }
        var index = pendingInlines.count
        while index > frame.inlineStart {
            index -= 1
            if let range = pendingInlines[index].range { return range.upperBound }
        }
        return nil
    }

    /// The number of direct children of `node`.
    private static func childCount(_ node: OpaquePointer) -> Int {
        var count = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        return count
    }

    // The appends take their node `consuming`: it is moved into the parent's array rather
    // than copied (retaining every reference inside) and the original destroyed.
    private mutating func append(_ block: consuming Block) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].blocks.append(block)
    }

    private mutating func append(_ inline: InlineRecord) {
        guard !stack.isEmpty else { return }
        pendingInlines.append(inline)
    }

    private mutating func append(_ item: consuming ListItem) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].items.append(item)
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

    private static func isBlockContainer(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_CUSTOM_BLOCK: true
        default: false
        }
    }

    private static func isInline(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_INLINE: true
        default: false
        }
    }

    /// cmark's range of an inline leaf, corrected for backslash breaks.
    private func inlineRange(of node: OpaquePointer) -> SourceRange? {
        range(of: node).map { SourceRange(positions.fix($0.lowerBound), positions.fix($0.upperBound)) }
    }

    private mutating func appendLeaf(_ node: OpaquePointer, _ type: cmark_node_type) {
        switch type {
        case CMARK_NODE_CODE_BLOCK:
            append(.codeBlock(CodeBlock(info: Self.string(cmark_node_get_fence_info(node)), literal: Self.literal(node), range: range(of: node))))
        case CMARK_NODE_HTML_BLOCK:
            let literal = Self.literal(node)
            append(.htmlBlock(HTMLBlock(literal: literal, range: CmarkPositionRepairs.htmlBlockEnd(range(of: node), literal: literal, in: source))))
        case CMARK_NODE_THEMATIC_BREAK:
            append(.thematicBreak(ThematicBreak(range: range(of: node))))
        case CMARK_NODE_SOFTBREAK:
            append(InlineRecord(kind: .softBreak, range: nil))
        case CMARK_NODE_LINEBREAK:
            append(InlineRecord(kind: .lineBreak, range: nil))
        case CMARK_NODE_CODE:
            append(InlineRecord(kind: .code, range: inlineRange(of: node), string: inlines.appendString(Self.literal(node))))
        case CMARK_NODE_HTML_INLINE:
            append(InlineRecord(kind: .html, range: inlineRange(of: node), string: inlines.appendString(Self.literal(node))))
        default:
            append(textNode(node))
        }
    }

    private mutating func exit(_ frame: Frame) {
        let node = frame.node
        let type = frame.type
        var range = frame.reported
        if Self.isInline(type), let reported = range {
            range = SourceRange(frame.start ?? reported.lowerBound, positions.fix(reported.upperBound))
        }
        if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let reported = range {
            let children = pendingInlines[frame.inlineStart...]
            range = CmarkPositionRepairs.autolinkRange(reported, children: children, in: source)
                ?? CmarkPositionRepairs.multiLineLinkStart(reported, children: children)
        }
        if type == CMARK_NODE_HEADING, let reported = range {
            range = CmarkPositionRepairs.headingEnd(reported, children: pendingInlines[frame.inlineStart...], in: source)
        }
        // An inline container's children move to the storage, side by side.
        var firstChild = 0
        var childCount = 0
        if !Self.isBlockContainer(type) {
            firstChild = inlines.records.count
            childCount = pendingInlines.count - frame.inlineStart
            // One to three children, usually: appended one by one, which costs less than the
            // general `append(contentsOf:)`; records are plain values, dropped without destroying.
            for index in frame.inlineStart..<pendingInlines.count { inlines.records.append(pendingInlines[index]) }
            for _ in 0..<childCount { pendingInlines.removeLast() }
        }
        switch type {
        case CMARK_NODE_BLOCK_QUOTE:
            append(.blockQuote(BlockQuote(children: frame.blocks, range: range)))
        case CMARK_NODE_LIST:
            let kind: List.Kind = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? .ordered : .bullet
            let delimiter: List.Delimiter = switch cmark_node_get_list_delim(node) {
            case CMARK_PERIOD_DELIM: .period
            case CMARK_PAREN_DELIM: .parenthesis
            default: .none
            }
            let start = kind == .ordered ? Int(cmark_node_get_list_start(node)) : 1
            append(.list(List(kind: kind, delimiter: delimiter, start: start, isTight: cmark_node_get_list_tight(node) != 0, items: frame.items, range: range)))
        case CMARK_NODE_ITEM:
            append(ListItem(children: frame.blocks, range: range))
        case CMARK_NODE_CUSTOM_BLOCK:
            append(.customBlock(CustomBlock(onEnter: Self.string(cmark_node_get_on_enter(node)), onExit: Self.string(cmark_node_get_on_exit(node)), children: frame.blocks, range: range)))
        case CMARK_NODE_PARAGRAPH:
            append(.paragraph(Paragraph(children: inlines.list(start: firstChild, count: childCount), range: range)))
        case CMARK_NODE_HEADING:
            append(.heading(Heading(level: Int(cmark_node_get_heading_level(node)), children: inlines.list(start: firstChild, count: childCount), range: range)))
        case CMARK_NODE_EMPH:
            append(InlineRecord(kind: .emphasis, range: range, first: firstChild, count: childCount))
        case CMARK_NODE_STRONG:
            append(InlineRecord(kind: .strong, range: range, first: firstChild, count: childCount))
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let strings = inlines.appendString(Self.string(cmark_node_get_url(node)))
            _ = inlines.appendString(Self.string(cmark_node_get_title(node)))
            append(InlineRecord(kind: type == CMARK_NODE_LINK ? .link : .image, range: range, first: firstChild, count: childCount, string: strings))
        default:
            let strings = inlines.appendString(Self.string(cmark_node_get_on_enter(node)))
            _ = inlines.appendString(Self.string(cmark_node_get_on_exit(node)))
            append(InlineRecord(kind: .customInline, range: range, first: firstChild, count: childCount, string: strings))
        }
    }

    /// cmark positions are 1-based with an inclusive end column; 0 means "unknown". A block
    /// closed at a blank line is corrected (`CmarkPositionRepairs.blockEndBeforeBlankLine`).
    ///
    /// Lines are shifted by `lineOffset`, except the document's start, which is always 1:1.
    private func range(of node: OpaquePointer, isDocument: Bool = false) -> SourceRange? {
        var startLine = Int(cmark_node_get_start_line(node))
        let startColumn = Int(cmark_node_get_start_column(node))
        guard startLine > 0, startColumn > 0 else { return nil }
        var endLine = Int(cmark_node_get_end_line(node))
        let endColumn = Int(cmark_node_get_end_column(node))
        if lineOffset > 0 {
            if !isDocument { startLine += lineOffset }
            if endLine > 0 { endLine += lineOffset }
        }
        let lower = SourceLocation(line: startLine, column: startColumn)
        guard endLine > 0 else { return SourceRange(lower, lower) }
        if endColumn == 0, endLine > startLine {
            return SourceRange(lower, CmarkPositionRepairs.blockEndBeforeBlankLine(startLine: startLine, endLine: endLine, in: source))
        }
        return SourceRange(lower, SourceLocation(line: endLine, column: endColumn + 1))
    }

    private static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    /// A text node, its literal copied into the document's literal bytes.
    private mutating func textNode(_ node: OpaquePointer) -> InlineRecord {
        let bytes = cmark_node_get_literal(node).map { UnsafeRawBufferPointer(start: $0, count: ByteSearch.cStringLength($0)) }
            ?? UnsafeRawBufferPointer(start: nil, count: 0)
        let offset = inlines.appendLiteral(bytes)
        let range = CmarkPositionRepairs.textEndBeforeBreakSpaces(inlineRange(of: node), lastLiteralByte: bytes.last, in: source)
        return InlineRecord(kind: .text, range: range, first: offset, count: bytes.count)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
