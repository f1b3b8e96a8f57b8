import MarkdownSyntax

/// The `tags:` of a file's front matter, as Obsidian and other notes apps write them:
/// `tags: [anxious, work]`, `tags: anxious, work`, `tags: anxious work`, or a list below
/// (`  - anxious`), with or without `#`. In a daily note they are tags of its day (of each of
/// its entries); other files' front matter classifies the file and is not read for tags.
/// `tag:` is read the same way.
enum FrontMatterTags {
    static func tags(in frontMatter: FrontMatter, source: SourceText) -> [Tag] {
        var tags: [Tag] = []
        var inList = false
        // The front matter starts on line 2 (line 1 is `---`).
        let lastLine = frontMatter.range.upperBound.line - 1
        guard lastLine >= 2 else { return [] }
        for number in 2...lastLine {
            // Outside a list only a line starting `tag` can hold tags: the others are passed
            // over on their first byte, before any string is made (a front matter of many keys).
            if !inList, let first = source.line(number).first, first | 0x20 != UInt8(ascii: "t") { continue }
            let line = source.lineString(number)
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if inList {
                if trimmed.hasPrefix("- ") {
                    add(trimmed.dropFirst(2), line: line, number: number, into: &tags)
                    continue
                }
                if trimmed.isEmpty { continue }
                inList = false
            }
            guard line.first != " ", line.first != "\t" else { continue }
            let lower = line.lowercased()
            guard lower.hasPrefix("tags:") || lower.hasPrefix("tag:") else { continue }
            let value = line.drop { $0 != ":" }.dropFirst()
            if value.allSatisfy({ $0 == " " || $0 == "\t" }) {
                inList = true
                continue
            }
            for word in words(of: value) {
                add(word, line: line, number: number, into: &tags)
            }
        }
        return tags
    }

    /// The words of a `tags:` value, split at spaces, tabs, commas and brackets. An ASCII value
    /// is split on its bytes, where each byte is a character: splitting on characters costs
    /// several times more (grapheme breaking). Elsewhere a separator followed by a combining
    /// mark is one character with it, as the writer's editor shows it, and no separator.
    private static func words(of value: Substring) -> [Substring] {
        func isSeparator(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ",")
                || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
        }
        guard ASCIIBytes.isASCII(value.utf8) else {
            return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "[" || $0 == "]" })
        }
        return value.utf8.split(whereSeparator: isSeparator).map { Substring($0) }
    }

    private static func add(_ written: Substring, line: String, number: Int, into tags: inout [Tag]) {
        var name = written.drop { $0 == "#" || $0 == "\"" || $0 == "'" }
        while let last = name.last, last == "\"" || last == "'" || last == " " || last == "/" { name = name.dropLast() }
        guard TagRules.isValidName(name) else { return }
        let column = line.utf8.distance(from: line.utf8.startIndex, to: written.utf8.startIndex) + 1
        tags.append(Tag(name: name.lowercased(), range: SourceRange(line: number, column: column, length: written.utf8.count)))
    }
}

/// What a tag name may be, as Obsidian has it: letters (any script), digits, `-`, `_`, `/`;
/// digits are allowed but a name may not be only digits (`#1984` is a number, `#y2k` a tag).
enum TagRules {
    static func isValidName(_ name: Substring) -> Bool {
        guard !name.isEmpty else { return false }
        // An ASCII name on its bytes: `Character.isLetter` looks up Unicode properties.
        if ASCIIBytes.isASCII(name.utf8) {
            var hasNonDigit = false
            for byte in name.utf8 {
                if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "-")
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "/") {
                    hasNonDigit = true
                } else if byte < 0x30 || byte > 0x39 {
                    return false
                }
            }
            return hasNonDigit
        }
        var hasNonDigit = false
        for character in name {
            if character.isLetter || character == "-" || character == "_" || character == "/" {
                hasNonDigit = true
            } else if !character.isNumber {
                return false
            }
        }
        return hasNonDigit
    }
}
