import MarkdownSyntax

/// Turns the value of a field line into the typed value its key takes.
enum FieldValueParser {
    /// `red`, or a trajectory `red -> yellow` (`→` and `=>` too). Each word becomes a reading;
    /// a word that is not a temperature becomes a problem naming the valid values.
    /// Appends to the entry's own arrays, so that no array is made per field.
    static func temperatures(_ field: FieldLine, into readings: inout [TemperatureReading], problems: inout [JournalProblem]) {
        let value = field.value
        guard !value.isEmpty else {
            problems.append(JournalProblem(kind: .emptyFieldValue, message: "`temp:` has no value yet; write red, yellow or green (or a trajectory such as `red -> yellow`)",
                                           range: field.range, fieldKey: .temp))
            return
        }
        // Room for a trajectory (`red -> yellow`) from the entry's first reading: grown from
        // empty, the array would be made for one reading and made again for the second.
        if readings.isEmpty { readings.reserveCapacity(2) }
        let base = value.startIndex
        var partStart = base
        var index = base
        func finishPart(at end: Int) {
            var lower = partStart
            var upper = end
            while lower < upper, value[lower] == UInt8(ascii: " ") || value[lower] == UInt8(ascii: "\t") { lower += 1 }
            while upper > lower, value[upper - 1] == UInt8(ascii: " ") || value[upper - 1] == UInt8(ascii: "\t") { upper -= 1 }
            let word = value[lower..<upper]
            let range = field.range(ofValueBytes: (lower - base)..<(upper - base))
            if let temperature = Self.temperature(word) {
                readings.append(TemperatureReading(value: temperature, range: range))
            } else {
                let written = String(decoding: word, as: UTF8.self)
                let shown = written.isEmpty ? "an empty step" : "'\(written)'"
                problems.append(problem("\(shown) is not a temperature; use red, yellow or green (a trajectory is written `red -> yellow`)", lower < upper ? range : field.range))
            }
        }
        while index < value.endIndex {
            let separatorLength = arrowLength(value, at: index)
            if separatorLength > 0 {
                finishPart(at: index)
                index += separatorLength
                partStart = index
            } else {
                index += 1
            }
        }
        finishPart(at: value.endIndex)
    }

    /// The temperature `word` names in any case (the same as `Temperature(rawValue:
    /// word.lowercased())`: only ASCII letters lowercase to `red`, `yellow` or `green`).
    private static func temperature(_ word: ArraySlice<UInt8>) -> Temperature? {
        if ASCIIBytes.equalsIgnoringCase(word, "red") { return .red }
        if ASCIIBytes.equalsIgnoringCase(word, "yellow") { return .yellow }
        if ASCIIBytes.equalsIgnoringCase(word, "green") { return .green }
        return nil
    }

    /// `->`, `=>` or `→` at `index`: its byte length, else 0.
    private static func arrowLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        if index + 1 < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "="), bytes[index + 1] == UInt8(ascii: ">") {
            return 2
        }
        if index + 2 < bytes.endIndex, bytes[index] == 0xE2, bytes[index + 1] == 0x86, bytes[index + 2] == 0x92 { return 3 }
        return 0
    }

    /// `text him again (resisted)`: the urge and its outcome.
    static func urge(_ field: FieldLine) -> Urge {
        if let urge = urgeFromASCIISuffix(field) { return urge }
        let value = field.valueString
        let lowered = value.lowercased()
        for outcome in [UrgeOutcome.resisted, .acted] where lowered.hasSuffix("(\(outcome.rawValue))") {
            let text = value.dropLast(outcome.rawValue.count + 2).trimmingSpaces()
            return Urge(text: text, outcome: outcome, range: field.range)
        }
        return Urge(text: value, outcome: .unspecified, range: field.range)
    }

    /// `urge(_:)` when the value ends in ASCII (the usual case): the suffix is then compared byte
    /// by byte, without lowercasing the whole value. `nil` when the slow path must decide.
    private static func urgeFromASCIISuffix(_ field: FieldLine) -> Urge? {
        let bytes = field.value
        // `(resisted)` and one byte before it: if those are ASCII, each is one character, the
        // value's lower case ends in their lower case, and `dropLast` drops exactly these bytes.
        guard ASCIIBytes.isASCII(bytes.suffix(11)) else { return nil }
        for outcome in [UrgeOutcome.resisted, .acted] {
            let length = outcome.rawValue.utf8.count + 2
            guard bytes.count >= length else { continue }
            let suffix = bytes.suffix(length)
            guard suffix.first == UInt8(ascii: "("), suffix.last == UInt8(ascii: ")") else { continue }
            let word = suffix.dropFirst().dropLast()
            let matches = switch outcome {
            case .resisted: ASCIIBytes.equalsIgnoringCase(word, "resisted")
            case .acted: ASCIIBytes.equalsIgnoringCase(word, "acted")
            case .unspecified: false
            }
            if matches {
                let text = ASCIIBytes.trimmedSpacesString(bytes.dropLast(length))
                return Urge(text: text, outcome: outcome, range: field.range)
            }
        }
        return Urge(text: field.valueString, outcome: .unspecified, range: field.range)
    }

    /// `cold water, walk`: techniques, trimmed, empty ones dropped.
    static func regulation(_ field: FieldLine) -> Regulation {
        Regulation(techniques: techniques(field.value) ?? field.valueString.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty },
                   range: field.range)
    }

    /// The comma-separated techniques, split on bytes. Splitting the string splits on *characters*
    /// equal to `,`; a comma byte is such a character unless a non-ASCII neighbour joins it
    /// into a larger one (a combining mark after it, a prepended mark before it), so when a
    /// comma has a non-ASCII neighbour this returns `nil` and the string is split instead.
    private static func techniques(_ value: ArraySlice<UInt8>) -> [String]? {
        var techniques: [String] = []
        // One allocation: at most one technique per comma, plus one.
        techniques.reserveCapacity(value.reduce(1) { $1 == UInt8(ascii: ",") ? $0 + 1 : $0 })
        var start = value.startIndex
        var index = value.startIndex
        while index <= value.endIndex {
            guard index == value.endIndex || value[index] == UInt8(ascii: ",") else {
                index += 1
                continue
            }
            if index < value.endIndex {
                if index > value.startIndex, value[index - 1] >= 0x80 { return nil }
                if index + 1 < value.endIndex, value[index + 1] >= 0x80 { return nil }
            }
            if index > start {
                let technique = ASCIIBytes.trimmedSpacesString(value[start..<index])
                if !technique.isEmpty { techniques.append(technique) }
            }
            index += 1
            start = index
        }
        return techniques
    }

    /// An evidence item's stance from its `for:` / `against:` prefix, and the text after it.
    static func evidenceItem(_ text: String) -> (EvidenceStance, String) {
        if let item = evidenceItemFromASCIIPrefix(text) { return item }
        let lowered = text.lowercased()
        for stance in [EvidenceStance.for, .against] where lowered.hasPrefix(stance.rawValue + ":") {
            return (stance, text.dropFirst(stance.rawValue.count + 1).trimmingSpaces())
        }
        return (.neutral, text)
    }

    /// `evidenceItem(String(decoding: bytes, as: UTF8.self).trimmingSpaces())`, read from the
    /// bytes: the string path decides only where bytes and characters could disagree. `bytes`
    /// must be valid UTF-8 (a literal, or source bytes cut at ASCII bytes).
    static func evidenceItem(trimming bytes: UnsafeBufferPointer<UInt8>) -> (EvidenceStance, String) {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        let trimmed = bytes[start..<end]
        // A non-ASCII byte before trimmed spaces, or no ASCII prefix to compare: the string path.
        if end < bytes.count, end > start, bytes[end - 1] >= 0x80 {
            return evidenceItem(String(decoding: bytes, as: UTF8.self).trimmingSpaces())
        }
        guard let (stance, length) = asciiStancePrefix(trimmed) else { return evidenceItem(String(decoding: trimmed, as: UTF8.self)) }
        if stance != .neutral { return (stance, ASCIIBytes.trimmedSpacesString(trimmed.dropFirst(length))) }
        // Valid UTF-8 cut at spaces and tabs: no need to validate it again.
        return (.neutral, String(knownValidUTF8: UnsafeBufferPointer(rebasing: trimmed)))
    }

    /// `evidenceItem(_:)` when the text starts with 9 ASCII bytes (or is short and all ASCII),
    /// `nil` when the slow path must decide.
    private static func evidenceItemFromASCIIPrefix(_ text: String) -> (EvidenceStance, String)? {
        guard let (stance, length) = asciiStancePrefix(text.utf8) else { return nil }
        if stance == .neutral { return (.neutral, text) }
        return (stance, Substring(text.utf8.dropFirst(length)).trimmingSpaces())
    }

    /// The `for:` / `against:` prefix of an evidence item, compared as bytes, and its length:
    /// `(.neutral, 0)` when there is none. When the first 9 bytes are ASCII, `against:` and the
    /// byte after it are single characters whose lower case is their ASCII lower case, so
    /// comparing bytes gives the character-level answer without lowercasing the whole text;
    /// otherwise `nil`, and the character-level path decides. Shared by the byte and the
    /// string way in.
    private static func asciiStancePrefix<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (stance: EvidenceStance, length: Int)? {
        guard ASCIIBytes.isASCII(bytes.prefix(9)) else { return nil }
        if ASCIIBytes.equalsIgnoringCase(bytes.prefix(4), "for:") { return (.for, 4) }
        if ASCIIBytes.equalsIgnoringCase(bytes.prefix(8), "against:") { return (.against, 8) }
        return (.neutral, 0)
    }

    private static func problem(_ message: String, _ range: SourceRange) -> JournalProblem {
        JournalProblem(kind: .invalidFieldValue, message: message, range: range, fieldKey: .temp)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (byte-level: both are ASCII).
    func trimmingSpaces() -> String {
        let text = Substring(self)
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
              let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        // Ending on an ASCII byte, the text ends right after it (no character joins an ASCII
        // byte to a following space); slicing by bytes then skips the character view's search
        // for the end of the last character.
        if bytes[last] < 0x80 { return String(text[first..<bytes.index(after: last)]) }
        return String(text[first...last])
    }
}

extension ASCIIBytes {
    /// `bytes` without leading and trailing spaces and tabs, as a string: the same as
    /// `String(decoding: bytes, as: UTF8.self).trimmingSpaces()` without building the untrimmed
    /// string first. When the kept text ends in a non-ASCII byte before trimmed spaces, the
    /// string path decides (a character may join that byte to the space after it).
    ///
    /// `bytes` must be valid UTF-8 (source bytes or literals, cut at ASCII bytes): the kept bytes,
    /// cut at spaces and tabs, are made a string without validating them again.
    static func trimmedSpacesString<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> String where Bytes.Index == Int, Bytes.SubSequence: RandomAccessCollection<UInt8> {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if end < bytes.endIndex, end > start, bytes[end - 1] >= 0x80 {
            return String(decoding: bytes, as: UTF8.self).trimmingSpaces()
        }
        let kept = bytes[start..<end]
        return kept.withContiguousStorageIfAvailable { String(knownValidUTF8: $0) } ?? String(decoding: kept, as: UTF8.self)
    }
}
