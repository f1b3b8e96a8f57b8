import JournalLint
import JournalModel
import LanguageServerProtocol
import MarkdownSyntax

/// The quick fixes for the findings in a range, each a plain `WorkspaceEdit` the editor applies
/// itself (no command runs on the server, so every client can use them).
///
/// - An unexamined worst-case thought: insert the `evidence:` scaffold `steady lint --fix` inserts.
/// - An invalid `temp:` value: replace it with each valid colour.
/// - A mistyped field key: the key the finding suggests.
/// - Any finding that may be silenced: a `steady-disable-next-line` comment above its line,
///   with a place for the reason.
enum QuickFixes {
    static let reasonPlaceholder = "why this is fine here"

    /// - Parameter conversion: how the server publishes findings (an action names its diagnostic
    ///   as the client received it).
    static func actions(for findings: [Finding], in document: OpenDocument, encoding: PositionEncoding,
                        conversion: DiagnosticConversion) -> [CodeAction] {
        let converter = document.converter(encoding)
        var actions: [CodeAction] = []
        let registry = RuleRegistry.standard
        for finding in findings {
            let diagnostic = conversion.diagnostic(finding, converter: converter)
            func action(_ title: String, _ edits: [TextEdit], preferred: Bool = false) -> CodeAction {
                CodeAction(title: title, diagnostics: [diagnostic], isPreferred: preferred ? true : nil,
                           edit: WorkspaceEdit(changes: [document.uri: edits]))
            }
            if let fix = finding.fix {
                if let edit = fix.syntaxEdit {
                    // A slip of the format read as meant: written the format's own way (the
                    // writer's words are outside the edit's range).
                    actions.append(action("Write it as `\(edit.replacement)`",
                                          [TextEdit(range: converter.range(edit.range), newText: edit.replacement)], preferred: true))
                } else if finding.ruleID == "format-note" {
                    // `for:`/`against:` items read as evidence: the `evidence:` line they lack.
                    actions.append(action("Write `evidence:` above them",
                                          [insertion(of: fix, in: document.source, converter: converter)], preferred: true))
                } else {
                    actions.append(action("Add an evidence: section to cross-examine this thought",
                                          [insertion(of: fix, in: document.source, converter: converter)], preferred: true))
                }
            }
            switch finding.ruleID {
            case "invalid-field-value":
                for colour in Temperature.coolingOrder {
                    actions.append(action("Use \(colour.rawValue)", [TextEdit(range: diagnostic.range, newText: colour.rawValue)]))
                }
            case "unknown-field":
                let written = document.source.string(in: document.source.offset(of: finding.range.lowerBound)..<document.source.offset(of: finding.range.upperBound))
                if let key = UnknownFieldRule.suggestedKey(for: written) {
                    actions.append(action("Change to \(key):", [TextEdit(range: diagnostic.range, newText: key)], preferred: true))
                }
            default:
                break
            }
            if registry.description(of: finding.ruleID)?.isSuppressible ?? false {
                actions.append(action("Silence \(finding.ruleID) on this line (with a reason)",
                                      [disableNextLine(finding, in: document.source, converter: converter)]))
            }
        }
        return actions
    }

    /// The lines of a fix inserted after its line, each ending as that line does (as `FixApplier` writes them).
    static func insertion(of fix: Fix, in source: SourceText, converter: PositionConverter) -> TextEdit {
        let line = min(max(fix.afterLine, 1), source.lineCount)
        let ownEnding = source.lineEnding(line)
        let ending = ownEnding.isEmpty ? lastEnding(in: source) : String(decoding: ownEnding, as: UTF8.self)
        let body = fix.lines.map { $0 + ending }.joined()
        // After the line's ending; a last line without one gets one first.
        let offset = source.byteRange(ofLine: line).upperBound + ownEnding.count
        let text = ownEnding.isEmpty ? ending + body : body
        let position = converter.position(ofOffset: offset)
        return TextEdit(range: TextRange(start: position, end: position), newText: text)
    }

    /// `<!-- steady-disable-next-line RULE -- reason -->` on a line of its own above the
    /// finding's line, indented as that line is.
    static func disableNextLine(_ finding: Finding, in source: SourceText, converter: PositionConverter) -> TextEdit {
        let line = finding.range.lowerBound.line
        let indentation = source.line(line).prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        let ownEnding = source.lineEnding(line)
        let ending = ownEnding.isEmpty ? lastEnding(in: source) : String(decoding: ownEnding, as: UTF8.self)
        let text = String(decoding: indentation, as: UTF8.self)
            + "<!-- steady-disable-next-line \(finding.ruleID) -- \(reasonPlaceholder) -->" + ending
        let position = converter.position(ofOffset: source.byteRange(ofLine: line).lowerBound)
        return TextEdit(range: TextRange(start: position, end: position), newText: text)
    }

    /// The ending of the text's last line that has one, else `\n`.
    private static func lastEnding(in source: SourceText) -> String {
        for line in stride(from: source.lineCount, through: 1, by: -1) {
            let ending = source.lineEnding(line)
            if !ending.isEmpty { return String(decoding: ending, as: UTF8.self) }
        }
        return "\n"
    }
}
