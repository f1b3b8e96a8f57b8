/// A document by its URI.
public struct TextDocumentIdentifier: Codable, Sendable, Hashable {
    public var uri: String
    public init(uri: String) { self.uri = uri }
}

public struct VersionedTextDocumentIdentifier: Codable, Sendable, Hashable {
    public var uri: String
    public var version: Int
    public init(uri: String, version: Int) {
        self.uri = uri
        self.version = version
    }
}

/// A document as the client opens it.
public struct TextDocumentItem: Codable, Sendable, Hashable {
    public var uri: String
    public var languageId: String
    public var version: Int
    public var text: String
    public init(uri: String, languageId: String, version: Int, text: String) {
        self.uri = uri
        self.languageId = languageId
        self.version = version
        self.text = text
    }
}

/// One change: a range replaced by text, or (without a range) the whole new text.
public struct TextDocumentContentChangeEvent: Codable, Sendable, Hashable {
    public var range: TextRange?
    public var text: String
    public init(range: TextRange? = nil, text: String) {
        self.range = range
        self.text = text
    }
}

public struct DidOpenTextDocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentItem
    public init(textDocument: TextDocumentItem) { self.textDocument = textDocument }
}

public struct DidChangeTextDocumentParams: Codable, Sendable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [TextDocumentContentChangeEvent]
    public init(textDocument: VersionedTextDocumentIdentifier, contentChanges: [TextDocumentContentChangeEvent]) {
        self.textDocument = textDocument
        self.contentChanges = contentChanges
    }
}

/// `textDocument/didClose`: the document alone, as `TextDocumentParams` has it.
public typealias DidCloseTextDocumentParams = TextDocumentParams

/// `textDocument/didSave` (Steady asks for no text on save): the document alone.
public typealias DidSaveTextDocumentParams = TextDocumentParams

/// A position in a document (hover, completion).
public struct TextDocumentPositionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public init(textDocument: TextDocumentIdentifier, position: Position) {
        self.textDocument = textDocument
        self.position = position
    }
}

/// A document as a whole (symbols, pull diagnostics, close, save): every message whose
/// parameters are the document alone is this one type, under the specification's names.
public struct TextDocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }
}

/// An edit of a document: `range` replaced by `newText`.
public struct TextEdit: Codable, Sendable, Hashable {
    public var range: TextRange
    public var newText: String
    public init(range: TextRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}
