/// The keys a journal line may start with to be a field (`temp: red`). Case-insensitive.
public enum FieldKey: String, Sendable, Hashable, CaseIterable {
    case temp, evidence, reassurance, urge, regulate, fact, reframe, trigger

    /// Recognises a key written in any case.
    public init?(caseInsensitive key: some StringProtocol) {
        self.init(rawValue: key.lowercased())
    }

    /// Recognises a key from its bytes, in any case, without building a string (the builder
    /// asks for every line that looks like a field). Same answer as `init(caseInsensitive:)`.
    ///
    /// The first letter and the length pick the one key the bytes could be (no two keys share
    /// both), so a line is compared with one key, not with each in turn.
    init?(caseInsensitiveBytes key: ArraySlice<UInt8>) {
        guard let first = key.first, let candidate = Self.candidate(first: ASCIIBytes.lowercased(first), count: key.count),
              key.withUnsafeBufferPointer({ Self.equalsIgnoringCase($0, candidate.keyword) }) else { return nil }
        self = candidate
    }

    /// Whether `bytes` spell `keyword` (lower case letters) in any case. A byte with the `0x20`
    /// bit set is a lower case letter exactly when it was that letter in either case, so one OR
    /// per byte compares; keys are all letters, so no other byte can pass.
    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ keyword: StaticString) -> Bool {
        guard bytes.count == keyword.utf8CodeUnitCount else { return false }
        let letters = keyword.utf8Start
        for index in 0..<bytes.count where bytes[index] | 0x20 != letters[index] {
            return false
        }
        return true
    }

    /// The raw value as a static string, compared without a `String`.
    private var keyword: StaticString {
        switch self {
        case .temp: "temp"
        case .evidence: "evidence"
        case .reassurance: "reassurance"
        case .urge: "urge"
        case .regulate: "regulate"
        case .fact: "fact"
        case .reframe: "reframe"
        case .trigger: "trigger"
        }
    }

    /// The only key whose first letter is `first` (lower case) and whose length is `count`.
    private static func candidate(first: UInt8, count: Int) -> FieldKey? {
        switch (first, count) {
        case (UInt8(ascii: "t"), 4): .temp
        case (UInt8(ascii: "t"), 7): .trigger
        case (UInt8(ascii: "e"), 8): .evidence
        case (UInt8(ascii: "r"), 11): .reassurance
        case (UInt8(ascii: "r"), 8): .regulate
        case (UInt8(ascii: "r"), 7): .reframe
        case (UInt8(ascii: "u"), 4): .urge
        case (UInt8(ascii: "f"), 4): .fact
        default: nil
        }
    }

    /// The key `bytes` name when read tolerantly: the key itself in any case (`isExact`), or a
    /// plural or near-synonym people write for it (`triggers`, `temperature`, `regulation`).
    /// Checked for every line that starts like a field, so the synonyms are found by length and
    /// first letter before any comparison.
    static func tolerantReading<Bytes: Collection<UInt8>>(of bytes: Bytes) -> (key: FieldKey, isExact: Bool)? {
        guard let first = bytes.first else { return nil }
        let letter = ASCIIBytes.lowercased(first)
        let count = bytes.count
        if let candidate = candidate(first: letter, count: count), ASCIIBytes.equalsIgnoringCase(bytes, candidate.keyword) {
            return (candidate, true)
        }
        guard count >= 5, count <= 19 else { return nil }
        for synonym in synonyms where synonym.first == letter && synonym.word.utf8CodeUnitCount == count {
            if ASCIIBytes.equalsIgnoringCase(bytes, synonym.word) { return (synonym.key, false) }
        }
        return nil
    }

    /// Words people write for a key: plurals, the long form, the past tense. Each one a person
    /// would plausibly put at the start of a line meaning the field, not a sentence (`Facts:`,
    /// `Triggered: he didn't reply`). Not `Reassured:`: it tells of reassurance received ("Reassured:
    /// my friend said it was fine"), not of an ask, so the line stays prose and its words decide.
    private static let synonyms: [(first: UInt8, word: StaticString, key: FieldKey)] = [
        (UInt8(ascii: "t"), "temps", .temp), (UInt8(ascii: "t"), "temperature", .temp),
        (UInt8(ascii: "t"), "temperatures", .temp), (UInt8(ascii: "t"), "triggers", .trigger),
        (UInt8(ascii: "t"), "triggered", .trigger), (UInt8(ascii: "e"), "evidences", .evidence),
        (UInt8(ascii: "u"), "urges", .urge), (UInt8(ascii: "f"), "facts", .fact),
        (UInt8(ascii: "r"), "reframes", .reframe), (UInt8(ascii: "r"), "reframed", .reframe),
        (UInt8(ascii: "r"), "reframing", .reframe), (UInt8(ascii: "r"), "regulation", .regulate),
        (UInt8(ascii: "r"), "regulated", .regulate), (UInt8(ascii: "r"), "regulating", .regulate),
        (UInt8(ascii: "r"), "reassurances", .reassurance),
        (UInt8(ascii: "r"), "reassurance-seeking", .reassurance),
    ]
}
