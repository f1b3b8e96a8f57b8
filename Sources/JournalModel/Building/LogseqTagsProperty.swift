import MarkdownSyntax

/// Logseq's `tags::` property (`tags:: work, anxious`, `tags:: [[work]], [[anxious attachment]]`)
/// in a Logseq journal: its values are tags of the entry, as a daily note's front-matter `tags:`
/// are of its day (a Logseq journal is one entry). Values are separated by commas; a page link's
/// brackets are syntax, and a space inside a name is written `-` (`anxious-attachment`), as a
/// tag cannot hold one. A value written `#work` is a tag already (`TagScanner` reads it).
enum LogseqTagsProperty {
    /// Adds the tags of the property line at `start`, if its key is `tags` (any case).
    @inline(never)  // Logseq journals only: kept out of `readLines`
    static func read(source: SourceText, start: SourceLocation, into tags: inout [Tag]) {
        let line = source.line(start.line)
        let keyStart = line.startIndex + max(0, start.column - 1)
        guard keyStart + 6 <= line.endIndex, ASCIIBytes.equalsIgnoringCase(line[keyStart..<(keyStart + 4)], "tags"),
              line[keyStart + 4] == UInt8(ascii: ":"), line[keyStart + 5] == UInt8(ascii: ":") else { return }
        var cursor = keyStart + 6
        while cursor <= line.endIndex {
            let end = line[cursor...].firstIndex(of: UInt8(ascii: ",")) ?? line.endIndex
            add(line[cursor..<end], lineStart: line.startIndex, line: start.line, into: &tags)
            cursor = end + 1
        }
    }

    private static func add(_ written: ArraySlice<UInt8>, lineStart: Int, line: Int, into tags: inout [Tag]) {
        var value = written
        func trim() {
            while let first = value.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { value = value.dropFirst() }
            while let last = value.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { value = value.dropLast() }
        }
        trim()
        guard let first = value.first, first != UInt8(ascii: "#") else { return }
        let range = SourceRange(line: line, column: value.startIndex - lineStart + 1, length: value.count)
        if value.starts(with: "[[".utf8), value.count > 4, value.suffix(2).elementsEqual("]]".utf8) {
            value = value.dropFirst(2).dropLast(2)
            trim()
        }
        let name = String(decoding: value, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: "-")
        guard TagRules.isValidName(Substring(name)) else { return }
        tags.append(Tag(name: name.lowercased(), range: range))
    }
}
