/// The bytes of one journal file, read whole, and what is wrong with their encoding.
public struct JournalFileContents: Sendable {
    /// Where the bytes came from.
    public let source: JournalSource
    /// The whole file, byte for byte (no BOM removed, no line endings changed).
    public let bytes: [UInt8]
    /// Every invalid UTF-8 sequence, in order; empty for valid text.
    public let invalidUTF8: [InvalidUTF8Sequence]

    public init(source: JournalSource, bytes: [UInt8], invalidUTF8: [InvalidUTF8Sequence]) {
        self.source = source
        self.bytes = bytes
        self.invalidUTF8 = invalidUTF8
    }

    /// Whether the bytes are valid UTF-8 throughout.
    public var isValidUTF8: Bool { invalidUTF8.isEmpty }
}
