/// A CommonMark inline node. Each case wraps an immutable value type of its own.
public enum Inline: Sendable, Hashable {
    case text(Text)
    case softBreak(SoftBreak)
    case lineBreak(LineBreak)
    case code(InlineCode)
    case html(InlineHTML)
    case customInline(CustomInline)
    case emphasis(Emphasis)
    case strong(Strong)
    case link(Link)
    case image(Image)

    /// Where the inline is in the source; `nil` for breaks, which cmark does not position.
    public var range: SourceRange? {
        switch self {
        case .text(let node): node.range
        case .softBreak, .lineBreak: nil
        case .code(let node): node.range
        case .html(let node): node.range
        case .customInline(let node): node.range
        case .emphasis(let node): node.range
        case .strong(let node): node.range
        case .link(let node): node.range
        case .image(let node): node.range
        }
    }

    /// The inline's children, for containers; empty for leaves.
    public var children: InlineList {
        switch self {
        case .emphasis(let node): node.children
        case .strong(let node): node.children
        case .link(let node): node.children
        case .image(let node): node.children
        case .customInline(let node): node.children
        case .text, .softBreak, .lineBreak, .code, .html: InlineList()
        }
    }

    /// The text a reader sees: literals of text and code, breaks as spaces, markup dropped.
    public var plainText: String {
        var text = ""
        appendPlainText(to: &text)
        return text
    }

    /// Appends the plain text to `text` (one buffer for a whole heading, not one string per node).
    func appendPlainText(to text: inout String) {
        switch self {
        case .text(let node): text += node.literal
        case .code(let node): text += node.literal
        case .softBreak, .lineBreak: text += " "
        case .html: break
        default: children.appendPlainText(to: &text)
        }
    }
}

extension InlineList {
    /// Appends the plain text of the list, containers walked with a worklist (emphasis and
    /// images can nest 100,000 deep).
    func appendPlainText(to text: inout String) {
        var pending: [(list: InlineList, next: Int)] = [(self, 0)]
        while let (list, next) = pending.popLast() {
            guard next < list.count else { continue }
            pending.append((list, next + 1))
            switch list[next] {
            case .text(let node): text += node.literal
            case .code(let node): text += node.literal
            case .softBreak, .lineBreak: text += " "
            case .html: break
            case let container: pending.append((container.children, 0))
            }
        }
    }
}

extension Collection where Element == Inline {
    /// The concatenated plain text of the inlines.
    public var plainText: String {
        if count == 1, case .text(let node) = first { return node.literal }
        var text = ""
        for inline in self { inline.appendPlainText(to: &text) }
        return text
    }
}
