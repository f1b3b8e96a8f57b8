import JournalLint
import LanguageServerProtocol

/// What hovering over a finding shows: the rule's explanation (as `steady explain` gives it) and,
/// for a worst-case thought, the cross-examination questions.
enum HoverContent {
    static func hover(at position: Position, findings: [Finding], converter: PositionConverter) -> Hover? {
        let here = findings.filter { converter.range($0.range).contains(position) }
        guard let first = here.first else { return nil }
        var shown = Set<String>()
        var sections: [String] = []
        for finding in here where shown.insert(finding.ruleID + (finding.kind ?? "")).inserted {
            guard let description = RuleRegistry.standard.description(of: finding.ruleID) else { continue }
            sections.append(RuleExplanation.hoverMarkdown(of: description, kind: finding.kind))
        }
        guard !sections.isEmpty else { return nil }
        return Hover(contents: MarkupContent(value: sections.joined(separator: "\n---\n\n")), range: converter.range(first.range))
    }
}
