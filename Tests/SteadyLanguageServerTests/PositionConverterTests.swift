import Foundation
import JournalModel
import LanguageServerProtocol
import MarkdownSyntax
@testable import SteadyLanguageServer
import SteadyTestSupport
import Testing

@Suite("positions in UTF-16, UTF-8 and UTF-32")
struct PositionConverterTests {
    /// `😀` is 4 bytes, 2 UTF-16 units, 1 scalar; `é` written `e` + U+0301 is 3 bytes, 2 units, 2 scalars.
    static let line = "😀 e\u{301}x"

    func converter(_ text: String, _ encoding: PositionEncoding) -> PositionConverter {
        PositionConverter(source: SourceText(bytes: Array(text.utf8)), encoding: encoding)
    }

    @Test("a byte column after an emoji and a combining mark counts units of the client's encoding", arguments: [
        (PositionEncoding.utf16, 5), (.utf8, 8), (.utf32, 4),
    ])
    func columns(encoding: PositionEncoding, expected: Int) {
        let converter = converter("# 2026-11-05\n" + Self.line + "\n", encoding)
        // `x` is byte 9 of line 2 (1-based column 9).
        let position = converter.position(SourceLocation(line: 2, column: 9))
        #expect(position == Position(line: 1, character: expected))
        #expect(converter.offset(of: position) == 13 + 8)
    }

    @Test("a position inside a surrogate pair or past the line's end is clamped to a character boundary")
    func clamping() {
        let converter = converter(Self.line + "\r\nnext", .utf16)
        #expect(converter.offset(of: Position(line: 0, character: 1)) == 4)  // inside 😀: after it
        #expect(converter.offset(of: Position(line: 0, character: 99)) == Array(Self.line.utf8).count)  // before \r\n
        #expect(converter.offset(of: Position(line: 5, character: 0)) == Array((Self.line + "\r\nnext").utf8).count)
        #expect(converter.offset(of: Position(line: 1, character: 2)) == Array(Self.line.utf8).count + 2 + 2)
    }

    @Test("lines end at \\n, \\r\\n and a lone \\r, as the client counts them")
    func lineEndings() {
        let converter = converter("a\rb\r\nc\nd", .utf16)
        #expect(converter.offset(of: Position(line: 1, character: 0)) == 2)
        #expect(converter.offset(of: Position(line: 2, character: 0)) == 5)
        #expect(converter.offset(of: Position(line: 3, character: 1)) == 8)
        #expect(converter.position(ofOffset: 5) == Position(line: 2, character: 0))
    }

    @Test("the end of a text that ends with a line ending is the start of the empty line after it")
    func endAfterNewline() {
        let converter = converter("a\n", .utf16)
        #expect(converter.position(ofOffset: 2) == Position(line: 1, character: 0))
        #expect(converter.offset(of: Position(line: 1, character: 0)) == 2)
    }

    @Test("incremental changes are applied in order, in the client's units, and a change without a range replaces all")
    func incrementalChanges() {
        var document = OpenDocument(uri: "file:///j/2026-11-05.md", version: 1, text: Self.line + "\n")
        document.apply([
            .init(range: TextRange(start: Position(line: 0, character: 2), end: Position(line: 0, character: 2)), text: "!"),
            .init(range: TextRange(start: Position(line: 0, character: 4), end: Position(line: 0, character: 6)), text: "é"),
        ], encoding: .utf16)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "😀! éx\n")
        document.apply([.init(text: "new")], encoding: .utf16)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "new")
    }

    @Test("file URIs and paths convert both ways, escapes included")
    func uris() {
        #expect(DocumentURI.path(of: "file:///home/me/journal/2026-11-05%20night.md") == "/home/me/journal/2026-11-05 night.md")
        #expect(DocumentURI.path(of: "file://localhost/tmp/%C3%A9.md") == "/tmp/é.md")
        #expect(DocumentURI.path(of: "untitled:Untitled-1") == nil)
        #expect(DocumentURI.uri(ofPath: "/tmp/jour nal/é.md") == "file:///tmp/jour%20nal/%C3%A9.md")
        #expect(DocumentURI.path(of: DocumentURI.uri(ofPath: "/tmp/a#b?c.md")) == "/tmp/a#b?c.md")
    }
}

@Suite("publishDiagnostics written by hand")
struct PublishDiagnosticsJSONTests {
    @Test("decodes back to the same parameters: escapes, emoji, line breaks, links, and no version", arguments: [7, nil] as [Int?])
    func roundTrip(version: Int?) throws {
        let range = TextRange(start: .init(line: 3, character: 2), end: .init(line: 4, character: 0))
        let params = PublishDiagnosticsParams(uri: "file:///tmp/jour%20nal/2026-11-05.md", version: version, diagnostics: [
            Diagnostic(range: range, severity: 3, code: "unsupported-catastrophizing",
                       codeDescription: .init(href: "https://docs.example/rules#unsupported-catastrophizing"), source: "steady",
                       message: "to look at: a \"worst-case\" thought 😀 e\u{301}\\path/\nyour words: \"he'll\tleave\u{1}\""),
            Diagnostic(range: range, severity: 1, code: "invalid-field-value", source: "steady", message: "plain"),
        ])
        let bytes = PublishDiagnosticsJSON.encode(params)
        let decoded = try JSONDecoder().decode(PublishDiagnosticsParams.self, from: Data(bytes))
        #expect(decoded.uri == params.uri)
        #expect(decoded.version == version)
        #expect(decoded.diagnostics == params.diagnostics)
        // A missing version is left out, as the protocol's `version?: integer` wants, not null.
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"version\"") == (version != nil))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let second = try #require((object["diagnostics"] as? [[String: Any]])?.last)
        #expect(second["codeDescription"] == nil)
    }
}
