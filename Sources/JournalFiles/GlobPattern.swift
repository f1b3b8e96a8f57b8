/// A shell-style pattern for ignoring paths, with the rules of `.gitignore` that people already know.
///
/// - `*` matches any run of characters within one path component (never `/`).
/// - `?` matches one character (never `/`).
/// - `[abc]`, `[a-z]`, `[!abc]` / `[^abc]` match one character from (or not from) a set.
/// - `**` as a whole component matches any number of components, including none:
///   `drafts/**` matches `drafts` and everything under it, `**/old.md` matches `old.md` at any depth.
/// - `\` makes the next character literal (`\*`).
/// - A pattern with no `/` (other than a trailing one) matches the last component at any depth,
///   like `.gitignore`: `*.tmp.md` ignores `a/b/x.tmp.md`. A pattern with a `/` is anchored at the
///   base folder (the folder of the configuration file it came from); a leading `/` only anchors.
/// - A trailing `/` makes the pattern match folders only.
/// - An unclosed `[` is a literal `[` (as `fnmatch` does), so no pattern is ever rejected.
///
/// Matching is case-sensitive, like `git` on Linux: journals move between systems, and a pattern that
/// matched on one and not on the other would be a surprise.
public struct GlobPattern: Hashable, Sendable, CustomStringConvertible {
    /// The pattern as written.
    public let source: String
    /// Whether the pattern ended in `/`, so that only folders match.
    public let matchesFoldersOnly: Bool
    private let segments: [Segment]

    /// One component of the pattern.
    private enum Segment: Hashable, Sendable {
        /// `**`: any number of whole components.
        case anyComponents
        /// A component made of literal characters and wildcards.
        case component([Token])
    }

    /// One piece of a component pattern.
    private enum Token: Hashable, Sendable {
        case literal(Unicode.Scalar)
        case anyRun
        case anyOne
        case set(CharacterSet)

        /// Whether this one-character token matches `scalar` (`*` is handled by the matcher).
        func matches(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .literal(let literal): literal == scalar
            case .anyOne: true
            case .set(let set): set.contains(scalar)
            case .anyRun: false
            }
        }
    }

    /// A bracket expression: `[a-z_]`, or its complement `[!a-z_]`.
    private struct CharacterSet: Hashable, Sendable {
        var ranges: [ClosedRange<Unicode.Scalar>]
        var isNegated: Bool

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            ranges.contains { $0.contains(scalar) } != isNegated
        }
    }

    /// Compiles a pattern.
    /// - Parameter pattern: the pattern as written in configuration, e.g. `drafts/**` or `*.tmp.md`.
    public init(_ pattern: String) {
        source = pattern
        var text = Substring(pattern)
        matchesFoldersOnly = text.count > 1 && text.hasSuffix("/")
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        if text.hasPrefix("./") { text.removeFirst(2) }
        let isAnchored = text.contains("/")
        while text.hasPrefix("/") { text.removeFirst() }

        var segments: [Segment] = isAnchored ? [] : [.anyComponents]
        for component in text.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "**" {
                if segments.last != .anyComponents { segments.append(.anyComponents) }
            } else {
                segments.append(.component(Self.tokens(of: component)))
            }
        }
        self.segments = segments
    }

    public var description: String { source }

    /// Whether a path matches.
    /// - Parameters:
    ///   - relativePath: the path relative to the base folder, components separated by `/`
    ///     (`daily/2026-11-20.md`); empty and `.` components are ignored.
    ///   - isFolder: whether the path is a folder; patterns ending in `/` match only folders.
    public func matches(_ relativePath: String, isFolder: Bool = false) -> Bool {
        if matchesFoldersOnly && !isFolder { return false }
        let components = relativePath.split(separator: "/").filter { $0 != "." }
        if components.isEmpty { return false }
        let scalars = components.map { Array($0.unicodeScalars) }
        return Self.match(segments, scalars)
    }

    /// Matches components against segments: `**` is to components what `*` is to characters,
    /// so it is the same greedy algorithm as within a name (see `matchesGreedily`).
    private static func match(_ segments: [Segment], _ components: [[Unicode.Scalar]]) -> Bool {
        matchesGreedily(segments, components, isStar: { $0 == .anyComponents }) { segment, component in
            if case .component(let tokens) = segment { matchComponent(tokens, component) } else { false }
        }
    }

    /// Matches one component (a name) against its tokens.
    private static func matchComponent(_ tokens: [Token], _ text: [Unicode.Scalar]) -> Bool {
        matchesGreedily(tokens, text, isStar: { $0 == .anyRun }) { token, scalar in token.matches(scalar) }
    }

    /// The greedy-star algorithm, for `*` over characters and `**` over components alike: on a
    /// mismatch only the latest star takes one more element. Earlier stars never need to change
    /// (whatever a later star could not reach, an earlier one cannot help with), so the work is
    /// at most pattern × text length; plain backtracking was exponential (`*a*a*a*b` over long names).
    private static func matchesGreedily<Pattern, Element>(
        _ pattern: [Pattern], _ text: [Element], isStar: (Pattern) -> Bool, matches: (Pattern, Element) -> Bool
    ) -> Bool {
        var next = 0, position = 0
        var resumeNext: Int?, resumePosition = 0
        while position < text.count {
            if next < pattern.count, isStar(pattern[next]) {
                resumeNext = next + 1
                resumePosition = position
                next += 1
            } else if next < pattern.count, matches(pattern[next], text[position]) {
                next += 1
                position += 1
            } else if let resume = resumeNext {
                // Let the latest star take one more element and try again from there.
                resumePosition += 1
                next = resume
                position = resumePosition
            } else {
                return false
            }
        }
        while next < pattern.count, isStar(pattern[next]) { next += 1 }
        return next == pattern.count
    }

    private static func tokens(of component: Substring) -> [Token] {
        let scalars = Array(component.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "*":
                if tokens.last != .anyRun { tokens.append(.anyRun) }
                index += 1
            case "?":
                tokens.append(.anyOne)
                index += 1
            case "\\" where index + 1 < scalars.count:
                tokens.append(.literal(scalars[index + 1]))
                index += 2
            case "[":
                if let (set, next) = parseSet(scalars, openingAt: index) {
                    tokens.append(.set(set))
                    index = next
                } else {
                    tokens.append(.literal("["))
                    index += 1
                }
            default:
                tokens.append(.literal(scalar))
                index += 1
            }
        }
        return tokens
    }

    /// Parses `[...]` starting at `start`; returns the set and the index after `]`, or `nil` if unclosed.
    private static func parseSet(_ scalars: [Unicode.Scalar], openingAt start: Int) -> (CharacterSet, Int)? {
        var index = start + 1
        var isNegated = false
        if index < scalars.count, scalars[index] == "!" || scalars[index] == "^" {
            isNegated = true
            index += 1
        }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        var isFirst = true
        while index < scalars.count {
            var scalar = scalars[index]
            if scalar == "]" && !isFirst {
                return (CharacterSet(ranges: ranges, isNegated: isNegated), index + 1)
            }
            isFirst = false
            if scalar == "\\", index + 1 < scalars.count {
                index += 1
                scalar = scalars[index]
            }
            if index + 2 < scalars.count, scalars[index + 1] == "-", scalars[index + 2] != "]" {
                let upper = scalars[index + 2]
                if scalar <= upper { ranges.append(scalar...upper) }
                index += 3
            } else {
                ranges.append(scalar...scalar)
                index += 1
            }
        }
        return nil
    }
}
