import JournalModel

/// Writes findings as the JSON report's objects straight into its bytes.
///
/// The same output as writing each field with `JSONWriter`, for less (the JSON report is written
/// after the last file, when nothing else runs; docs/benchmarks.md has the figures): keys are
/// copied as static bytes, and strings that need no escaping (nearly all) are copied in one go;
/// the rare string that does is escaped by `JSONWriter` itself, so there is one definition of
/// the escaping.
///
/// Each finding is written into scratch memory with plain stores and appended to the report's
/// bytes in one go. The scratch is sized for the worst case (every byte of every string escaped
/// as `\u00XX`), so writing never checks for room.
struct FindingJSONEncoder: ~Copyable {
    private var scratch: UnsafeMutableBufferPointer<UInt8>

    /// An encoder with its own scratch memory; encode many findings with one.
    init() {
        scratch = .allocate(capacity: 2048)
    }

    deinit {
        scratch.deallocate()
    }

    /// Appends `{"path":…,"fixable":…}` (no separator) with the fields `JSONReporter` documents,
    /// for a finding read in place (in the report's array), so its strings are not retained and
    /// released.
    mutating func encode(_ finding: UnsafePointer<Finding>, includeText: Bool, to bytes: inout [UInt8]) {
        let finding = finding.pointee
        // The keys (with the severity, written as one with its key: about 170 bytes) and five
        // numbers (at most 20 bytes each) fit in 320 bytes; each string takes at most six bytes
        // per byte (`\u00XX`) and its quotes, or `null`.
        func bound(_ string: String?) -> Int { string.map { $0.utf8.count * 6 + 2 } ?? 4 }
        var needed = 320 + bound(finding.path) + bound(finding.ruleID)
            + bound(finding.message) + bound(finding.kind)
        if includeText { needed += bound(finding.cue) + bound(finding.detail) + bound(finding.lineText) }
        if scratch.count < needed {
            scratch.deallocate()
            scratch = .allocate(capacity: max(needed, scratch.count * 2))
        }
        var out = Output(start: scratch.baseAddress.unsafelyUnwrapped)
        out.raw(#"{"path":"#)
        out.string(finding.path)
        out.raw(#","line":"#)
        out.int(finding.range.lowerBound.line)
        out.raw(#","column":"#)
        out.int(finding.range.lowerBound.column)
        out.raw(#","endLine":"#)
        out.int(finding.range.upperBound.line)
        out.raw(#","endColumn":"#)
        out.int(finding.range.upperBound.column)
        out.raw(#","rule":"#)
        out.string(finding.ruleID)
        // The three severities as static bytes.
        switch finding.severity {
        case .note: out.raw(#","severity":"note""#)
        case .warning: out.raw(#","severity":"warning""#)
        case .error: out.raw(#","severity":"error""#)
        }
        out.raw(#","message":"#)
        out.string(finding.message)
        if let kind = finding.kind {
            out.raw(#","kind":"#)
            out.string(kind)
        }
        if includeText {
            out.raw(#","cue":"#)
            out.string(finding.cue)
            out.raw(#","detail":"#)
            out.string(finding.detail)
            out.raw(#","lineText":"#)
            LineWindow.of(finding) { window, line in
                if window.isWholeLine {
                    out.string(finding.lineText)
                } else {
                    out.string(LineWindow.text(window.bytes, of: line))
                    out.raw(#","lineTextColumn":"#)
                    out.int(window.bytes.lowerBound + 1)
                }
            }
        }
        out.raw(finding.fix != nil ? #","fixable":true}"# : #","fixable":false}"#)
        bytes.append(contentsOf: UnsafeBufferPointer(start: scratch.baseAddress, count: out.position - scratch.baseAddress.unsafelyUnwrapped))
    }

    /// The write position in the scratch memory, which the caller has made large enough.
    private struct Output {
        var position: UnsafeMutablePointer<UInt8>

        init(start: UnsafeMutablePointer<UInt8>) { position = start }

        mutating func raw(_ text: StaticString) {
            position.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
            position += text.utf8CodeUnitCount
        }

        mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress else { return }
            position.update(from: base, count: bytes.count)
            position += bytes.count
        }

        mutating func byte(_ byte: UInt8) {
            position.pointee = byte
            position += 1
        }

        /// `"…"`, or `null` for `nil`.
        mutating func string(_ string: String?) {
            guard let string else {
                raw("null")
                return
            }
            // The stored bytes read in place (every string of a finding is native).
            let copied = string.utf8.withContiguousStorageIfAvailable { utf8 in
                guard !FindingJSONEncoder.mayNeedEscaping(utf8) else { return false }
                byte(UInt8(ascii: "\""))
                raw(utf8)
                byte(UInt8(ascii: "\""))
                return true
            }
            if copied != true {
                var writer = JSONWriter()
                writer.string(string)
                writer.bytes.withUnsafeBufferPointer { raw($0) }
            }
        }

        /// Decimal digits without going through `String`.
        mutating func int(_ value: Int) {
            if value < 0 { byte(UInt8(ascii: "-")) }
            var magnitude = value.magnitude
            var divisor: UInt = 1
            while magnitude / divisor >= 10 { divisor *= 10 }
            while divisor > 0 {
                byte(UInt8(ascii: "0") + UInt8(magnitude / divisor))
                magnitude %= divisor
                divisor /= 10
            }
        }
    }

    /// Whether `bytes` may hold a byte JSON escapes: a control byte, `"` or a backslash. Tests
    /// sixteen bytes at a time as one SIMD vector (messages and paths are most of a report's
    /// bytes). A `true` only sends the string to `JSONWriter`, so the answer never changes the
    /// output.
    fileprivate static func mayNeedEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let space = SIMD16<UInt8>(repeating: 0x20), quote = SIMD16<UInt8>(repeating: 0x22)
            let backslash = SIMD16<UInt8>(repeating: 0x5C)
            while index &+ 16 <= bytes.count {
                let vector = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                if any((vector .< space) .| (vector .== quote) .| (vector .== backslash)) { return true }
                index &+= 16
            }
            // The last bytes of a string of sixteen or more: the sixteen ending it, overlapping
            // bytes tested already (which passed), instead of up to fifteen one by one. In
            // bounds: `index > 0` means the loop above ran, so the string has sixteen bytes.
            if index > 0 && index < bytes.count {
                let vector = base.loadUnaligned(fromByteOffset: bytes.count &- 16, as: SIMD16<UInt8>.self)
                return any((vector .< space) .| (vector .== quote) .| (vector .== backslash))
            }
            // Eight of the last fifteen bytes at once, in a `UInt64` (rule ids and short messages).
            // Reached only with `index` 0 (a string under sixteen bytes) or at the end.
            if index &+ 8 <= bytes.count {
                let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
                /// Whether some byte of `word` is below `limit` (exact for limits up to 0x80).
                func hasByte(below limit: UInt64, in word: UInt64) -> Bool { (word &- ones &* limit) & ~word & highBits != 0 }
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if hasByte(below: 0x20, in: word) || hasByte(below: 1, in: word ^ (ones &* 0x22))
                    || hasByte(below: 1, in: word ^ (ones &* 0x5C)) {
                    return true
                }
                index &+= 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            index += 1
        }
        return false
    }
}
