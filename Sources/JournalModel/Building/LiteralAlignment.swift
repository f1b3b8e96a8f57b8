/// Aligns a text node's literal with its source, where backslash escapes (`\&`) and entities
/// (`&amp;`) make them differ, so that a claim after them is still pointed at exactly.
enum LiteralAlignment {
    /// The offset in `source` of each byte of `literal`, plus one for its end.
    static func offsets(literal: [UInt8], source: ArraySlice<UInt8>) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(literal.count + 1)
        let base = source.startIndex
        var i = base
        var j = 0
        while j < literal.count {
            guard i < source.endIndex else {
                offsets.append(source.count)
                j += 1
                continue
            }
            let byte = source[i]
            if byte == UInt8(ascii: "&"), let end = entityEnd(source, from: i) {
                // An entity becomes one character: all its bytes map to the entity's start.
                let width = scalarWidth(literal[j])
                for _ in 0..<width where j < literal.count {
                    offsets.append(i - base)
                    j += 1
                }
                i = end
            } else if byte == literal[j] {
                offsets.append(i - base)
                i += 1
                j += 1
            } else if byte == UInt8(ascii: "\\"), i + 1 < source.endIndex, source[i + 1] == literal[j] {
                i += 1 // the escape's backslash stands for nothing in the literal
            } else {
                offsets.append(i - base)
                i += 1
                j += 1
            }
        }
        offsets.append(i - base)
        return offsets
    }

    /// The index just past `&name;` / `&#123;` / `&#x1F;` starting at `start`, if it is one.
    private static func entityEnd(_ source: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start + 1
        while index < source.endIndex, index - start <= 32 {
            let byte = source[index]
            if byte == UInt8(ascii: ";") { return index > start + 1 ? index + 1 : nil }
            let isNameByte = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "#")
            guard isNameByte else { return nil }
            index += 1
        }
        return nil
    }

    private static func scalarWidth(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }
}
