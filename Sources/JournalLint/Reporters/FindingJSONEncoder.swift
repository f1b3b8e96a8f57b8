import JournalModel

/// Writes findings as the JSON report's objects straight into its bytes.
///
/// Consecutive findings mostly share their path, rule, severity, message and kind (one file, one
/// rule after another), so the escaped bytes of each of those strings are kept and reused while
/// it stays the same, instead of checking and copying every string of every finding. Escaping is
/// `JSONWriter`'s own, so the output is the same as writing each field with it.
struct FindingJSONEncoder {
    private var path = EscapedString()
    private var rule = EscapedString()
    private var severity = EscapedString()
    private var message = EscapedString()
    private var kind = EscapedString()

    /// Appends `{"path":…,"fixable":…}` (no separator) with the fields `JSONReporter` documents.
    mutating func append(_ finding: Finding, includeText: Bool, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: #"{"path":"#.utf8)
        bytes.append(contentsOf: path.escaped(finding.path))
        bytes.append(contentsOf: #","line":"#.utf8)
        Self.appendInt(finding.range.lowerBound.line, to: &bytes)
        bytes.append(contentsOf: #","column":"#.utf8)
        Self.appendInt(finding.range.lowerBound.column, to: &bytes)
        bytes.append(contentsOf: #","endLine":"#.utf8)
        Self.appendInt(finding.range.upperBound.line, to: &bytes)
        bytes.append(contentsOf: #","endColumn":"#.utf8)
        Self.appendInt(finding.range.upperBound.column, to: &bytes)
        bytes.append(contentsOf: #","rule":"#.utf8)
        bytes.append(contentsOf: rule.escaped(finding.ruleID))
        bytes.append(contentsOf: #","severity":"#.utf8)
        bytes.append(contentsOf: severity.escaped(finding.severity.rawValue))
        bytes.append(contentsOf: #","message":"#.utf8)
        bytes.append(contentsOf: message.escaped(finding.message))
        if let value = finding.kind {
            bytes.append(contentsOf: #","kind":"#.utf8)
            bytes.append(contentsOf: kind.escaped(value))
        }
        if includeText {
            // The writer's words differ from finding to finding: escaped afresh each time.
            bytes.append(contentsOf: #","cue":"#.utf8)
            bytes.append(contentsOf: EscapedString.escape(finding.cue))
            bytes.append(contentsOf: #","detail":"#.utf8)
            bytes.append(contentsOf: EscapedString.escape(finding.detail))
            bytes.append(contentsOf: #","lineText":"#.utf8)
            bytes.append(contentsOf: EscapedString.escape(finding.lineText))
        }
        bytes.append(contentsOf: #","fixable":"#.utf8)
        bytes.append(contentsOf: (finding.fix != nil ? "true" : "false").utf8)
        bytes.append(UInt8(ascii: "}"))
    }

    /// Decimal digits without going through `String`.
    private static func appendInt(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }
}

/// The JSON form of the last string seen in one field, reused while the field repeats it.
private struct EscapedString {
    private var value: String?
    private var json: [UInt8] = []

    mutating func escaped(_ string: String) -> [UInt8] {
        if string != value {
            value = string
            json = Self.escape(string)
        }
        return json
    }

    /// `"…"` escaped as `JSONWriter` escapes it, or `null`.
    static func escape(_ string: String?) -> [UInt8] {
        var writer = JSONWriter()
        if let string { writer.string(string) } else { writer.null() }
        return writer.bytes
    }
}
