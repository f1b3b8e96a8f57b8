extension String {
    /// A string of `bytes`, which the caller knows to be valid UTF-8, made without validating
    /// them again (`String(decoding:as:)` re-validates every byte). Invalid bytes here would make
    /// a broken `String` (undefined behaviour), so every caller must pass bytes whose validity
    /// `RepairedUTF8` established, and nothing else:
    /// - a document's source bytes (`SourceText.isKnownValidUTF8`) cut between whole characters
    ///   (`SourceText.string(in:)` checks the cut; the journal builder cuts just after or before
    ///   an ASCII byte: a colon, space, tab, comma or parenthesis, or a line end);
    /// - a text node's literal, or literals joined by ASCII spaces: cmark, given valid UTF-8,
    ///   decodes escapes and entities to valid scalars (U+FFFD for a NUL, a surrogate or an
    ///   out-of-range number) and cuts text nodes only at ASCII bytes; a hand-made `Text` holds a
    ///   `String`'s bytes;
    /// - such literal or source bytes trimmed of spaces and tabs.
    /// `package`, not public: only Steady's own modules, which keep to the list above, may call it.
    /// The ASCII check is kept: an ASCII string's flag makes later comparing and hashing take
    /// their fast paths, as they do for a validated string.
    package init(knownValidUTF8 bytes: UnsafeBufferPointer<UInt8>) {
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
