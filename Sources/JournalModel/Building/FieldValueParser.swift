import MarkdownSyntax

/// Turns the value of a field line into the typed value its key takes.
enum FieldValueParser {
    /// `red`, or a trajectory `red -> yellow` (`→` and `=>` too). Each word becomes a reading;
    /// a word that is not a temperature becomes a problem naming the valid values.
    static func temperatures(_ field: FieldLine) -> (readings: [TemperatureReading], problems: [JournalProblem]) {
        let value = Array(field.value)
        guard !value.isEmpty else {
            return ([], [problem("`temp:` has no value; write red, yellow or green (or a trajectory such as `red -> yellow`)", field.range)])
        }
        var readings: [TemperatureReading] = []
        var problems: [JournalProblem] = []
        var partStart = 0
        var index = 0
        func finishPart(at end: Int) {
            var lower = partStart
            var upper = end
            while lower < upper, value[lower] == UInt8(ascii: " ") || value[lower] == UInt8(ascii: "\t") { lower += 1 }
            while upper > lower, value[upper - 1] == UInt8(ascii: " ") || value[upper - 1] == UInt8(ascii: "\t") { upper -= 1 }
            let word = String(decoding: value[lower..<upper], as: UTF8.self)
            let range = field.range(ofValueBytes: lower..<upper)
            if let temperature = Temperature(rawValue: word.lowercased()) {
                readings.append(TemperatureReading(value: temperature, range: range))
            } else {
                let shown = word.isEmpty ? "an empty step" : "'\(word)'"
                problems.append(problem("\(shown) is not a temperature; use red, yellow or green (a trajectory is written `red -> yellow`)", lower < upper ? range : field.range))
            }
        }
        while index < value.count {
            let separatorLength = arrowLength(value, at: index)
            if separatorLength > 0 {
                finishPart(at: index)
                index += separatorLength
                partStart = index
            } else {
                index += 1
            }
        }
        finishPart(at: value.count)
        return (readings, problems)
    }

    /// `->`, `=>` or `→` at `index`: its byte length, else 0.
    private static func arrowLength(_ bytes: [UInt8], at index: Int) -> Int {
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "="), bytes[index + 1] == UInt8(ascii: ">") {
            return 2
        }
        if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x86, bytes[index + 2] == 0x92 { return 3 }
        return 0
    }

    /// `text him again (resisted)`: the urge and its outcome.
    static func urge(_ field: FieldLine) -> Urge {
        let value = field.valueString
        let lowered = value.lowercased()
        for outcome in [UrgeOutcome.resisted, .acted] where lowered.hasSuffix("(\(outcome.rawValue))") {
            let text = value.dropLast(outcome.rawValue.count + 2).trimmingSpaces()
            return Urge(text: text, outcome: outcome, range: field.range)
        }
        return Urge(text: value, outcome: .unspecified, range: field.range)
    }

    /// `cold water, walk`: techniques, trimmed, empty ones dropped.
    static func regulation(_ field: FieldLine) -> Regulation {
        let techniques = field.valueString.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        return Regulation(techniques: techniques, range: field.range)
    }

    /// An evidence item's stance from its `for:` / `against:` prefix, and the text after it.
    static func evidenceItem(_ text: String) -> (EvidenceStance, String) {
        let lowered = text.lowercased()
        for stance in [EvidenceStance.for, .against] where lowered.hasPrefix(stance.rawValue + ":") {
            return (stance, text.dropFirst(stance.rawValue.count + 1).trimmingSpaces())
        }
        return (.neutral, text)
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
        return String(text[first...last])
    }
}
