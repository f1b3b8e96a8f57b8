import MarkdownSyntax

/// Applies fixes to a file's bytes. Insertions only: every original byte is kept, in order.
public enum FixApplier {
    /// The bytes with `fixes` inserted, using the file's own line ending (`\n` or `\r\n`).
    public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> [UInt8] {
        guard !fixes.isEmpty else { return bytes }
        let source = SourceText(bytes: bytes)
        let usesCRLF = bytes.firstIndex(of: UInt8(ascii: "\n")).map { $0 > 0 && bytes[$0 - 1] == UInt8(ascii: "\r") } ?? false
        let newline: [UInt8] = usesCRLF ? [0x0D, 0x0A] : [0x0A]
        var byLine: [Int: [Fix]] = [:]
        for fix in fixes { byLine[fix.afterLine, default: []].append(fix) }

        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + fixes.count * 200)
        for line in 1...source.lineCount {
            let start = source.lineStarts[line - 1]
            let end = line < source.lineCount ? source.lineStarts[line] : bytes.count
            output += bytes[start..<end]
            guard let inserts = byLine[line] else { continue }
            if end == bytes.count, !(bytes.last == UInt8(ascii: "\n")) { output += newline }
            for fix in inserts {
                for text in fix.lines { output += Array(text.utf8) + newline }
            }
        }
        return output
    }
}
