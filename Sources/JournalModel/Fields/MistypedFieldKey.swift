extension FieldKey {
    /// Words people write for a key, beyond typos, that the tolerant reader does not read as
    /// the key itself. Plurals and long forms (`Temperature:`, `Facts:`) are read as their key
    /// (`FieldKey.tolerantReading`), so they never reach here as unknown keys.
    private static let aliases: [String: FieldKey] = ["reassure": .reassurance]

    /// Each known key and its letters, in `allCases` order (the first of equally close keys
    /// wins), made once.
    private static let candidates: [(key: FieldKey, letters: [UInt8])] = allCases.map { ($0, Array($0.rawValue.utf8)) }

    /// The known key a mistyped one (`evidnce`, `urg`, `temperature`) was meant to be, or nil
    /// when it is far from every key (`Today`). The linter suggests it (`unknown-field`), and
    /// the detectors read the line as that field would be read (an urge is never an act).
    public init?(mistyped written: String) {
        if let alias = Self.aliases[written.lowercased()] { self = alias; return }
        self.init(misspelled: written)
    }

    /// The known key a misspelled one (`reasurance`, `urg`) was meant to be: as
    /// `init(mistyped:)`, without the other words people write for a key (`reassure:` may be
    /// the writer reassuring themselves, not a note of an ask).
    public init?(misspelled written: String) {
        let key = written.lowercased()
        // Keys are ASCII letters, so for a simple written key (nearly all) bytes are characters
        // and the distance is the one `EditDistance.between` finds on the strings.
        let keyLetters: [UInt8]? = EditDistance.isSimple(key) ? Array(key.utf8) : nil
        let length = keyLetters?.count ?? key.count
        let allowed = length <= 4 ? 1 : 2
        var best: (key: FieldKey, distance: Int)?
        for candidate in Self.candidates {
            // The distance is at least the difference in length: most prose lines that look like
            // fields ("Today: …") are ruled out without computing it.
            guard abs(candidate.letters.count - length) <= allowed else { continue }
            let distance = keyLetters.map { EditDistance.between($0, candidate.letters) } ?? EditDistance.between(key, candidate.key.rawValue)
            if distance <= allowed, distance < (best?.distance ?? .max) { best = (candidate.key, distance) }
        }
        guard let best else { return nil }
        self = best.key
    }
}
