import JournalModel

extension JSONWriter {
    /// Writes `finding` as the JSON report's object, with the fields `JSONReporter` documents;
    /// the writer's own commas separate it from the value before.
    mutating func finding(_ finding: Finding, includeText: Bool) {
        beginObject()
        field("path", finding.path)
        field("line", finding.range.lowerBound.line)
        field("column", finding.range.lowerBound.column)
        field("endLine", finding.range.upperBound.line)
        field("endColumn", finding.range.upperBound.column)
        field("rule", finding.ruleID)
        field("severity", finding.severity.rawValue)
        field("message", finding.message)
        if let kind = finding.kind { field("kind", kind) }
        if includeText {
            field("cue", finding.cue)
            field("detail", finding.detail)
            field("lineText", finding.lineText)
        }
        field("fixable", finding.fix != nil)
        endObject()
    }
}
