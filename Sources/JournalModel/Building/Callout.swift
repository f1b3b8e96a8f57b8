import MarkdownSyntax

/// An Obsidian callout: a block quote whose first line is `[!type]`, then an optional fold
/// (`+`/`-`) and title (`> [!note] From therapy`, `> [!warning]-`).
///
/// In a journal a callout is the writer's own text in a box, so its lines are read as theirs:
/// fields, tags, evidence and prose (docs/format.md, "Callouts"). Only `[!quote]` and `[!cite]`,
/// Obsidian's callouts for quoting, stay quoted words like a plain `>` quote.
enum Callout {
    /// The callout marker of `quote` (source offsets of `[!type]` and its fold), and whether the
    /// type quotes someone; `nil` when the quote is no callout.
    static func marker(of quote: BlockQuote, in source: SourceText) -> (range: Range<Int>, isQuote: Bool)? {
        guard case .paragraph(let paragraph)? = quote.children.first, let range = paragraph.range else { return nil }
        let bytes = source.bytes
        let start = source.offset(of: range.lowerBound)
        let lineEnd = source.byteRange(ofLine: range.lowerBound.line).upperBound
        guard start + 3 < lineEnd, bytes[start] == UInt8(ascii: "["), bytes[start + 1] == UInt8(ascii: "!") else { return nil }
        var cursor = start + 2
        while cursor < lineEnd, isTypeByte(bytes[cursor]) { cursor += 1 }
        guard cursor > start + 2, cursor < lineEnd, bytes[cursor] == UInt8(ascii: "]") else { return nil }
        let type = bytes[(start + 2)..<cursor]
        cursor += 1
        if cursor < lineEnd, bytes[cursor] == UInt8(ascii: "-") || bytes[cursor] == UInt8(ascii: "+") { cursor += 1 }
        guard cursor == lineEnd || bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") else { return nil }
        let isQuote = ASCIIBytes.equalsIgnoringCase(type, "quote") || ASCIIBytes.equalsIgnoringCase(type, "cite")
        return (start..<cursor, isQuote)
    }

    /// Letters, digits, `-` and `_`: what Obsidian's callout types (and custom ones) are made of.
    private static func isTypeByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}
