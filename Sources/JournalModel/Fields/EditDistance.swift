/// The number of single-character insertions, deletions, substitutions and swaps of two
/// neighbouring characters between two words (the optimal string alignment distance): what a
/// "did you mean" compares, for configuration keys in the linter and for mistyped field keys
/// here. A swap counts once because it is the commonest slip of fast typing (`tmep`, `evidnece`).
public enum EditDistance {
    /// The distance between two words, counted in characters.
    public static func between(_ a: String, _ b: String) -> Int {
        // Plain ASCII (no CR, which pairs with LF into one character) has one character per
        // byte: compare bytes, without breaking the words into `Character`s.
        if isSimple(a), isSimple(b) { return between(Array(a.utf8), Array(b.utf8)) }
        return between(Array(a), Array(b))
    }

    /// Whether `text` is plain ASCII without CR, so that each byte is one character.
    public static func isSimple(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }

    /// The distance between two sequences (of bytes, for simple words; of characters otherwise).
    public static func between<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rows of the distance table: two above (a swap looks two rows back) and the one
        // being filled.
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
