/// Counts the YAML aliases (`*name`) in a configuration's text before Yams builds its tree.
///
/// Yams resolves an alias by sharing the anchored node, so a few hundred bytes of nested aliases
/// stand for billions of nodes; its duplicate-key check then hashes them all (a 497-byte file hung
/// every command) and `config --explain` wrote them all out. Steady's settings never need more
/// than a few aliases, so more than `limit` is refused before parsing, at the first one too many.
///
/// A light lexer, not a YAML parser: it skips comments, quoted scalars and block scalars' text,
/// and counts a `*` that may start a node (at a line's start, or after a space or a flow
/// indicator that follows `-`, `:`, `?`, `[`, `{` or `,`). Whatever it cannot tell apart it
/// counts or reads on, so it may count too many (a `*` at the start of a plain scalar's
/// continuation line) but never skips an alias: a quote opens a scalar only where a node starts
/// (`don 't` is plain text, and so is a continuation line starting with a quote), anchors and
/// tags before a node are stepped over (`&m "…"`), `:` ends a key without a space inside flow
/// collections (`{"a":*b}`), and a block scalar's text is only what is more indented than the
/// word before its `|` or `>` (`- a: |` then `  b: *x` is a key of `a`'s mapping, not text).
struct YAMLAliasScan {
    /// Aliases a configuration may use.
    static let limit = 10

    /// Bytes after which a node may start.
    private static let nodeOpeners = [UInt8]("-:?[{,".utf8)
    /// Flow indicators a node may follow without a space.
    private static let flowOpeners = [UInt8]("[{,".utf8)

    /// How many aliases the text holds, and where the first one and the one past `limit` are.
    private(set) var count = 0
    private(set) var first: (line: Int, column: Int)?
    private(set) var firstPastLimit: (line: Int, column: Int)?

    init(_ text: String) {
        var bytes = Array(text.utf8)
        // YAML ends lines at `\r\n` and a lone `\r` too: the scan reads a CR before LF as a
        // space and a lone CR as LF (a CR is never inside a line, so columns and lines stay).
        for index in bytes.indices where bytes[index] == 0x0D {
            bytes[index] = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 0x20 : 0x0A
        }
        bytes.append(0x0A)
        var index = 0, line = 1, lineStart = 0
        // The last byte that was not a space or tab on this line; nil at the line's start.
        var lastSignificant: UInt8?
        var lastSignificantIndex = 0
        // Whether the last significant byte closed a node (a quote, a flow collection's bracket).
        var lastClosesNode = false
        // Whether the last line with content ended where a node may start or has ended (after
        // `key:`, `-`, `[`, a closing quote or bracket, a block scalar header): if not, a more
        // indented line (any line, in a flow collection) goes on with its plain scalar.
        var previousLineOpensNode = true
        // The indentation of the last line that did not go on with a plain scalar.
        var nodeLineIndent = 0
        var flowDepth = 0
        // While inside a block scalar (`|` or `>`): the column its text must be indented past.
        var blockParentIndent: Int?
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        func indentation(from start: Int) -> Int {
            var end = start
            while bytes[end] == 0x20 { end += 1 }
            return end - start
        }
        while index < bytes.count - 1 {
            let byte = bytes[index]
            if index == lineStart, let parent = blockParentIndent {
                let indent = indentation(from: index)
                if bytes[index + indent] == 0x0A || indent > parent {
                    index += indent
                    while bytes[index] != 0x0A { index += 1 }
                    line += 1
                    lineStart = index + 1
                    index += 1
                    continue
                }
                blockParentIndent = nil
            }
            let previous = index == lineStart ? nil : bytes[index - 1]
            let afterSpace = previous.map(isSpace) ?? true
            let opensNode = lastSignificant.map { Self.nodeOpeners.contains($0) } ?? true
            // Where a node starts for certain: a quoted scalar, an anchor or a tag can only be
            // there. The first thing on a line starts a node unless the line goes on with the
            // plain scalar the last line ended in.
            let startsNode: Bool
            if lastSignificant == nil {
                let indent = index - lineStart
                let continues = !previousLineOpensNode && (flowDepth > 0 || indent > nodeLineIndent)
                startsNode = !continues
            } else {
                startsNode = opensNode && (afterSpace || previous.map { Self.flowOpeners.contains($0) || (flowDepth > 0 && $0 == UInt8(ascii: ":")) } ?? true)
            }
            switch byte {
            case 0x0A:
                if let last = lastSignificant {
                    blockParentIndent = Self.blockScalarParentColumn(bytes, lineStart: lineStart, end: lastSignificantIndex)
                    previousLineOpensNode = Self.nodeOpeners.contains(last) || lastClosesNode || blockParentIndent != nil
                }
                line += 1
                lineStart = index + 1
                lastSignificant = nil
                index += 1
                continue
            case 0x20, 0x09:
                index += 1
                continue
            case UInt8(ascii: "#") where afterSpace:
                while bytes[index] != 0x0A { index += 1 }
                continue
            default:
                break
            }
            if lastSignificant == nil, startsNode {
                nodeLineIndent = index - lineStart
            }
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                guard startsNode else { break }
                // A quoted scalar, which may run over several lines.
                index += 1
                while index < bytes.count - 1 {
                    let inner = bytes[index]
                    if inner == 0x0A { line += 1; lineStart = index + 1 }
                    if byte == UInt8(ascii: "\""), inner == UInt8(ascii: "\\") { index += 2; continue }
                    if inner == byte {
                        if byte == UInt8(ascii: "'"), bytes[index + 1] == byte { index += 2; continue }
                        break
                    }
                    index += 1
                }
                lastSignificant = byte
                lastSignificantIndex = index
                lastClosesNode = true
                index += 1
                continue
            case UInt8(ascii: "&"), UInt8(ascii: "!"):
                guard startsNode else { break }
                // An anchor or a tag: the node itself comes after it.
                while index < bytes.count - 1, !isSpace(bytes[index]), bytes[index] != 0x0A,
                      !(flowDepth > 0 && [UInt8](",[]{}".utf8).contains(bytes[index])) {
                    index += 1
                }
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if startsNode { flowDepth += 1 }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if flowDepth > 0 {
                    flowDepth -= 1
                    lastSignificant = byte
                    lastSignificantIndex = index
                    lastClosesNode = true
                    index += 1
                    continue
                }
            case UInt8(ascii: "*") where opensNode && (afterSpace || previous.map { Self.nodeOpeners.contains($0) } ?? true):
                count += 1
                let place = (line, index - lineStart + 1)
                if first == nil { first = place }
                if count == Self.limit + 1 { firstPastLimit = place }
            default:
                break
            }
            lastSignificant = byte
            lastSignificantIndex = index
            lastClosesNode = false
            index += 1
        }
    }

    /// When the line's last significant byte (at `end`) closes a block scalar header (`|` or
    /// `>`, then chomping and indentation indicators: `|-`, `>+`, `|2`) after a space: the column
    /// of the word before the header (the key or `-` that holds the scalar; no parent can be
    /// indented further), or the header's own column when it starts the line.
    private static func blockScalarParentColumn(_ bytes: [UInt8], lineStart: Int, end: Int) -> Int? {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var start = end
        while start > lineStart, !isSpace(bytes[start - 1]) { start -= 1 }
        guard bytes[start] == UInt8(ascii: "|") || bytes[start] == UInt8(ascii: ">"),
              bytes[(start + 1)..<(end + 1)].allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || (0x30...0x39).contains($0) })
        else { return nil }
        var wordEnd = start
        while wordEnd > lineStart, isSpace(bytes[wordEnd - 1]) { wordEnd -= 1 }
        guard wordEnd > lineStart else { return start - lineStart }
        var wordStart = wordEnd
        while wordStart > lineStart, !isSpace(bytes[wordStart - 1]) { wordStart -= 1 }
        return wordStart - lineStart
    }
}
