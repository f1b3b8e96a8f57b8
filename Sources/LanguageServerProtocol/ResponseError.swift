/// A JSON-RPC error object, with the codes the LSP specification names.
public struct ResponseError: Error, Codable, Sendable, Hashable {
    public let code: Int
    public let message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static func parseError(_ message: String) -> Self { Self(code: -32700, message: message) }
    public static func invalidRequest(_ message: String) -> Self { Self(code: -32600, message: message) }
    public static func methodNotFound(_ method: String) -> Self { Self(code: -32601, message: "method not found: \(method)") }
    public static func invalidParams(_ message: String) -> Self { Self(code: -32602, message: message) }
    public static func internalError(_ message: String) -> Self { Self(code: -32603, message: message) }
    /// A request before `initialize`.
    public static let serverNotInitialized = Self(code: -32002, message: "the server has not been initialized")
    /// A request the client cancelled with `$/cancelRequest` before it was answered.
    public static let requestCancelled = Self(code: -32800, message: "request cancelled")
}
