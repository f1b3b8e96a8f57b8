/// `initialize`: what the client is and can do. Only what Steady reads is decoded.
public struct InitializeParams: Codable, Sendable {
    public var processId: Int?
    public var rootUri: String?
    public var capabilities: ClientCapabilities
    public var initializationOptions: InitializationOptions?
    public var workspaceFolders: [WorkspaceFolder]?

    public init(rootUri: String? = nil, capabilities: ClientCapabilities = ClientCapabilities(),
                initializationOptions: InitializationOptions? = nil) {
        self.rootUri = rootUri
        self.capabilities = capabilities
        self.initializationOptions = initializationOptions
    }

    /// Leniently: a client's capabilities and options take many shapes across versions, and one
    /// Steady does not expect (an option given as a string) must not refuse the whole start.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        processId = try? container.decodeIfPresent(Int.self, forKey: .processId)
        rootUri = try? container.decodeIfPresent(String.self, forKey: .rootUri)
        capabilities = (try? container.decodeIfPresent(ClientCapabilities.self, forKey: .capabilities)) ?? ClientCapabilities()
        initializationOptions = try? container.decodeIfPresent(InitializationOptions.self, forKey: .initializationOptions)
        workspaceFolders = try? container.decodeIfPresent([WorkspaceFolder].self, forKey: .workspaceFolders)
    }
}

/// Options a client may pass at `initialize` (all optional).
public struct InitializationOptions: Codable, Sendable {
    /// How long to wait after a change before linting, in milliseconds.
    public var debounceMilliseconds: Int?
    /// Where each rule's documentation is: a URL with `{rule}` where the rule id goes, given to
    /// diagnostics as their `codeDescription` link.
    public var ruleDocumentation: String?
    public init(debounceMilliseconds: Int? = nil, ruleDocumentation: String? = nil) {
        self.debounceMilliseconds = debounceMilliseconds
        self.ruleDocumentation = ruleDocumentation
    }

    /// Each option on its own: one of an unexpected shape is left out, not the others with it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        debounceMilliseconds = try? container.decodeIfPresent(Int.self, forKey: .debounceMilliseconds)
        ruleDocumentation = try? container.decodeIfPresent(String.self, forKey: .ruleDocumentation)
    }
}

public struct WorkspaceFolder: Codable, Sendable {
    public var uri: String
    public var name: String
}

public struct ClientCapabilities: Codable, Sendable {
    public var general: General?
    public var textDocument: TextDocument?
    public var workspace: Workspace?

    public init(general: General? = nil, textDocument: TextDocument? = nil, workspace: Workspace? = nil) {
        self.general = general
        self.textDocument = textDocument
        self.workspace = workspace
    }

    public struct General: Codable, Sendable {
        public var positionEncodings: [String]?
        public init(positionEncodings: [String]? = nil) { self.positionEncodings = positionEncodings }
    }

    public struct TextDocument: Codable, Sendable {
        /// Present when the client can pull diagnostics (`textDocument/diagnostic`).
        public var diagnostic: DynamicRegistration?
        public var publishDiagnostics: PublishDiagnostics?
        public init(diagnostic: DynamicRegistration? = nil, publishDiagnostics: PublishDiagnostics? = nil) {
            self.diagnostic = diagnostic
            self.publishDiagnostics = publishDiagnostics
        }
    }

    public struct PublishDiagnostics: Codable, Sendable {
        public var versionSupport: Bool?
        public var codeDescriptionSupport: Bool?
        public init(versionSupport: Bool? = nil, codeDescriptionSupport: Bool? = nil) {
            self.versionSupport = versionSupport
            self.codeDescriptionSupport = codeDescriptionSupport
        }
    }

    public struct Workspace: Codable, Sendable {
        public var didChangeWatchedFiles: DynamicRegistration?
        public init(didChangeWatchedFiles: DynamicRegistration? = nil) { self.didChangeWatchedFiles = didChangeWatchedFiles }
    }

    public struct DynamicRegistration: Codable, Sendable {
        public var dynamicRegistration: Bool?
        public init(dynamicRegistration: Bool? = nil) { self.dynamicRegistration = dynamicRegistration }
    }
}

public struct InitializeResult: Codable, Sendable {
    public var capabilities: ServerCapabilities
    public var serverInfo: ServerInfo

    public init(capabilities: ServerCapabilities, serverInfo: ServerInfo) {
        self.capabilities = capabilities
        self.serverInfo = serverInfo
    }

    public struct ServerInfo: Codable, Sendable {
        public var name: String
        public var version: String
        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }
    }
}

public struct ServerCapabilities: Codable, Sendable {
    public var positionEncoding: PositionEncoding
    public var textDocumentSync: TextDocumentSyncOptions
    public var hoverProvider: Bool
    public var completionProvider: CompletionOptions
    public var codeActionProvider: CodeActionOptions
    public var documentSymbolProvider: Bool
    /// Only when the client can pull diagnostics.
    public var diagnosticProvider: DiagnosticOptions?

    public init(positionEncoding: PositionEncoding, textDocumentSync: TextDocumentSyncOptions, hoverProvider: Bool,
                completionProvider: CompletionOptions, codeActionProvider: CodeActionOptions, documentSymbolProvider: Bool,
                diagnosticProvider: DiagnosticOptions?) {
        self.positionEncoding = positionEncoding
        self.textDocumentSync = textDocumentSync
        self.hoverProvider = hoverProvider
        self.completionProvider = completionProvider
        self.codeActionProvider = codeActionProvider
        self.documentSymbolProvider = documentSymbolProvider
        self.diagnosticProvider = diagnosticProvider
    }

    public struct TextDocumentSyncOptions: Codable, Sendable {
        public var openClose: Bool
        /// 1 full, 2 incremental.
        public var change: Int
        public var save: Bool
        public init(openClose: Bool, change: Int, save: Bool) {
            self.openClose = openClose
            self.change = change
            self.save = save
        }
    }

    public struct CompletionOptions: Codable, Sendable {
        public var triggerCharacters: [String]
        public init(triggerCharacters: [String]) { self.triggerCharacters = triggerCharacters }
    }

    public struct CodeActionOptions: Codable, Sendable {
        public var codeActionKinds: [String]
        public init(codeActionKinds: [String]) { self.codeActionKinds = codeActionKinds }
    }

    public struct DiagnosticOptions: Codable, Sendable {
        public var interFileDependencies: Bool
        public var workspaceDiagnostics: Bool
        public init(interFileDependencies: Bool, workspaceDiagnostics: Bool) {
            self.interFileDependencies = interFileDependencies
            self.workspaceDiagnostics = workspaceDiagnostics
        }
    }
}

/// `$/cancelRequest`.
public struct CancelParams: Codable, Sendable {
    public var id: RequestID
    public init(id: RequestID) { self.id = id }
}

/// An empty object, for `initialized` and requests without parameters.
public struct EmptyObject: Codable, Sendable {
    public init() {}
}
