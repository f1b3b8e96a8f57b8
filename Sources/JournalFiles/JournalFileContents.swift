/// The bytes of one journal file, read whole.
public struct JournalFileContents: Sendable {
    /// Where the bytes came from.
    public let source: JournalSource
    /// The whole file, byte for byte (no BOM removed, no line endings changed).
    public let bytes: [UInt8]

    public init(source: JournalSource, bytes: [UInt8]) {
        self.source = source
        self.bytes = bytes
    }

    /// Every invalid UTF-8 sequence, in order; empty for valid text. Found on request: the parser
    /// repairs and reports invalid bytes itself, so reading a file does not scan it a second time.
    public var invalidUTF8: [InvalidUTF8Sequence] { invalidUTF8Sequences(in: bytes) }

    /// Whether the bytes are valid UTF-8 throughout.
    public var isValidUTF8: Bool { invalidUTF8.isEmpty }
}
