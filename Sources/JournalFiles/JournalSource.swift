/// Where a journal's bytes come from: a file named by a path, or standard input.
///
/// Standard input is its own case (not a path such as `/dev/stdin`) because it can be read only
/// once, has no folder to search for configuration from, and is shown to people as `<stdin>`.
public enum JournalSource: Hashable, Sendable, CustomStringConvertible {
    /// A file, with its path exactly as the person gave it or as it was found under a folder they
    /// gave (`Examples/daily/2026-11-20.md`), never made absolute, so messages show what they typed.
    case file(path: String)
    /// Standard input, requested with the argument `-`.
    case standardInput

    /// The argument that stands for standard input on the command line.
    public static let standardInputArgument = "-"

    /// The name to show in messages: the path, or `<stdin>`.
    public var description: String {
        switch self {
        case .file(let path): path
        case .standardInput: "<stdin>"
        }
    }

    /// The path of a file source; `nil` for standard input.
    public var path: String? {
        if case .file(let path) = self { path } else { nil }
    }
}
