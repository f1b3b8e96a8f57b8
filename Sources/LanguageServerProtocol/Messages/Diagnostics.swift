public struct Diagnostic: Codable, Sendable, Hashable {
    public var range: TextRange
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int
    /// The rule id: stable, for filters and suppressions.
    public var code: String
    public var codeDescription: CodeDescription?
    public var source: String
    public var message: String

    public init(range: TextRange, severity: Int, code: String, codeDescription: CodeDescription? = nil, source: String, message: String) {
        self.range = range
        self.severity = severity
        self.code = code
        self.codeDescription = codeDescription
        self.source = source
        self.message = message
    }

    public struct CodeDescription: Codable, Sendable, Hashable {
        public var href: String
        public init(href: String) { self.href = href }
    }
}

public struct PublishDiagnosticsParams: Codable, Sendable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [Diagnostic]
    public init(uri: String, version: Int?, diagnostics: [Diagnostic]) {
        self.uri = uri
        self.version = version
        self.diagnostics = diagnostics
    }
}

/// The answer to `textDocument/diagnostic` (always a full report).
public struct FullDocumentDiagnosticReport: Codable, Sendable {
    public var kind = "full"
    public var items: [Diagnostic]
    public init(items: [Diagnostic]) { self.items = items }
}
