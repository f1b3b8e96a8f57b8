import Foundation

/// A fresh folder under the system's temporary folder, removed when the value is released.
/// Each test makes its own, so tests can run in parallel without seeing each other's files.
public final class TemporaryFolder: Sendable {
    public let path: String

    public init() throws {
        var template = Array((NSTemporaryDirectory() + "/steady-test-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        // Resolve /tmp -> /private/tmp and the like, so expected absolute paths compare equal.
        path = URL(fileURLWithPath: String(cString: created)).resolvingSymlinksInPath().path
    }

    deinit {
        // Restore permissions a test may have removed, so the folder can be deleted.
        if let enumerator = FileManager.default.enumerator(atPath: path) {
            for case let relative as String in enumerator {
                chmod(path + "/" + relative, 0o755)
            }
        }
        chmod(path, 0o755)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Creates a file (and its folders) with the given content — by default a one-line journal;
    /// returns its absolute path.
    @discardableResult
    public func file(_ relative: String, _ content: String = "# 2026-11-20\n") throws -> String {
        try file(relative, bytes: Array(content.utf8))
    }

    @discardableResult
    public func file(_ relative: String, bytes: [UInt8]) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: full, contents: Data(bytes)) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return full
    }

    @discardableResult
    public func folder(_ relative: String) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        return full
    }

    public func symbolicLink(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path + "/" + relative, withDestinationPath: destination)
    }

    /// The text of a file in the folder.
    public func contents(_ relative: String) throws -> String {
        try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }

    /// The names in the folder, sorted.
    public func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}
