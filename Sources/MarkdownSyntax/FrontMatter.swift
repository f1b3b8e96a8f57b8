/// A `---` … `---` (or `...`) block on the first lines of a file, as many notes apps write.
public struct FrontMatter: Sendable, Hashable {
    /// The lines between the fences, without them.
    public let text: String
    /// From the opening fence to the end of the closing fence.
    public let range: SourceRange

    /// Finds front matter in `source`: the first line is exactly `---` and a later line is `---`
    /// or `...`. Returns the front matter and the line number of the closing fence.
    package static func detect(in source: SourceText) -> (FrontMatter, closingLine: Int)? {
        guard source.lineCount >= 2, isFence(source.line(1), allowDots: false) else { return nil }
        for line in 2...source.lineCount where isFence(source.line(line), allowDots: true) {
            let bodyStart = source.lineStarts[1]
            let bodyEnd = line > 2 ? source.byteRange(ofLine: line - 1).upperBound : bodyStart
            let text = String(decoding: source.bytes[bodyStart..<max(bodyStart, bodyEnd)], as: UTF8.self)
            let closing = source.line(line)
            let range = SourceRange(SourceLocation(line: 1, column: 1), SourceLocation(line: line, column: closing.count + 1))
            return (FrontMatter(text: text, range: range), line)
        }
        return nil
    }

    private static func isFence(_ line: ArraySlice<UInt8>, allowDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmed.removeLast() }
        if trimmed.elementsEqual("---".utf8) { return true }
        return allowDots && trimmed.elementsEqual("...".utf8)
    }
}
