/// Reads the lexicon's line format (documented at the top of `lexicon.tsv`) into word classes,
/// expansions and rules. Word classes and expansions are read first so rules may use classes
/// defined further down.
struct LexiconParser {
    var vocabulary = Vocabulary()
    var classes = ClassPhrases()
    var classIndex: [String: Int] = [:]
    var rules: [LexiconRule] = []
    /// `expand` lines, applied to phrases as they are read.
    var phraseWords = PhraseWords()
    /// `expand-before` lines: a word rewritten only before one of the listed words (vocabulary ids).
    var conditionalRewrites: [(source: Int32, targets: [Int32], following: [Int32])] = []
    /// The words of the phrase being read, reused for every phrase.
    private var phrase: [Int32] = []

    private static let meanings: [String: LexiconRule.Meaning] = [
        "fortune-telling": .claim(.fortuneTelling),
        "magnification": .claim(.magnification),
        "what-if-spiral": .claim(.whatIfSpiral),
        "reassurance": .reassurance,
        "crisis": .crisis,
        "except": .exception,
        "not-crisis": .crisisException,
    ]

    /// A claim type with this prefix is a tier 2 rule: a weak cue family, reported as "possibly
    /// a worst-case thought".
    private static let possiblePrefix = "possible-"

    /// The meaning and tier of a rule line's type, or nil for an unknown type.
    private static func meaning(ofType type: String) -> (LexiconRule.Meaning, ClaimTier)? {
        if let meaning = meanings[type] { return (meaning, .worstCase) }
        guard type.hasPrefix(possiblePrefix), let meaning = meanings[String(type.dropFirst(possiblePrefix.count))],
              case .claim = meaning else { return nil }
        return (meaning, .possible)
    }

    mutating func parse(_ source: String) throws {
        let lines = LexiconText.fieldLines(of: source)
        for (number, fields) in lines where fields[0] == "expand" {
            guard fields.count == 3 else { throw LexiconError(line: number, message: "expand needs: expand<TAB>word<TAB>words") }
            let targets = fields[2].split(separator: " ").map { vocabulary.intern(String($0).lowercased()) }
            phraseWords.addExpansion(of: fields[1].lowercased(), to: targets)
        }
        for (number, fields) in lines where fields[0] == "expand-before" {
            guard fields.count == 4 else {
                throw LexiconError(line: number, message: "expand-before needs: expand-before<TAB>word<TAB>words<TAB>next word | next word")
            }
            let targets = fields[2].split(separator: " ").map { vocabulary.intern(String($0).lowercased()) }
            let following = fields[3].split(separator: "|").compactMap { $0.split(separator: " ").first }
                .map { vocabulary.intern(String($0).lowercased()) }
            conditionalRewrites.append((vocabulary.intern(fields[1].lowercased()), targets, following))
        }
        for (number, fields) in lines where fields[0] == "class" {
            guard fields.count == 3 else { throw LexiconError(line: number, message: "class needs: class<TAB>name<TAB>phrase | phrase") }
            addPhrases(fields[2], to: classNamed(fields[1]))
        }
        for (number, fields) in lines where fields[0] != "expand" && fields[0] != "expand-before" && fields[0] != "class" {
            guard case let (meaning, tier)? = Self.meaning(ofType: fields[0]) else {
                throw LexiconError(line: number, message: "unknown line type '\(fields[0])'")
            }
            guard fields.count == 2 else { throw LexiconError(line: number, message: "a rule needs: type<TAB>pattern") }
            try addRule(meaning, tier: tier, pattern: fields[1], line: number)
        }
    }

    private mutating func classNamed(_ name: String) -> Int {
        if let index = classIndex[name] { return index }
        let index = classes.addClass(named: name)
        classIndex[name] = index
        return index
    }

    /// Adds the phrases of `a | b | c` to a class. A plain text is cut at "|" as bytes, so no
    /// `String` is built per phrase; any other text is split by `Character`, as always.
    private mutating func addPhrases(_ text: String, to index: Int) {
        guard LexiconText.isPlain(text) else {
            for alternative in text.split(separator: "|") { classes.add(normalIDs(of: String(alternative)), to: index) }
            return
        }
        addPhrases(plain: Array(text.utf8)[...], to: index)
    }

    private mutating func addPhrases(plain bytes: ArraySlice<UInt8>, to index: Int) {
        var start = bytes.startIndex
        while start < bytes.endIndex {
            var end = start
            while end < bytes.endIndex, bytes[end] != UInt8(ascii: "|") { end += 1 }
            if end > start { classes.add(normalIDs(ofPlain: bytes[start..<end]), to: index) }
            start = end + 1
        }
    }

    /// Compiles one pattern; each optional element doubles the variants.
    mutating func addRule(_ meaning: LexiconRule.Meaning, tier: ClaimTier = .worstCase, pattern: String, line: Int) throws {
        var variants: [[PatternStep]] = [[]]
        func add(_ steps: [PatternStep], optional: Bool, element: @autoclosure () -> String) throws {
            if optional && steps.count != 1 {
                throw LexiconError(line: line, message: "'\(element())' expands to several words and cannot be optional")
            }
            variants = optional ? variants + variants.map { $0 + steps } : variants.map { $0 + steps }
        }
        // A plain pattern (all of lexicon.tsv) is examined as bytes, each byte one Character, and
        // its elements as ranges of them.
        let bytes = LexiconText.isPlain(pattern) ? Array(pattern.utf8) : nil
        if let bytes, let ranges = LexiconText.plainElementRanges(of: bytes) {
            for range in ranges {
                let optional = bytes[range.upperBound - 1] == UInt8(ascii: "?") && range.count > 1
                let steps = try self.steps(forPlain: bytes[range.lowerBound..<(optional ? range.upperBound - 1 : range.upperBound)], line: line)
                try add(steps, optional: optional, element: String(decoding: bytes[range], as: UTF8.self))
            }
        } else {
            for element in try Self.elements(of: pattern, line: line) {
                var text = element
                let optional = text.hasSuffix("?") && text.count > 1
                if optional { text.removeLast() }
                try add(try self.steps(for: text, line: line), optional: optional, element: element)
            }
        }
        for steps in variants {
            while case .gap? = steps.last { throw LexiconError(line: line, message: "a pattern cannot end with a gap") }
            guard let first = steps.first else { continue }
            if case .gap = first { throw LexiconError(line: line, message: "a pattern cannot start with a gap") }
            if case .end = first { throw LexiconError(line: line, message: "a pattern cannot start with its end ($)") }
            rules.append(LexiconRule(meaning: meaning, tier: tier, steps: steps, line: line))
        }
        if variants.allSatisfy(\.isEmpty) { throw LexiconError(line: line, message: "empty pattern") }
    }

    /// Splits a pattern at spaces, keeping `(phrase one|phrase two)` groups whole.
    static func elements(of pattern: String, line: Int) throws -> [String] {
        if LexiconText.isPlain(pattern), let elements = LexiconText.plainElements(of: pattern) { return elements }
        return try unicodeElements(of: pattern, line: line)
    }

    /// `elements(of:line:)` by `Character`, for patterns that are not plain ASCII.
    static func unicodeElements(of pattern: String, line: Int) throws -> [String] {
        var elements: [String] = []
        var current = ""
        var depth = 0
        for character in pattern {
            switch character {
            case "(": depth += 1; current.append(character)
            case ")":
                depth -= 1
                guard depth >= 0 else { throw LexiconError(line: line, message: "unbalanced ')' in '\(pattern)'") }
                current.append(character)
            case " " where depth == 0, "\t" where depth == 0:
                if !current.isEmpty { elements.append(current); current = "" }
            default: current.append(character)
            }
        }
        guard depth == 0 else { throw LexiconError(line: line, message: "unbalanced '(' in '\(pattern)'") }
        if !current.isEmpty { elements.append(current) }
        return elements
    }

    private mutating func steps(for text: String, line: Int) throws -> [PatternStep] {
        if text.hasPrefix("(") && text.hasSuffix(")") || text.contains("|") {
            // An inline group of phrases, or single-word alternatives, compile to an anonymous word class.
            let inner = text.hasPrefix("(") ? String(text.dropFirst().dropLast()) : text
            let index = classNamed("(" + inner + ")")
            addPhrases(inner, to: index)
            guard !classes.isEmpty(index) else { throw LexiconError(line: line, message: "empty group \(text)") }
            return [.wordClass(Int32(index))]
        }
        if text.hasPrefix("~"), let width = Int(text.dropFirst()), width > 0 {
            return [.gap(Int32(width))]
        }
        if text == "$" { return [.end] }
        if text.hasPrefix("{") && text.hasSuffix("}") {
            let name = String(text.dropFirst().dropLast())
            guard let index = classIndex[name] else { throw LexiconError(line: line, message: "unknown word class {\(name)}") }
            return [.wordClass(Int32(index))]
        }
        return normalIDs(of: text).map { .word($0) }
    }

    /// `steps(for:line:)` on the bytes of a plain element: the same tests, without walking
    /// `Character`s (a group of a hundred phrases was walked several times).
    private mutating func steps(forPlain bytes: ArraySlice<UInt8>, line: Int) throws -> [PatternStep] {
        let opens = bytes.first == UInt8(ascii: "("), closes = bytes.last == UInt8(ascii: ")")
        if opens && closes || bytes.contains(UInt8(ascii: "|")) {
            let inner = opens ? bytes.dropFirst().dropLast() : bytes[...]
            let index = classNamed(opens && closes ? String(decoding: bytes, as: UTF8.self) : "(" + String(decoding: inner, as: UTF8.self) + ")")
            addPhrases(plain: inner, to: index)
            guard !classes.isEmpty(index) else {
                throw LexiconError(line: line, message: "empty group \(String(decoding: bytes, as: UTF8.self))")
            }
            return [.wordClass(Int32(index))]
        }
        if bytes.first == UInt8(ascii: "~"), let width = Int(String(decoding: bytes.dropFirst(), as: UTF8.self)), width > 0 {
            return [.gap(Int32(width))]
        }
        if bytes.count == 1, bytes.first == UInt8(ascii: "$") { return [.end] }
        if bytes.first == UInt8(ascii: "{") && bytes.last == UInt8(ascii: "}") {
            let name = String(decoding: bytes.dropFirst().dropLast(), as: UTF8.self)
            guard let index = classIndex[name] else { throw LexiconError(line: line, message: "unknown word class {\(name)}") }
            return [.wordClass(Int32(index))]
        }
        return normalIDs(ofPlain: bytes[...]).map { .word($0) }
    }

    /// The vocabulary ids of a phrase's normal words (see `PhraseWords`), interning new words.
    /// Built in one reused buffer: a caller that lets go of the result before the next call
    /// allocates nothing.
    private mutating func normalIDs(of phrase: String) -> [Int32] {
        self.phrase.removeAll(keepingCapacity: true)
        phraseWords.internWords(of: phrase, into: &vocabulary, ids: &self.phrase)
        return self.phrase
    }

    /// `normalIDs(of:)` for plain bytes.
    private mutating func normalIDs(ofPlain phrase: ArraySlice<UInt8>) -> [Int32] {
        self.phrase.removeAll(keepingCapacity: true)
        phraseWords.internWords(ofPlain: phrase, into: &vocabulary, ids: &self.phrase)
        return self.phrase
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
