import Testing
@testable import JournalFiles

/// `ignore` globs match without backtracking: `*a*a*a*b` over long names took minutes.
@Suite("GlobPattern: no exponential backtracking")
struct GlobBacktrackingTests {
    /// A hang guard, not a speed measurement (Scripts/benchmark --pathological measures): the
    /// backtracking matcher took minutes here, the greedy one answers at once.
    @Test(.timeLimit(.minutes(1)))
    func manyStarsOverALongNameAnswerAtOnce() {
        let name = String(repeating: "a", count: 5_000) + ".md"
        #expect(!GlobPattern("*a*a*a*a*a*a*a*a*b").matches(name))
        #expect(GlobPattern("*a*a*a*a*a*a*a*a*.md").matches(name))
        #expect(!GlobPattern("**/a*/**/a*/**/a*/**/b").matches(Array(repeating: "aaaa", count: 300).joined(separator: "/")))
    }

    /// The greedy matcher against plain backtracking (fine for short text) on every small pattern.
    @Test func greedyMatchingAgreesWithBacktracking() {
        let pieces = ["a", "b", "*", "?", "[ab]", "[!a]"]
        var patterns = [""]
        for _ in 0..<4 { patterns = patterns.flatMap { prefix in pieces.map { prefix + $0 } } }
        let names = ["", "a", "b", "ab", "ba", "aab", "abab", "bbba", "aaaab", "babab"]
        for pattern in patterns where !pattern.isEmpty {
            let glob = GlobPattern(pattern)
            for name in names where !name.isEmpty {
                #expect(glob.matches(name) == Self.backtracking(Array(pattern.unicodeScalars)[...], Array(name.unicodeScalars)[...]),
                        "\(pattern) against \(name)")
            }
        }
    }

    /// Components of `**` patterns against the same algorithm one level up.
    @Test(arguments: [
        ("a/**/b", "a/x/y/b", true), ("a/**/b", "a/b", true), ("a/**/b", "a/x/c", false),
        ("**/x/**/y", "p/x/q/x/r/y", true), ("**/x/**/y", "p/x/q/y/r", false),
        ("a/**", "a", true), ("a/**", "a/b/c", true), ("**/*.md", "d/e/f.md", true),
    ])
    func doubleStarAcrossComponents(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(GlobPattern(pattern).matches(path) == expected)
    }

    /// A reference matcher for the subset above (`a`, `b`, `*`, `?`, `[ab]`, `[!a]`).
    private static func backtracking(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        switch first {
        case "*":
            return (0...text.count).contains { backtracking(pattern.dropFirst(), text.dropFirst($0)) }
        case "?":
            return !text.isEmpty && backtracking(pattern.dropFirst(), text.dropFirst())
        case "[":
            let close = pattern.firstIndex(of: "]")!
            let body = pattern[(pattern.startIndex + 1)..<close]
            guard let character = text.first else { return false }
            let matches = body.first == "!" ? !body.dropFirst().contains(character) : body.contains(character)
            return matches && backtracking(pattern[(close + 1)...], text.dropFirst())
        default:
            return text.first == first && backtracking(pattern.dropFirst(), text.dropFirst())
        }
    }
}
