public struct CodeActionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var range: TextRange
    public var context: Context

    public init(textDocument: TextDocumentIdentifier, range: TextRange, context: Context = Context(diagnostics: [])) {
        self.textDocument = textDocument
        self.range = range
        self.context = context
    }

    public struct Context: Codable, Sendable {
        public var diagnostics: [Diagnostic]
        public var only: [String]?
        public init(diagnostics: [Diagnostic], only: [String]? = nil) {
            self.diagnostics = diagnostics
            self.only = only
        }

        /// Leniently: clients echo diagnostics back in their own shape (a numeric code, no
        /// source); Steady finds its findings by range, so such a list is read as empty.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            diagnostics = (try? container.decodeIfPresent([Diagnostic].self, forKey: .diagnostics)) ?? []
            only = try? container.decodeIfPresent([String].self, forKey: .only)
        }
    }
}

/// A quick fix: a title and a plain `WorkspaceEdit`, which every client applies itself
/// (no server-side command to run).
public struct CodeAction: Codable, Sendable, Hashable {
    public var title: String
    public var kind: String
    public var diagnostics: [Diagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit

    public init(title: String, kind: String = "quickfix", diagnostics: [Diagnostic]? = nil, isPreferred: Bool? = nil, edit: WorkspaceEdit) {
        self.title = title
        self.kind = kind
        self.diagnostics = diagnostics
        self.isPreferred = isPreferred
        self.edit = edit
    }
}

public struct WorkspaceEdit: Codable, Sendable, Hashable {
    /// Edits per document URI.
    public var changes: [String: [TextEdit]]
    public init(changes: [String: [TextEdit]]) { self.changes = changes }
}
