import Foundation

/// Where the server tells what it does: standard error, which editors keep as the server's log.
///
/// Privacy: callers pass only Steady's own words, method names, counts and paths — never the
/// journal's text, which no message the server logs is built from.
struct ServerLog: Sendable {
    let write: @Sendable (String) -> Void

    static let standardError = ServerLog { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    static let silent = ServerLog { _ in }

    func info(_ message: String) { write("steady lsp: " + message) }
    func warning(_ message: String) { write("steady lsp: warning: " + message) }
}
