/// Where an effective configuration value came from, for `steady config --explain`.
///
/// When a person asks "why is this a warning?", the answer is a file and a line they can open.
public enum ValueOrigin: Sendable, Hashable, CustomStringConvertible {
    /// Steady's built-in default.
    case `default`
    /// A configuration file, at the line of the key.
    case file(path: String, line: Int)

    /// `default` or `path:line`.
    public var description: String {
        switch self {
        case .default: "default"
        case .file(let path, let line): "\(path):\(line)"
        }
    }
}
