import JournalModel

/// Writes findings as the JSON report's objects straight into its bytes.
///
/// The same output as writing each field with `JSONWriter`, for less: keys are copied as static
/// bytes, and strings that need no escaping (nearly all) are copied in one go; the rare string
/// that does is escaped by `JSONWriter` itself, so there is one definition of the escaping.
enum FindingJSONEncoder {
    /// Appends `{"path":…,"fixable":…}` (no separator) with the fields `JSONReporter` documents.
    static func append(_ finding: Finding, includeText: Bool, to bytes: inout [UInt8]) {
        withUnsafePointer(to: finding) { append($0, includeText: includeText, to: &bytes) }
    }

    /// `append(_:includeText:to:)` for a finding read in place (in the report's array): passing
    /// the finding itself copied it, retaining and releasing each of its strings.
    static func append(_ finding: UnsafePointer<Finding>, includeText: Bool, to bytes: inout [UInt8]) {
        let finding = finding.pointee
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
        guard let string else {
            appendKey("null", to: &bytes)
            return
        }
        // The stored bytes read in place (every string of a finding is native): `withUTF8` needs
        // a mutable copy of the string, which retained and released it.
        let copied = string.utf8.withContiguousStorageIfAvailable { utf8 in
            guard !mayNeedEscaping(utf8) else { return false }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if copied != true {
            var writer = JSONWriter()
            writer.string(string)
            bytes.append(contentsOf: writer.bytes)
        }
    }

    /// Whether `bytes` may hold a byte JSON escapes: a control byte, `"` or a backslash. Tests eight
    /// bytes at a time (messages and paths are most of a report's bytes). A `true` only sends
    /// the string to `JSONWriter`, so the answer never changes the output.
    private static func mayNeedEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        /// Whether some byte of `word` is below `limit` (exact for limits up to 0x80).
        func hasByte(below limit: UInt64, in word: UInt64) -> Bool { (word &- ones &* limit) & ~word & highBits != 0 }
        var index = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if hasByte(below: 0x20, in: word) || hasByte(below: 1, in: word ^ (ones &* 0x22))
                    || hasByte(below: 1, in: word ^ (ones &* 0x5C)) {
                    return true
                }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            index += 1
        }
        return false
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
