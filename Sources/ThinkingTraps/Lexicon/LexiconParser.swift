/// Reads the lexicon's line format (documented at the top of `lexicon.tsv`) into word classes,
/// expansions and rules. Word classes and expansions are read first so rules may use classes
/// defined further down.
struct LexiconParser {
    var vocabulary = Vocabulary()
    var classes: [WordClass] = []
    var classIndex: [String: Int] = [:]
    var rules: [LexiconRule] = []
    var expansionTargets: [[NormalWord]] = []
    var expansionWords: [String: [String]] = [:]
    /// Words rewritten by `expand` lines, in the order of `expansionTargets`.
    var expansionSources: [String] = []

    private static let meanings: [String: LexiconRule.Meaning] = [
        "fortune-telling": .claim(.fortuneTelling),
        "magnification": .claim(.magnification),
        "what-if-spiral": .claim(.whatIfSpiral),
        "reassurance": .reassurance,
        "crisis": .crisis,
        "except": .exception,
    ]

    mutating func parse(_ source: String) throws {
        let lines = LexiconText.fieldLines(of: source)
        for (number, fields) in lines where fields[0] == "expand" {
            guard fields.count == 3 else { throw LexiconError(line: number, message: "expand needs: expand<TAB>word<TAB>words") }
            let targets = fields[2].split(separator: " ").map { String($0).lowercased() }
            expansionWords[fields[1].lowercased()] = targets
            expansionSources.append(fields[1].lowercased())
            expansionTargets.append(targets.map { NormalWord(id: vocabulary.intern($0), hash: WordHash.of($0)) })
        }
        for (number, fields) in lines where fields[0] == "class" {
            guard fields.count == 3 else { throw LexiconError(line: number, message: "class needs: class<TAB>name<TAB>phrase | phrase") }
            let index = classNamed(fields[1])
            for phrase in LexiconText.alternatives(in: fields[2]) {
                let words = normalWords(of: phrase)
                guard !words.isEmpty else { continue }
                classes[index].add(words.map { vocabulary.intern($0) })
            }
        }
        for (number, fields) in lines where fields[0] != "expand" && fields[0] != "class" {
            guard let meaning = Self.meanings[fields[0]] else {
                throw LexiconError(line: number, message: "unknown line type '\(fields[0])'")
            }
            guard fields.count == 2 else { throw LexiconError(line: number, message: "a rule needs: type<TAB>pattern") }
            try addRule(meaning, pattern: fields[1], line: number)
        }
    }

    private mutating func classNamed(_ name: String) -> Int {
        if let index = classIndex[name] { return index }
        classes.append(WordClass(name: name))
        classIndex[name] = classes.count - 1
        return classes.count - 1
    }

    /// Compiles one pattern; each optional element doubles the variants.
    mutating func addRule(_ meaning: LexiconRule.Meaning, pattern: String, line: Int) throws {
        var variants: [[PatternStep]] = [[]]
        for element in try Self.elements(of: pattern, line: line) {
            var text = String(element)
            let optional = text.hasSuffix("?") && text.count > 1
            if optional { text.removeLast() }
            let steps = try steps(for: text, line: line)
            if optional && steps.count != 1 {
                throw LexiconError(line: line, message: "'\(element)' expands to several words and cannot be optional")
            }
            variants = optional ? variants + variants.map { $0 + steps } : variants.map { $0 + steps }
        }
        for steps in variants {
            while case .gap? = steps.last { throw LexiconError(line: line, message: "a pattern cannot end with a gap") }
            guard let first = steps.first else { continue }
            if case .gap = first { throw LexiconError(line: line, message: "a pattern cannot start with a gap") }
            rules.append(LexiconRule(meaning: meaning, steps: steps, line: line))
        }
        if variants.allSatisfy(\.isEmpty) { throw LexiconError(line: line, message: "empty pattern") }
    }

    /// Splits a pattern at spaces, keeping `(phrase one|phrase two)` groups whole.
    static func elements(of pattern: String, line: Int) throws -> [String] {
        if LexiconText.isPlain(pattern.utf8), let elements = LexiconText.plainElements(of: pattern) { return elements }
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
            for phrase in LexiconText.alternatives(in: inner) {
                let words = normalWords(of: phrase)
                guard !words.isEmpty else { continue }
                classes[index].add(words.map { vocabulary.intern($0) })
            }
            guard !classes[index].firstWords.isEmpty else { throw LexiconError(line: line, message: "empty group \(text)") }
            return [.wordClass(Int32(index))]
        }
        if text.hasPrefix("~"), let width = Int(text.dropFirst()), width > 0 {
            return [.gap(Int32(width))]
        }
        if text.hasPrefix("{") && text.hasSuffix("}") {
            let name = String(text.dropFirst().dropLast())
            guard let index = classIndex[name] else { throw LexiconError(line: line, message: "unknown word class {\(name)}") }
            return [.wordClass(Int32(index))]
        }
        return normalWords(of: text).map { .word(vocabulary.intern($0)) }
    }

    /// The normal form the tokenizer gives a phrase: lower case, hyphens split, contractions
    /// and expansions applied.
    func normalWords(of phrase: String) -> [String] {
        Self.normalWords(of: phrase, expansions: expansionWords)
    }

    static func normalWords(of phrase: String, expansions expansionWords: [String: [String]]) -> [String] {
        guard LexiconText.isPlain(phrase.utf8) else { return unicodeNormalWords(of: phrase, expansions: expansionWords) }
        var result: [String] = []
        for word in LexiconText.plainWords(of: phrase) {
            if let expansion = expansionWords[word] { result += expansion; continue }
            result += Self.splitContraction(word)
        }
        return result
    }

    /// `normalWords(of:expansions:)` by `Character`, for phrases that are not plain ASCII.
    static func unicodeNormalWords(of phrase: String, expansions expansionWords: [String: [String]]) -> [String] {
        var result: [String] = []
        let cleaned = phrase.lowercased().replacingAll("\u{2019}", with: "'")
        for piece in cleaned.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\t" }) {
            let word = String(piece)
            if let expansion = expansionWords[word] { result += expansion; continue }
            result += Self.splitContraction(word)
        }
        return result
    }

    static func splitContraction(_ word: String) -> [String] {
        guard word.utf8.contains(0x27), let apostrophe = word.lastIndex(of: "'") else { return [word] }
        let base = String(word[..<apostrophe])
        let suffix = String(word[word.index(after: apostrophe)...])
        switch suffix {
        case "ll": return [base, "will"]
        case "s": return [base, "is"]
        case "re": return [base, "are"]
        case "m": return [base, "am"]
        case "ve": return [base, "have"]
        case "d": return [base, "would"]
        case "t" where base.hasSuffix("n"):
            let stem = String(base.dropLast())
            let fixed = ["wo": "will", "ca": "can", "sha": "shall", "ai": "is"][stem] ?? stem
            return (fixed.isEmpty ? [] : [fixed]) + ["not"]
        default: return [word]
        }
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
