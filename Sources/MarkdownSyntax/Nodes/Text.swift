/// Literal text. The literal has escapes and entities resolved, so it is not always the source.
///
/// The literal's bytes live in the storage shared by the document's inline nodes (see
/// `InlineStorage`); `literal` makes a `String` of them on request, and `withLiteralUTF8` reads
/// them without one.
public struct Text: Sendable, Hashable {
    @usableFromInline let storage: InlineStorage
    @usableFromInline let offset: Int
    /// The UTF-8 length of the literal.
    public let literalUTF8Count: Int
    public let range: SourceRange?

    public init(literal: String, range: SourceRange?) {
        var literal = literal
        storage = literal.withUTF8 { InlineStorage(literal: UnsafeRawBufferPointer($0)) }
        offset = 0
        literalUTF8Count = literal.utf8.count
        self.range = range
    }

    /// A text node whose literal is already in `storage` at `offset`. `offset..<offset + count`
    /// must lie within the storage's literal bytes (the reads below do not check it): it does
    /// for a record's `first` and `count`, which are where `LiteralBuffer.append` put the bytes.
    init(storage: InlineStorage, offset: Int, count: Int, range: SourceRange?) {
        self.storage = storage
        self.offset = offset
        self.literalUTF8Count = count
        self.range = range
    }

    /// The literal (a new string on each call: read it once).
    public var literal: String {
        withExtendedLifetime(storage) { String(decoding: literalBuffer, as: UTF8.self) }
    }

    /// Calls `body` with the literal's UTF-8 bytes, which it cannot keep (a `Span` does not
    /// escape the call). Inlinable so that callers in other modules get it specialized.
    @inlinable
    public func withLiteralUTF8<Result>(_ body: (Span<UInt8>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) {
            try body(literalBuffer.span)
        }
    }

    /// The literal's bytes without retaining their storage: valid only while `storage` is.
    @usableFromInline var literalBuffer: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage.literalBase.map { $0 + offset }, count: literalUTF8Count)
    }

    /// Equal when the literals (as strings) and the ranges are, as when the literal was a
    /// stored `String`.
    public static func == (lhs: Text, rhs: Text) -> Bool {
        lhs.range == rhs.range && lhs.literal == rhs.literal
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(literal)
        hasher.combine(range)
    }
}
