import JournalModel

/// Writes findings as the JSON report's objects straight into its bytes.
///
/// The same output as writing each field with `JSONWriter`, for less: keys are copied as static
/// bytes, and strings that need no escaping (nearly all) are copied in one go; the rare string
/// that does is escaped by `JSONWriter` itself, so there is one definition of the escaping.
enum FindingJSONEncoder {
    /// Appends `{"path":…,"fixable":…}` (no separator) with the fields `JSONReporter` documents.
    static func append(_ finding: Finding, includeText: Bool, to bytes: inout [UInt8]) {
        appendKey(#"{"path":"#, to: &bytes)
        appendString(finding.path, to: &bytes)
        appendKey(#","line":"#, to: &bytes)
        appendInt(finding.range.lowerBound.line, to: &bytes)
        appendKey(#","column":"#, to: &bytes)
        appendInt(finding.range.lowerBound.column, to: &bytes)
        appendKey(#","endLine":"#, to: &bytes)
        appendInt(finding.range.upperBound.line, to: &bytes)
        appendKey(#","endColumn":"#, to: &bytes)
        appendInt(finding.range.upperBound.column, to: &bytes)
        appendKey(#","rule":"#, to: &bytes)
        appendString(finding.ruleID, to: &bytes)
        appendKey(#","severity":"#, to: &bytes)
        appendString(finding.severity.rawValue, to: &bytes)
        appendKey(#","message":"#, to: &bytes)
        appendString(finding.message, to: &bytes)
        if let kind = finding.kind {
            appendKey(#","kind":"#, to: &bytes)
            appendString(kind, to: &bytes)
        }
        if includeText {
            appendKey(#","cue":"#, to: &bytes)
            appendString(finding.cue, to: &bytes)
            appendKey(#","detail":"#, to: &bytes)
            appendString(finding.detail, to: &bytes)
            appendKey(#","lineText":"#, to: &bytes)
            appendString(finding.lineText, to: &bytes)
        }
        appendKey(finding.fix != nil ? #","fixable":true}"# : #","fixable":false}"#, to: &bytes)
    }

    private static func appendKey(_ text: StaticString, to bytes: inout [UInt8]) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `"…"`, or `null` for `nil`.
    private static func appendString(_ string: String?, to bytes: inout [UInt8]) {
        guard var string else {
            appendKey("null", to: &bytes)
            return
        }
        let copied = string.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if !copied {
            var writer = JSONWriter()
            writer.string(string)
            bytes.append(contentsOf: writer.bytes)
        }
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
