/// Counts the YAML aliases (`*name`) in a configuration's text before Yams builds its tree.
///
/// Yams resolves an alias by sharing the anchored node, so a few hundred bytes of nested aliases
/// stand for billions of nodes; its duplicate-key check then hashes them all (a 497-byte file hung
/// every command) and `config --explain` wrote them all out. Steady's settings never need more
/// than a few aliases, so more than `limit` is refused before parsing, at the first one too many.
///
/// A light lexer, not a YAML parser: it skips comments and quoted scalars and counts a `*` that
/// starts a node (at the start of a line, or after `-`, `:`, `?`, `[`, `{` or `,`). It can only
/// count too many (a `*` at the start of a plain scalar's continuation line), never too few.
struct YAMLAliasScan {
    /// Aliases a configuration may use.
    static let limit = 10

    /// Bytes after which a node may start.
    private static let nodeOpeners = [UInt8]("-:?[{,".utf8)

    /// How many aliases the text holds, and where the first one and the one past `limit` are.
    private(set) var count = 0
    private(set) var first: (line: Int, column: Int)?
    private(set) var firstPastLimit: (line: Int, column: Int)?

    init(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.append(0x0A)
        var index = 0, line = 1, lineStart = 0
        // The last byte that was not a space or tab on this line; nil at the line's start.
        var lastSignificant: UInt8?
        var lastSignificantIndex = 0
        // While inside a block scalar (`|` or `>`): the indentation of the line that opened it.
        // Its more indented lines are text ("* call someone"), not nodes.
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
            let afterSpace = index == lineStart || isSpace(bytes[index - 1])
            let opensNode = lastSignificant.map { Self.nodeOpeners.contains($0) } ?? true
            switch byte {
            case 0x0A:
                if lastSignificant != nil, Self.endsWithBlockIndicator(bytes, at: lastSignificantIndex) {
                    blockParentIndent = indentation(from: lineStart)
                }
                line += 1
                lineStart = index + 1
                lastSignificant = nil
                index += 1
                continue
            case UInt8(ascii: "#") where afterSpace:
                while bytes[index] != 0x0A { index += 1 }
                continue
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                guard afterSpace || opensNode else { break }
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
                index += 1
                continue
            case UInt8(ascii: "*") where (afterSpace || [UInt8]("[{,".utf8).contains(bytes[index - 1])) && opensNode:
                count += 1
                let place = (line, index - lineStart + 1)
                if first == nil { first = place }
                if count == Self.limit + 1 { firstPastLimit = place }
            default:
                break
            }
            if !isSpace(byte) { lastSignificant = byte; lastSignificantIndex = index }
            index += 1
        }
    }

    /// Whether the word ending at `end` is a block scalar header: `|` or `>`, then chomping and
    /// indentation indicators (`|-`, `>+`, `|2`), after a space.
    private static func endsWithBlockIndicator(_ bytes: [UInt8], at end: Int) -> Bool {
        var start = end
        while start > 0, bytes[start - 1] != 0x20, bytes[start - 1] != 0x09, bytes[start - 1] != 0x0A { start -= 1 }
        guard bytes[start] == UInt8(ascii: "|") || bytes[start] == UInt8(ascii: ">") else { return false }
        return bytes[(start + 1)..<(end + 1)].allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || (0x30...0x39).contains($0) }
    }
}
