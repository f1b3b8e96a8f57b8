extension String {
    /// A string of `bytes`, which the caller knows to be valid UTF-8, made without validating
    /// them again: `String(decoding:as:)` re-validates every byte (~200 instructions for a
    /// paragraph of prose). Invalid bytes here would make a broken `String` (undefined
    /// behaviour), so every caller must pass one of these, and nothing else:
    /// - a text node's literal, or literals joined by ASCII spaces: a parsed document's source
    ///   is valid UTF-8 (`MarkdownParser.parse` repairs it first), cmark decodes escapes and
    ///   entities to valid scalars (U+FFFD for a NUL, a surrogate or an out-of-range number) and
    ///   cuts text nodes only at ASCII bytes; a hand-made `Text` holds a `String`'s bytes;
    /// - a document's source bytes (valid: the parser repairs them, and the public
    ///   `Document.init` too) between two cuts each made just after or before an ASCII byte
    ///   (a colon, space, tab, comma or parenthesis, or a line end), which in valid UTF-8 is
    ///   always between whole characters;
    /// - such literal or source bytes trimmed of spaces and tabs (`ASCIIBytes.trimmedSpacesString`).
    /// The ASCII check (a word at a time) is kept: an ASCII string's flag makes later comparing
    /// and hashing take their fast paths, as they do for a validated string.
    init(knownValidUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        // Up to 15 bytes fit in a small string, which `String(decoding:as:)` makes with no
        // allocation and a quick check: cheaper there than the calls below.
        guard bytes.count > 15 else {
            self = String(decoding: bytes, as: UTF8.self)
            return
        }
        var span = UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: false)
        _ = span.checkForASCII()
        self = String(copying: span)
    }
}
