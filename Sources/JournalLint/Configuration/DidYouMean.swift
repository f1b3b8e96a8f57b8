/// Suggests the known word a mistyped one was probably meant to be.
///
/// Edit distance (Levenshtein) catches typos (`max-per-dy`, `evidnce`); a prefix catches
/// abbreviations (`warn` → `warning`); comparing lower-cased catches `Error`. A suggestion is made
/// only when it is close, because a wrong "did you mean" sends people in the wrong direction.
public enum DidYouMean {
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            if candidate == lowered { return candidate }
            if lowered.count >= 3, candidate.hasPrefix(lowered) { return candidate }
            let distance = editDistance(lowered, candidate)
            let allowed = max(2, candidate.count / 4)
            if distance <= allowed, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The number of single-character insertions, deletions and substitutions between two words.
    static func editDistance(_ a: String, _ b: String) -> Int {
        // Plain ASCII (no CR, which pairs with LF into one character) has one character per
        // byte: compare bytes, without breaking the words into `Character`s.
        if isSimple(a), isSimple(b) { return editDistance(Array(a.utf8), Array(b.utf8)) }
        return editDistance(Array(a), Array(b))
    }

    /// Whether `text` is plain ASCII without CR, so that each byte is one character.
    static func isSimple(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }

    /// The edit distance between two sequences (of bytes, for simple words; of characters otherwise).
    static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Two rows of the distance table: the row above and the one being filled.
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
