import JournalFiles

/// The journal paths a run reads: files or folders, searched recursively, `-` for standard input.
public struct RunInput: Sendable {
    /// Journal files or folders; none means the current folder.
    public var paths: [String]
    /// The file name standard input stands for (its date makes it a daily note), if any.
    public var standardInputName: String?

    public init(paths: [String] = [], standardInputName: String? = nil) {
        self.paths = paths
        self.standardInputName = standardInputName
    }

    /// The journal files under the paths, with the paths that could not be searched and the
    /// files the configuration ignores.
    /// - Parameter found: told of each source as soon as it is found, so work can start on it
    ///   while the search goes on.
    public func findSources(ignoring shouldIgnore: @escaping JournalFileFinder.IgnorePredicate = { _ in false },
                            found: (JournalSource) -> Void = { _ in }) -> JournalFileSearch {
        JournalFileFinder(shouldIgnore: shouldIgnore).find(paths.isEmpty ? ["."] : paths, found: found)
    }

    /// The path to show for a source.
    public func displayPath(of source: JournalSource) -> String {
        Self.displayPath(of: source, standardInputName: standardInputName)
    }

    /// `displayPath(of:)` given only the standard input's name: a closure run for every file
    /// captures that rather than the whole input.
    public static func displayPath(of source: JournalSource, standardInputName: String?) -> String {
        switch source {
        case .file(let path): path
        case .standardInput: standardInputName ?? "<stdin>"
        }
    }
}
