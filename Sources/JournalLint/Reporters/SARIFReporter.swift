import JournalModel

/// SARIF 2.1.0 with rule metadata. SARIF has no byte columns, so columns are converted to
/// Unicode code points and the run says so (`columnKind: unicodeCodePoints`).
public enum SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let needsLineText = true

    public static func write(_ report: LintReport, options: ReportOptions, to write: ([UInt8]) -> Void) {
        let rules = options.rules
        var w = JSONWriter()
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        w.beginObject()
        w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        w.field("version", "2.1.0")
        w.key("runs")
        w.beginArray()
        w.beginObject()
        w.key("tool")
        w.beginObject()
        w.key("driver")
        w.beginObject()
        w.field("name", "steady")
        w.field("version", options.toolVersion)
        w.key("rules")
        w.beginArray()
        for rule in rules {
            w.beginObject()
            w.field("id", rule.id)
            w.key("shortDescription"); w.beginObject(); w.field("text", rule.summary); w.endObject()
            w.key("fullDescription"); w.beginObject(); w.field("text", rule.rationale); w.endObject()
            w.key("help"); w.beginObject(); w.field("text", "steady explain \(rule.id)"); w.endObject()
            w.key("defaultConfiguration"); w.beginObject(); w.field("level", level(rule.defaultSeverity)); w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endObject()
        w.field("columnKind", "unicodeCodePoints")
        w.key("results")
        w.beginArray()
        // Starts and ends each go forward along a line: one counter for each.
        var starts = CodePointColumns()
        var ends = CodePointColumns()
        var contextStarts = CodePointColumns()
        var contextEnds = CodePointColumns()
        for finding in report.findings {
            w.beginObject()
            w.field("ruleId", finding.ruleID)
            if let index = ruleIndex[finding.ruleID] { w.field("ruleIndex", index) }
            w.field("level", level(finding.severity))
            var text = finding.message
            if options.includeText, let detail = finding.detail { text += " (\(detail))" }
            w.key("message"); w.beginObject(); w.field("text", text); w.endObject()
            w.key("locations")
            w.beginArray()
            w.beginObject()
            w.key("physicalLocation")
            w.beginObject()
            w.key("artifactLocation"); w.beginObject(); w.field("uri", uri(finding.path)); w.endObject()
            w.key("region")
            w.beginObject()
            w.field("startLine", finding.range.lowerBound.line)
            w.field("startColumn", starts.column(finding.range.lowerBound.column, in: finding.lineText, path: finding.path, line: finding.range.lowerBound.line))
            w.field("endLine", finding.range.upperBound.line)
            // Only the start line's text is known, so a region ending on a later line leaves
            // endColumn out (SARIF: the region runs to the end of endLine) rather than give a
            // byte column where code points are promised.
            if finding.range.upperBound.line == finding.range.lowerBound.line {
                w.field("endColumn", max(ends.column(finding.range.upperBound.column, in: finding.lineText, path: finding.path, line: finding.range.lowerBound.line), 1))
            }
            var context: (startColumn: Int, endColumn: Int, text: String)?
            if options.includeText {
                // A short line is the snippet, as it always was; of a long line the snippet is the
                // finding's own text and a window around it is the context region, so what is
                // written grows with the findings, not findings × line (see LineWindow).
                let snippet = LineWindow.of(finding) { window, line in
                    if window.isWholeLine { return finding.lineText }
                    let lineNumber = finding.range.lowerBound.line
                    context = (contextStarts.column(window.bytes.lowerBound + 1, in: finding.lineText, path: finding.path, line: lineNumber),
                               contextEnds.column(window.bytes.upperBound + 1, in: finding.lineText, path: finding.path, line: lineNumber),
                               LineWindow.text(window.bytes, of: line))
                    return LineWindow.text(window.finding, of: line)
                }
                w.key("snippet"); w.beginObject(); w.field("text", snippet); w.endObject()
            }
            w.endObject()
            if let context {
                w.key("contextRegion")
                w.beginObject()
                w.field("startLine", finding.range.lowerBound.line)
                w.field("startColumn", context.startColumn)
                w.field("endLine", finding.range.lowerBound.line)
                w.field("endColumn", context.endColumn)
                w.key("snippet"); w.beginObject(); w.field("text", context.text); w.endObject()
                w.endObject()
            }
            w.endObject()
            w.endObject()
            w.endArray()
            w.endObject()
        }
        w.endArray()
        writeInvocation(options, into: &w)
        w.endObject()
        w.endArray()
        w.endObject()
        w.bytes.append(UInt8(ascii: "\n"))
        write(w.bytes)
    }

    /// The run's one invocation: successful unless some input could not be read, each such path
    /// a tool execution notification.
    private static func writeInvocation(_ options: ReportOptions, into w: inout JSONWriter) {
        w.key("invocations")
        w.beginArray()
        w.beginObject()
        w.field("executionSuccessful", options.unreadableFiles == 0)
        w.key("toolExecutionNotifications")
        w.beginArray()
        for unreadable in options.unreadable {
            w.beginObject()
            w.field("level", "error")
            w.key("message"); w.beginObject(); w.field("text", unreadable.message); w.endObject()
            w.key("locations")
            w.beginArray()
            w.beginObject()
            w.key("physicalLocation")
            w.beginObject()
            w.key("artifactLocation"); w.beginObject(); w.field("uri", uri(unreadable.path)); w.endObject()
            w.endObject()
            w.endObject()
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endArray()
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A relative URI reference: path segments percent-encoded where needed.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let safe = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~")].contains(byte)
            if safe { out.append(Character(UnicodeScalar(byte))) } else {
                let hex = Array("0123456789ABCDEF")
                out += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
            }
        }
        return out
    }
}
