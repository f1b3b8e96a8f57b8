/// Byte columns to code-point columns (SARIF's), going on from the last column asked on the same
/// line rather than counting from the line's start each time: a one-paragraph journal has
/// thousands of findings on one line, and counting each from the start made `--format sarif`
/// quadratic (an 815 KB line: 17 s; found by the fuzzer, docs/reliability.md).
struct CodePointColumns {
    private var path = ""
    private var line = 0
    private var byte = 0
    private var count = 0

    /// The 1-based code-point column of the 1-based byte column `byteColumn` (clamped to the
    /// line) in `text`, the line `line` of `path`.
    mutating func column(_ byteColumn: Int, in text: String, path: String, line: Int) -> Int {
        if path != self.path || line != self.line || byteColumn - 1 < byte {
            (self.path, self.line, byte, count) = (path, line, 0, 0)
        }
        var text = text
        return text.withUTF8 { bytes in
            let prefix = min(max(byteColumn - 1, 0), bytes.count)
            // In valid UTF-8 (a String's), each code point has one byte that is not a
            // continuation byte; a prefix cut inside a character counts that character once,
            // as decoding it does (one replacement character).
            for index in min(byte, prefix)..<prefix where bytes[index] & 0xC0 != 0x80 { count += 1 }
            byte = max(byte, prefix)
            return count + 1
        }
    }
}
