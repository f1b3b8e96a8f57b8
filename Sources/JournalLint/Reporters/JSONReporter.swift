import JournalModel

/// `{"schemaVersion": 1, "findings": [...], "summary": {...}}`. Columns are 1-based UTF-8 bytes.
/// Leaves the journal's words out (no `detail`, no source line) unless `includeText`.
public enum JSONReporter {
    public static let schemaVersion = 1

    public static func render(_ report: LintReport, options: ReportOptions) -> [UInt8] {
        var all: [UInt8] = []
        render(report, options: options) { all += $0 }
        return all
    }

    /// Renders in chunks of about a megabyte, handing each to `write`, so a report of a
    /// years-long journal is never held in memory twice.
    public static func render(_ report: LintReport, options: ReportOptions, write: ([UInt8]) -> Void) {
        var w = JSONWriter()
        w.beginObject()
        w.field("schemaVersion", schemaVersion)
        w.key("findings")
        w.beginArray()
        for finding in report.findings {
            w.beginObject()
            w.field("path", finding.path)
            w.field("line", finding.range.lowerBound.line)
            w.field("column", finding.range.lowerBound.column)
            w.field("endLine", finding.range.upperBound.line)
            w.field("endColumn", finding.range.upperBound.column)
            w.field("rule", finding.ruleID)
            w.field("severity", finding.severity.rawValue)
            w.field("message", finding.message)
            if let kind = finding.kind { w.field("kind", kind) }
            if options.includeText {
                w.field("cue", finding.cue)
                w.field("detail", finding.detail)
                w.field("lineText", finding.lineText)
            }
            w.field("fixable", finding.fix != nil)
            w.endObject()
            if w.bytes.count >= 1 << 20 {
                write(w.bytes)
                w.bytes.removeAll(keepingCapacity: true)
            }
        }
        w.endArray()
        w.key("summary")
        w.beginObject()
        w.field("files", report.fileCount)
        w.field("errors", report.count(of: .error))
        w.field("warnings", report.count(of: .warning))
        w.field("notes", report.count(of: .note))
        w.endObject()
        w.endObject()
        w.bytes.append(UInt8(ascii: "\n"))
        write(w.bytes)
    }
}
