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
        // The findings go into the writer's bytes directly (the array's brackets stay the
        // writer's): see `FindingJSONEncoder` for why.
        for (index, finding) in report.findings.enumerated() {
            if index > 0 { w.bytes.append(UInt8(ascii: ",")) }
            FindingJSONEncoder.append(finding, includeText: options.includeText, to: &w.bytes)
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
