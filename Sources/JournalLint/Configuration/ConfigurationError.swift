/// A problem in a configuration file, with where it is and what to do about it.
///
/// Rendered like a compiler diagnostic, so editors and terminals can jump to it:
/// `PATH:LINE:COL: error: unknown key 'max-per-dy' in 'reassurance'; did you mean 'max-per-day'?`.
/// Columns are 1-based UTF-8 byte columns, as everywhere in Steady.
///
/// A file with several mistakes is reported whole in one run: the error thrown is the first
/// problem in document order, and carries the others (`furtherProblems`), so a person fixes them
/// all at once rather than one per run. `everyProblem` lists them all.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The configuration file, as given to the loader.
    public let path: String
    /// 1-based line; `nil` when the problem is the file as a whole (it cannot be read).
    public let line: Int?
    /// 1-based UTF-8 byte column; `nil` with `line`.
    public let column: Int?
    /// What is wrong.
    public let problem: Problem
    /// The file's other problems after this one, in document order (each with an empty
    /// `furtherProblems`); empty when this is the only one, or when reading stopped here (the
    /// file cannot be read, or is not YAML: nothing after the mistake can be trusted).
    public let furtherProblems: [ConfigurationError]

    /// At most this many problems of one file are listed; a last one says how many more there are.
    public static let listedProblemLimit = 20

    /// The kinds of problems, each with what its message needs.
    public enum Problem: Sendable, Hashable {
        /// The file could not be read; the OS's reason.
        case unreadable(reason: String)
        /// The file is not valid UTF-8.
        case invalidEncoding
        /// The file is not valid YAML; libyaml's description.
        case syntax(String)
        /// A key that is not part of the schema; `section` is the enclosing key path, if any.
        case unknownKey(String, section: String?, suggestion: String?, known: [String])
        /// A key given twice in one mapping.
        case duplicateKey(String, firstLine: Int)
        /// A value of the wrong shape (`expected` and `found` are plain words: "a list", "a string").
        case wrongType(key: String, expected: String, found: String)
        /// A key with no value (`fail-on:` and nothing after it).
        case missingValue(key: String)
        /// A word that is not one of the allowed ones (a severity, a kind, a `fail-on` value).
        case unknownValue(key: String, value: String, allowed: [String], suggestion: String?)
        /// A time that is not `HH:MM` between 00:00 and 23:59.
        case invalidTime(key: String, value: String)
        /// A count that must be a whole number 0 or more.
        case invalidCount(key: String, value: String)
        /// A rule id that no rule has.
        case unknownRule(String, suggestion: String?, known: [String])
        /// A `version:` this Steady does not read.
        case unsupportedVersion(String)
        /// An empty string where text is needed (an empty ignore pattern or phrase).
        case emptyText(key: String)
        /// More YAML aliases (`*name`) than a configuration may use.
        case tooManyAliases(limit: Int)
        /// Aliases that stand for more than `limit` bytes of configuration once written out.
        case aliasExpansion(limit: Int)
        /// A user phrase with more words or gaps, or a wider gap, than the matcher takes.
        case phraseTooLong(key: String, words: Int, gaps: Int, widestGap: Int)
        /// A `folder:` pattern Steady does not take.
        case invalidFolder(String, FolderPattern.Problem)
        /// A `tag-prefixes` symbol that cannot start a tag (the text as written).
        case invalidTagPrefix(String)
        /// `tag-prefixes` with no symbol in it: no tag could be read.
        case noTagPrefixes
        /// More problems than `listedProblemLimit` were found; this many are not listed.
        case unlistedProblems(count: Int)
    }

    public init(path: String, line: Int?, column: Int?, problem: Problem) {
        self.init(path: path, line: line, column: column, problem: problem, furtherProblems: [])
    }

    private init(path: String, line: Int?, column: Int?, problem: Problem, furtherProblems: [ConfigurationError]) {
        self.path = path
        self.line = line
        self.column = column
        self.problem = problem
        self.furtherProblems = furtherProblems
    }

    /// The problems of one file, in document order, as one error (`nil` when there are none):
    /// the first, carrying the rest, with past `listedProblemLimit` one more saying how many
    /// were left out.
    init?(problems: [ConfigurationError]) {
        guard let first = problems.first else { return nil }
        var rest = Array(problems.dropFirst().prefix(Self.listedProblemLimit - 1))
        if problems.count > Self.listedProblemLimit {
            rest.append(ConfigurationError(path: first.path, line: nil, column: nil,
                                           problem: .unlistedProblems(count: problems.count - Self.listedProblemLimit)))
        }
        self.init(path: first.path, line: first.line, column: first.column, problem: first.problem, furtherProblems: rest)
    }

    /// This problem and the file's further ones, in document order, each on its own.
    public var everyProblem: [ConfigurationError] {
        [ConfigurationError(path: path, line: line, column: column, problem: problem)] + furtherProblems
    }

    /// The message without the location: what is wrong and what to do.
    public var message: String {
        switch problem {
        case .unreadable(let reason):
            return "cannot read configuration file: \(reason)"
        case .invalidEncoding:
            return "configuration file is not valid UTF-8; save it as UTF-8"
        case .syntax(let detail):
            return "YAML syntax error: \(detail)"
        case .unknownKey(let key, let section, let suggestion, let known):
            let place = section.map { " in '\($0)'" } ?? ""
            if let suggestion { return "unknown key '\(key)'\(place); did you mean '\(suggestion)'?" }
            return "unknown key '\(key)'\(place); known keys: \(known.joined(separator: ", "))"
        case .duplicateKey(let key, let firstLine):
            return "duplicate key '\(key)' (first given at line \(firstLine)); keep one of them"
        case .wrongType(let key, let expected, let found):
            return "'\(key)' must be \(expected), not \(found)"
        case .missingValue(let key):
            return "'\(key)' has no value; give one, or remove the key to use the default"
        case .unknownValue(let key, let value, let allowed, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            return "'\(value)' is not a valid value for '\(key)'; \(hint)use one of: \(allowed.joined(separator: ", "))"
        case .invalidTime(let key, let value):
            return "'\(key)' must be a time of day such as \"04:00\" or \"4am\", not '\(value)'"
        case .invalidCount(let key, let value):
            return "'\(key)' must be a whole number, 0 or more, not '\(value)'"
        case .unknownRule(let id, let suggestion, let known):
            if let suggestion { return "unknown rule '\(id)' in 'rules'; did you mean '\(suggestion)'?" }
            let list = known.isEmpty ? "none are registered" : "known rules: " + known.joined(separator: ", ")
            return "unknown rule '\(id)' in 'rules'; \(list)"
        case .unsupportedVersion(let value):
            return "unsupported configuration version '\(value)'; this Steady reads version \(LintConfiguration.currentVersion)"
        case .emptyText(let key):
            return "'\(key)' has an empty entry; remove it or write the text"
        case .tooManyAliases(let limit):
            return "more than \(limit) YAML aliases ('*name'); write these values out in full (a configuration may use at most \(limit) aliases)"
        case .aliasExpansion(let limit):
            return "YAML aliases here stand for more than \(limit) bytes of configuration; write the values out instead of aliasing them"
        case .phraseTooLong(let key, let words, let gaps, let widestGap):
            // Each limit the phrase is over named with its bound, so the writer knows what to change.
            var text = "'\(key)' has a phrase of \(words) words"
            if words > PhraseLimits.words { text += " (at most \(PhraseLimits.words) words)" }
            if gaps > PhraseLimits.gaps { text += " with \(gaps) gaps (at most \(PhraseLimits.gaps) gaps)" }
            if widestGap > PhraseLimits.gapWidth {
                text += (gaps > PhraseLimits.gaps ? " and" : " with") + " a gap of ~\(widestGap) (gaps may be ~1 to ~\(PhraseLimits.gapWidth))"
            }
            return text + "; shorten it or split it into several phrases"
        case .invalidTagPrefix(let written):
            return "'\(written)' cannot start a tag in 'tag-prefixes'; use \"#\", \"@\" or both, quoted (tag-prefixes: [\"#\", \"@\"])"
        case .unlistedProblems(let count):
            return "and \(count) more problem\(count == 1 ? "" : "s") in this file, not listed; fix the ones above and run again to see them"
        case .noTagPrefixes:
            return "'tag-prefixes' names no symbol, so no tag would be read; use [\"#\"] (the default), [\"@\"] or [\"#\", \"@\"]"
        case .invalidFolder(let pattern, let reason):
            switch reason {
            case .absolute:
                return "'folder' must be relative to this file's folder, not '\(pattern)'"
            case .leavesFolder:
                return "'folder' may not leave this file's folder with '..' ('\(pattern)')"
            case .unclosedPlaceholder:
                return "'folder' has a '{' with no '}' in '\(pattern)'; placeholders are {yyyy}, {mm} and {dd}"
            case .unknownPlaceholder(let name):
                let hint = DidYouMean.suggestion(for: name, among: FolderPattern.placeholders).map { "did you mean '{\($0)}'? " } ?? ""
                return "'{\(name)}' is not a placeholder 'folder' knows; \(hint)use {yyyy}, {mm} and {dd}"
            }
        }
    }

    /// `PATH:LINE:COL: error: MESSAGE`, or `PATH: error: MESSAGE` without a position: this
    /// problem alone (`everyProblem` has the file's others).
    public var description: String {
        if let line, let column { return "\(path):\(line):\(column): error: \(message)" }
        return "\(path): error: \(message)"
    }
}
