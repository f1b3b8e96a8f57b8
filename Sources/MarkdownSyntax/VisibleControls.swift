/// Terminal safety for the writer's words and file names: control characters shown, never sent.
///
/// A journal line or a file name can hold escape sequences (OSC 52 writes the clipboard, OSC 0 the
/// window title, `ESC[2J` clears the screen) or a carriage return that overwrites what was printed.
/// Every human-readable output (text reporter, `parse --format tree`, GitHub annotations, the text
/// and Markdown summaries, error messages) passes such strings through here; JSON and SARIF keep
/// the exact text, escaped by their own rules.
///
/// It lives in `MarkdownSyntax` because that is the lowest module every printer imports
/// (`JournalModel`, `JournalLint`, `JournalAnalysis`, `steady`); it needs nothing from Markdown.
extension String {
    /// The text with C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls (U+0080–U+009F)
    /// written as `\u{1B}`-style notation. Tab is kept (it only moves the cursor right; the text
    /// reporter turns it into spaces to keep its caret aligned).
    /// - Parameter keepingLineBreaks: keep LF and CR LF (for multi-line messages); a CR that does not
    ///   start a CR LF is always shown, as it would send the cursor back over the line.
    public func withVisibleControls(keepingLineBreaks: Bool = false) -> String {
        guard needsVisibleControls(keepingLineBreaks: keepingLineBreaks) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count + 16)
        let scalars = Array(unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
            var keep = !isControl || scalar == "\t"
            if keepingLineBreaks {
                if scalar == "\n" { keep = true }
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { keep = true }
            }
            if keep {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\u{" + String(value, radix: 16, uppercase: true).leftPadded(to: 2) + "}"
            }
        }
        return out
    }

    /// A byte scan over contiguous storage, so the common case (no controls) costs no allocation.
    private func needsVisibleControls(keepingLineBreaks: Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { Self.holdsControls($0, keepingLineBreaks: keepingLineBreaks) }
            ?? Self.holdsControls(Array(utf8), keepingLineBreaks: keepingLineBreaks)
    }

    /// Whether `bytes` hold a byte `withVisibleControls` would rewrite. With line breaks kept,
    /// any CR sends the text to the slow path, which tells CR LF from a lone CR.
    private static func holdsControls(_ bytes: some RandomAccessCollection<UInt8>, keepingLineBreaks: Bool) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 {
                if byte != 0x09 && !(keepingLineBreaks && byte == 0x0A) { return true }
            } else if byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) {
                // C1 controls are U+0080–U+009F: C2 80 … C2 9F in UTF-8.
                return true
            }
            previous = byte
        }
        return false
    }

    private func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
