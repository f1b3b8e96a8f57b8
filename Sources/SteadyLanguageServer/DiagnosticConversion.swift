import JournalLint
import LanguageServerProtocol

/// A finding as an LSP diagnostic: the rule id is its code (stable, as in every other output),
/// the message is Steady's, and the detail (which may quote the writer, in their own editor)
/// follows on a second line.
enum DiagnosticConversion {
    static func diagnostic(_ finding: Finding, converter: PositionConverter) -> Diagnostic {
        var message = finding.message
        if let detail = finding.detail { message += "\n" + detail }
        return Diagnostic(range: converter.range(finding.range), severity: severity(finding.severity), code: finding.ruleID,
                          source: "steady", message: message)
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
    }

    /// A broken configuration as one error diagnostic on its file, at the problem's place
    /// (`text` is the file's bytes, to count its columns in the client's unit).
    static func diagnostic(_ error: ConfigurationError, text: [UInt8], encoding: PositionEncoding) -> Diagnostic {
        let converter = PositionConverter(source: .init(bytes: text), encoding: encoding)
        let start: Position
        if let line = error.line, let column = error.column {
            start = converter.position(.init(line: line, column: column))
        } else {
            start = Position(line: 0, character: 0)
        }
        let lineEnd = converter.position(ofOffset: converter.source.byteRange(ofLine: start.line + 1).upperBound)
        let end = lineEnd.line == start.line && lineEnd.character > start.character ? lineEnd : start
        return Diagnostic(range: TextRange(start: start, end: end), severity: 1, code: "configuration", source: "steady",
                          message: error.message)
    }
}
