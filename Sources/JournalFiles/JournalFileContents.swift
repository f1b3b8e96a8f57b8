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
}
