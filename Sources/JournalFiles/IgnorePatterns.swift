/// The ignore globs of one configuration file, anchored at that file's folder.
///
/// A path is ignored when it, or any folder between the base folder and it, matches a pattern:
/// that is how `drafts/` (folders only) also ignores `drafts/2026-11-20.md` when a file inside is
/// named explicitly, as `.gitignore` does. Paths outside the base folder are never ignored.
public struct IgnorePatterns: Sendable {
    /// The absolute, normalised folder the patterns are relative to.
    public let baseFolder: String
    /// The compiled patterns.
    public let patterns: [GlobPattern]

    /// - Parameters:
    ///   - patterns: globs as written in configuration.
    ///   - baseFolder: the folder they are relative to (usually the configuration file's folder);
    ///     made absolute against `currentDirectory` when relative.
    ///   - currentDirectory: the folder relative paths start from.
    public init(_ patterns: [String], relativeTo baseFolder: String, currentDirectory: String = currentWorkingDirectory()) {
        self.baseFolder = LexicalPath.absolute(baseFolder, relativeTo: currentDirectory)
        self.patterns = patterns.map(GlobPattern.init)
    }

    /// Whether an absolute, normalised path is ignored.
    /// - Parameters:
    ///   - absolutePath: e.g. `JournalFileFinder.Candidate.absolutePath`.
    ///   - isFolder: whether the path itself is a folder.
    public func ignores(absolutePath: String, isFolder: Bool) -> Bool {
        guard !patterns.isEmpty, let relative = LexicalPath.relative(absolutePath, to: baseFolder),
              !relative.isEmpty else { return false }
        let components = relative.split(separator: "/")
        var prefix = ""
        for (index, component) in components.enumerated() {
            prefix = prefix.isEmpty ? String(component) : prefix + "/" + component
            let prefixIsFolder = index < components.count - 1 || isFolder
            if patterns.contains(where: { $0.matches(prefix, isFolder: prefixIsFolder) }) { return true }
        }
        return false
    }
}
