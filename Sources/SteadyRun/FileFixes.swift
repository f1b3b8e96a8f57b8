import JournalLint

/// The fixes a lint report asks for in one file, with the bytes they apply to.
public struct FileFixes: Sendable {
    public let path: String
    /// The file's bytes as linted.
    public let bytes: [UInt8]
    public let fixes: [Fix]
}
