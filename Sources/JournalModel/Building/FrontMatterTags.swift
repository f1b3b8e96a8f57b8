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
            for word in value.split(whereSeparator: { " \t,[]".contains($0) }) {
                add(word, line: line, number: number, into: &tags)
            }
        }
        return tags
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
