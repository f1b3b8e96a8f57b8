import MarkdownSyntax

/// Turns the value of a field line into the typed value its key takes.
enum FieldValueParser {
    /// `red`, or a trajectory `red -> yellow`, read as people write it (docs/format.md,
    /// "Temperatures"): steps are separated by arrows (`->`, `=>`, `→`) or the words `to` and
    /// `then`; in a step the temperature words count, in any case, repeated, emphasised or with
    /// a suffix (`RED!!`, `**red**`, `reddish`, `yellow-ish`); a step naming two (`yellow/red`,
    /// `between yellow and red`) is a hedge, read as the hotter; words in parentheses after a
    /// temperature and other words are the writer's comment. Only a value with no temperature
    /// in it, or a step naming another colour (`red -> blue`), is a problem.
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
        let hasArrows = value.indices.contains { arrowLength(value, at: $0) > 0 }
        var found = false
        var stepStart = base
        // The hottest temperature of the part being read, and where its words lie.
        var part: (value: Temperature, lower: Int, upper: Int)?
        var otherColour: Range<Int>?
        var partHadTemperature = false
        func finishPart() {
            if let current = part {
                readings.append(TemperatureReading(value: current.value, range: field.range(ofValueBytes: (current.lower - base)..<(current.upper - base))))
                found = true
                partHadTemperature = true
            }
            part = nil
        }
        /// Ends an arrow step: one that names no temperature is a problem where it was written.
        func finishStep(at end: Int) {
            finishPart()
            defer {
                otherColour = nil
                partHadTemperature = false
            }
            guard !partHadTemperature, hasArrows || otherColour != nil else { return }
            var lower = stepStart
            var upper = end
            while lower < upper, value[lower] == UInt8(ascii: " ") || value[lower] == UInt8(ascii: "\t") { lower += 1 }
            while upper > lower, value[upper - 1] == UInt8(ascii: " ") || value[upper - 1] == UInt8(ascii: "\t") { upper -= 1 }
            if let colour = otherColour { (lower, upper) = (colour.lowerBound, colour.upperBound) }
            let written = String(decoding: value[lower..<upper], as: UTF8.self)
            let shown = written.isEmpty ? "an empty step" : "'\(written)'"
            problems.append(problem("\(shown) is not a temperature; use red, yellow or green (a trajectory is written `red -> yellow`)",
                                    lower < upper ? field.range(ofValueBytes: (lower - base)..<(upper - base)) : field.range))
            found = true
        }
        var index = base
        while index < value.endIndex {
            var arrow = arrowLength(value, at: index)
            // `red - yellow`: a spaced dash between two temperatures is a move, as an arrow is
            // (`yellow-red`, unspaced, stays a hedge like `yellow/red`).
            if arrow == 0, part != nil, value[index] == UInt8(ascii: " ") { arrow = spacedDashLength(value, at: index) }
            if arrow > 0 {
                finishStep(at: index)
                index += arrow
                stepStart = index
                continue
            }
            let byte = value[index]
            if byte == UInt8(ascii: "("), part != nil {
                // A comment after the temperature: `yellow (not red yet)`.
                while index < value.endIndex, value[index] != UInt8(ascii: ")"), arrowLength(value, at: index, plainGreaterThan: false) == 0 { index += 1 }
                if index < value.endIndex, value[index] == UInt8(ascii: ")") { index += 1 }
                continue
            }
            let emoji = emojiTemperature(value, at: index)
            guard isASCIILetter(byte) || emoji != nil else {
                index += 1
                continue
            }
            var end = index + 1
            if emoji != nil { end = index + 4 } else { while end < value.endIndex, isASCIILetter(value[end]) { end += 1 } }
            let word = value[index..<end]
            if let temperature = emoji ?? temperature(inWord: word) {
                if let current = part {
                    part = (max(current.value, temperature), current.lower, end)
                } else {
                    part = (temperature, index, end)
                }
            } else if part != nil, ASCIIBytes.equalsIgnoringCase(word, "to") || ASCIIBytes.equalsIgnoringCase(word, "then") {
                finishPart()
            } else if part == nil, !partHadTemperature, otherColour == nil, isOtherColour(word) {
                otherColour = index..<end
            }
            index = end
        }
        finishStep(at: value.endIndex)
        if !found {
            let written = String(decoding: value, as: UTF8.self)
            problems.append(problem("'\(written)' names no temperature; use red, yellow or green (a trajectory is written `red -> yellow`)",
                                    field.range(ofValueBytes: 0..<value.count)))
        }
    }

    /// Whether `value` names a temperature anywhere (a key written without its colon, `temp
    /// green`, is a field only then).
    static func namesTemperature(_ value: ArraySlice<UInt8>) -> Bool {
        var index = value.startIndex
        while index < value.endIndex {
            if emojiTemperature(value, at: index) != nil { return true }
            guard isASCIILetter(value[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < value.endIndex, isASCIILetter(value[end]) { end += 1 }
            if temperature(inWord: value[index..<end]) != nil { return true }
            index = end
        }
        return false
    }

    /// The traffic light's own circles, as phones offer them: 🔴 red, 🟡 yellow, 🟢 green (four
    /// bytes each, `F0 9F …`).
    private static func emojiTemperature(_ value: ArraySlice<UInt8>, at index: Int) -> Temperature? {
        guard value[index] == 0xF0, index + 3 < value.endIndex, value[index + 1] == 0x9F else { return nil }
        switch (value[index + 2], value[index + 3]) {
        case (0x94, 0xB4): return .red
        case (0x9F, 0xA1): return .yellow
        case (0x9F, 0xA2): return .green
        default: return nil
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// The temperature a word names: `red`, `yellow` or `green` in any case, or with a suffix
    /// people add (`reddish`, `redish`, `yellowish`, `yellowy`, `greenish`).
    private static func temperature(inWord word: ArraySlice<UInt8>) -> Temperature? {
        for (name, temperature) in temperatureNames {
            let length = name.utf8CodeUnitCount
            guard word.count >= length, ASCIIBytes.equalsIgnoringCase(word.prefix(length), name) else { continue }
            let suffix = word.dropFirst(length)
            if suffix.isEmpty || ASCIIBytes.equalsIgnoringCase(suffix, "ish") || ASCIIBytes.equalsIgnoringCase(suffix, "dish")
                || ASCIIBytes.equalsIgnoringCase(suffix, "y") { return temperature }
        }
        return nil
    }

    /// Made once: a local array literal was built on every word.
    private static let temperatureNames: [(StaticString, Temperature)] = [("red", .red), ("yellow", .yellow), ("green", .green)]

    /// A colour that is not one of the three: the writer meant a temperature and wrote another one.
    private static func isOtherColour(_ word: ArraySlice<UInt8>) -> Bool {
        let lower = String(decoding: word, as: UTF8.self).lowercased()
        return ["blue", "purple", "orange", "pink", "black", "white", "grey", "gray", "brown", "amber", "violet"].contains(lower)
    }

    /// ` - `, ` – ` or ` — ` at `index` (a space, a dash, a space) followed by a temperature:
    /// its byte length up to that temperature, else 0.
    private static func spacedDashLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        var cursor = index
        while cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
        guard cursor < bytes.endIndex else { return 0 }
        if bytes[cursor] == UInt8(ascii: "-"), arrowLength(bytes, at: cursor) == 0 {
            cursor += 1
        } else if cursor + 2 < bytes.endIndex, bytes[cursor] == 0xE2, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0x93 || bytes[cursor + 2] == 0x94 {
            cursor += 3
        } else {
            return 0
        }
        guard cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: " ") else { return 0 }
        while cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
        guard cursor < bytes.endIndex else { return 0 }
        if emojiTemperature(bytes, at: cursor) != nil { return cursor - index }
        var end = cursor
        while end < bytes.endIndex, isASCIILetter(bytes[end]) { end += 1 }
        return end > cursor && temperature(inWord: bytes[cursor..<end]) != nil ? cursor - index : 0
    }

    /// `->`, `=>`, `→` or a plain `>` (`red>green`) at `index`: its byte length, else 0. In a
    /// comment (`yellow (>50% sure)`) a plain `>` is no arrow.
    private static func arrowLength(_ bytes: ArraySlice<UInt8>, at index: Int, plainGreaterThan: Bool = true) -> Int {
        if index + 1 < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "="), bytes[index + 1] == UInt8(ascii: ">") {
            return 2
        }
        if plainGreaterThan, bytes[index] == UInt8(ascii: ">") { return 1 }
        if index + 2 < bytes.endIndex, bytes[index] == 0xE2, bytes[index + 1] == 0x86, bytes[index + 2] == 0x92 { return 3 }
        return 0
    }

    /// `text him again (resisted)`: the urge and its outcome, read as people write it
    /// (docs/format.md, "Urges"): the outcome is the last parenthesis, or what follows the last
    /// dash, comma or semicolon; in it the first word that decides counts (`resisted`, `held
    /// off`, `waited`, `didn't` → resisted; `acted`, `did it`, `gave in`, `caved`, `sent` →
    /// acted), turned round by a negation before it (`didn't act` → resisted, `couldn't resist`
    /// → acted). The urge's text drops the outcome only when it is a bare `(resisted)` or
    /// `(acted)`, so no word of a longer note is lost.
    static func urge(_ field: FieldLine) -> Urge {
        let value = field.valueString
        // All-ASCII values (nearly all) are read on bytes, where a byte is a character; the
        // character path was a fifth of reading a journal's fields.
        let zone = ASCIIBytes.isASCII(field.value) ? asciiOutcomeZone(of: field.value, in: value) : outcomeZone(of: value)
        guard let zone, let outcome = outcome(words: zone.words, anywhere: zone.isParenthesis) else {
            return Urge(text: value, outcome: .unspecified, range: field.range)
        }
        let text = zone.isBare ? String(value[..<zone.start]).trimmingSpaces() : value
        return Urge(text: text, outcome: outcome, range: field.range)
    }

    /// Where an urge's outcome is written: `start` is its opening mark, `words` its words in
    /// lower case, and `isBare` says it is just `resisted` or `acted`.
    struct OutcomeZone: Equatable {
        let start: String.Index
        let words: [String]
        let isParenthesis: Bool
        let isBare: Bool
    }

    /// The outcome's words, and where the text before them (with its opening mark) ends.
    static func outcomeZone(of value: String) -> OutcomeZone? {
        func zone(_ start: String.Index, _ words: Substring, isParenthesis: Bool) -> OutcomeZone {
            let bare = words.trimmingSpaces().lowercased()
            return OutcomeZone(start: start,
                               words: words.lowercased().replacingApostrophes().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init),
                               isParenthesis: isParenthesis, isBare: bare == "resisted" || bare == "acted")
        }
        var trimmed = value[...]
        while let last = trimmed.last, last == " " || last == "." || last == "!" { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            return zone(open, trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)], isParenthesis: true)
        }
        // The last mark: a dash between spaces, a comma, a semicolon or a colon.
        var index = trimmed.endIndex
        while index > trimmed.startIndex {
            index = trimmed.index(before: index)
            let character = trimmed[index]
            let after = trimmed.index(after: index)
            guard after < trimmed.endIndex, trimmed[after] == " " else { continue }
            if character == "," || character == ";" || character == ":" {
                return zone(index, trimmed[after...], isParenthesis: false)
            }
            if character == "-" || character == "–" || character == "—", index > trimmed.startIndex, trimmed[trimmed.index(before: index)] == " " {
                return zone(trimmed.index(before: index), trimmed[after...], isParenthesis: false)
            }
        }
        return nil
    }

    /// `outcomeZone(of:)` for an all-ASCII value, on its bytes (`value` is the same text).
    static func asciiOutcomeZone(of bytes: ArraySlice<UInt8>, in value: String) -> OutcomeZone? {
        func zone(_ start: Int, _ words: ArraySlice<UInt8>, isParenthesis: Bool) -> OutcomeZone {
            var lowered: [String] = []
            var wordStart: Int?
            for index in words.indices {
                let byte = ASCIIBytes.lowercased(words[index])
                let inWord = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte == UInt8(ascii: "'")
                if inWord, wordStart == nil { wordStart = index }
                if !inWord, let start = wordStart {
                    lowered.append(ASCIIBytes.lowercasedString(words[start..<index]))
                    wordStart = nil
                }
            }
            if let start = wordStart {
                lowered.append(ASCIIBytes.lowercasedString(words[start...]))
            }
            var first = words.startIndex, last = words.endIndex
            while first < last, words[first] == 0x20 || words[first] == 0x09 { first += 1 }
            while last > first, words[last - 1] == 0x20 || words[last - 1] == 0x09 { last -= 1 }
            let bare = words[first..<last]
            return OutcomeZone(start: value.utf8.index(value.startIndex, offsetBy: start - bytes.startIndex), words: lowered,
                               isParenthesis: isParenthesis,
                               isBare: ASCIIBytes.equalsIgnoringCase(bare, "resisted") || ASCIIBytes.equalsIgnoringCase(bare, "acted"))
        }
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "!") { end -= 1 }
        let trimmed = bytes[..<end]
        if trimmed.last == UInt8(ascii: ")"), let open = trimmed.lastIndex(of: UInt8(ascii: "(")) {
            return zone(open, trimmed[(open + 1)..<(end - 1)], isParenthesis: true)
        }
        var index = end
        while index > trimmed.startIndex {
            index -= 1
            guard index + 1 < end, trimmed[index + 1] == UInt8(ascii: " ") else { continue }
            let byte = trimmed[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") {
                return zone(index, trimmed[(index + 1)...], isParenthesis: false)
            }
            if byte == UInt8(ascii: "-"), index > trimmed.startIndex, trimmed[index - 1] == UInt8(ascii: " ") {
                return zone(index - 1, trimmed[(index + 1)...], isParenthesis: false)
            }
        }
        return nil
    }

    // Word lists as `switch`es: the words are short (stored inline in the `String`), so
    // comparing them costs less than hashing each into a `Set`.
    private static func isResistedWord(_ word: String) -> Bool {
        switch word {
        case "resisted", "resist", "resisting", "held", "waited", "skipped", "surfed", "sat", "didn't", "didnt": true
        default: false
        }
    }

    private static func isActedWord(_ word: String) -> Bool {
        switch word {
        case "acted", "act", "did", "gave", "caved", "sent", "texted", "called", "checked", "asked": true
        default: false
        }
    }

    private static func isNegation(_ word: String) -> Bool {
        switch word {
        case "not", "never", "no", "didn't", "didnt", "couldn't", "couldnt", "don't", "dont", "without", "wasn't", "cant", "can't": true
        default: false
        }
    }

    /// The outcome the words of `zone` say. After a dash or comma only the first words decide
    /// (`text him, resisted`), so that a longer clause (`call mom, ask if I did right`) is not
    /// read as an outcome; in parentheses any word may.
    private static func outcome(words written: [String], anywhere: Bool) -> UrgeOutcome? {
        var words: [String] = []
        for word in written {
            if word == "not", words.last == "did" { words[words.count - 1] = "didn't" } else { words.append(word) }
        }
        for (index, word) in words.enumerated() {
            if !anywhere, index > 1 { return nil }
            let negated = index > 0 && isNegation(words[index - 1])
            if word == "didn't" || word == "didnt" {
                // `didn't` alone, or before a verb that says what was not done.
                if index + 1 < words.count, isResistedWord(words[index + 1]) && words[index + 1] != "didn't" { return .acted }
                if index + 1 < words.count, words[index + 1] == "do" || isActedWord(words[index + 1]) { return .resisted }
                return .resisted
            }
            if isResistedWord(word) { return negated ? .acted : .resisted }
            if isActedWord(word) { return negated ? .resisted : .acted }
        }
        return nil
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

extension String {
    /// The text with typographic apostrophes (`’`, as phones type them) written `'`.
    fileprivate func replacingApostrophes() -> String {
        contains("\u{2019}") ? String(map { $0 == "\u{2019}" ? "'" : $0 }) : self
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (byte-level: both are ASCII). The
    /// one trim of the package: the detectors' sentences and `steady new`'s titles use it too.
    package func trimmingSpaces() -> String {
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
