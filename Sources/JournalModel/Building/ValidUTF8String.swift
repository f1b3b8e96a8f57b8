extension String {
    /// A string of `bytes`, which the caller knows to be valid UTF-8, made without validating
    /// them again: `String(decoding:as:)` re-validates every byte (~200 instructions for a
    /// paragraph of prose), and the literals the model is built from were made valid when the
    /// file was read (`UTF8Repair`), and cmark splits and decodes them only at whole characters.
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
