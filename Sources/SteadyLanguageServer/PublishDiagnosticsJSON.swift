import JournalModel
import LanguageServerProtocol

/// `textDocument/publishDiagnostics`'s parameters written straight to JSON with `JSONWriter`:
/// a large file has a thousand findings, published at every keystroke, and `JSONEncoder` took a
/// tenth of what a keystroke cost the server (docs/benchmarks.md). The same JSON as the
/// parameters' `Codable` conformance gives, a field left out where it is `nil` (a test decodes it
/// back).
enum PublishDiagnosticsJSON {
    static func encode(_ params: PublishDiagnosticsParams) -> [UInt8] {
        var json = JSONWriter()
        json.object { json in
            json.field("uri", params.uri)
            if let version = params.version { json.field("version", version) }
            json.objects("diagnostics", params.diagnostics) { json, diagnostic in
                json.object("range") { json in
                    position("start", diagnostic.range.start, &json)
                    position("end", diagnostic.range.end, &json)
                }
                json.field("severity", diagnostic.severity)
                json.field("code", diagnostic.code)
                if let description = diagnostic.codeDescription {
                    json.object("codeDescription") { $0.field("href", description.href) }
                }
                json.field("source", diagnostic.source)
                json.field("message", diagnostic.message)
            }
        }
        return json.bytes
    }

    private static func position(_ name: StaticString, _ position: Position, _ json: inout JSONWriter) {
        json.object(name) { json in
            json.field("line", position.line)
            json.field("character", position.character)
        }
    }
}
