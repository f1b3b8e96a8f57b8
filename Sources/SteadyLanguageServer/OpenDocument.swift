import LanguageServerProtocol
import MarkdownSyntax

/// A document the client has open: its text as the editor holds it (never the file on disk),
/// and the version the client gave it.
struct OpenDocument {
    let uri: String
    /// The file's path for a `file:` URI; else the URI itself, used as the journal's name.
    let path: String
    /// Whether `path` is a real path (configuration and the day's other files are found from it).
    let isFile: Bool
    var version: Int
    private(set) var source: SourceText

    init(uri: String, version: Int, text: String) {
        self.uri = uri
        let filePath = DocumentURI.path(of: uri)
        path = filePath ?? uri
        isFile = filePath != nil
        self.version = version
        source = SourceText(bytes: Array(text.utf8))
    }

    var bytes: [UInt8] { source.bytes }

    func converter(_ encoding: PositionEncoding) -> PositionConverter {
        PositionConverter(source: source, encoding: encoding)
    }

    /// Applies the client's changes in order: each with a range replaces that range (positions
    /// in `encoding`), each without one replaces the whole text.
    mutating func apply(_ changes: [TextDocumentContentChangeEvent], encoding: PositionEncoding) {
        for change in changes {
            guard let range = change.range else {
                source = SourceText(bytes: Array(change.text.utf8))
                continue
            }
            let converter = converter(encoding)
            let start = converter.offset(of: range.start)
            let end = max(start, converter.offset(of: range.end))
            var bytes = source.bytes
            bytes.replaceSubrange(start..<end, with: change.text.utf8)
            source = SourceText(bytes: bytes)
        }
    }
}
