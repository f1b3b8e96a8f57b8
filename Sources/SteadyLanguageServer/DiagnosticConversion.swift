import Foundation
import JournalLint
import LanguageServerProtocol

/// A finding as an LSP diagnostic, which a person reads in their editor, so it speaks as
/// `steady lint`'s text format does (docs/voice.md), not as its JSON: the spoken message, led by
/// `to look at`, `noticed` or `please read` for what the practice notices, then the writer's words
/// that set it off (or the detail) on a second line. The rule id is the code (stable, for filters
/// and suppressions), linked to the rule's documentation when the client can show a link and the
/// writer has said where the documentation is (`ruleDocumentation`).
///
/// Severities: the format's findings keep theirs (error, warning; a note is information). The
/// practice's are never an error or a warning, which editors paint red and yellow: `to look at`
/// and `please read` are information, `noticed` is a hint.
struct DiagnosticConversion {
    /// A URL with `{rule}` where the rule id goes; `nil` for no links.
    var ruleDocumentation: String?
    private let registry = RuleRegistry.standard

    init(ruleDocumentation: String? = nil) {
        self.ruleDocumentation = ruleDocumentation
    }

    static let error = 1, warning = 2, information = 3, hint = 4

    func diagnostic(_ finding: Finding, converter: PositionConverter) -> Diagnostic {
        let concern = registry.concern(of: finding.ruleID)
        var message = finding.messageForPeople
        if concern == .wellbeing { message = finding.labelForPeople(concern: concern) + ": " + message }
        if let cue = finding.cue {
            message += "\nyour words: \"\(cue)\""
        } else if let detail = finding.detail {
            message += "\n" + detail
        }
        return Diagnostic(range: converter.range(finding.range), severity: severity(of: finding, concern: concern), code: finding.ruleID,
                          codeDescription: link(toRule: finding.ruleID), source: "steady", message: message)
    }

    private func severity(of finding: Finding, concern: RuleConcern) -> Int {
        if concern == .wellbeing { return finding.severity == .note ? Self.hint : Self.information }
        switch finding.severity {
        case .error: return Self.error
        case .warning: return Self.warning
        case .note: return Self.information
        }
    }

    /// The rule's documentation, for a rule Steady documents (`steady explain` knows it).
    private func link(toRule id: String) -> Diagnostic.CodeDescription? {
        guard let ruleDocumentation, registry.description(of: id) != nil else { return nil }
        return .init(href: ruleDocumentation.replacingOccurrences(of: "{rule}", with: id))
    }

    /// One problem of a broken configuration as an error diagnostic on its file, at the
    /// problem's place (`text` is the file's bytes, to count its columns in the client's unit).
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
        return Diagnostic(range: TextRange(start: start, end: end), severity: Self.error, code: "configuration", source: "steady",
                          message: error.message)
    }
}
