import ArgumentParser
import JournalFiles

/// The journal paths every command takes.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Journal files or folders (searched recursively for *.md and *.markdown; hidden folders skipped); - reads standard input. Default: the current folder.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("stdin-name"), help: ArgumentHelp("The file name to use for standard input (its date makes it a daily note), e.g. when a hook pipes staged content.", valueName: "name"))
    var standardInputName: String?

    /// The journal files under the paths, with problems printed as they are met.
    /// - Returns: the sources, and whether any path could not be searched.
    /// - Parameter found: told of each source as soon as it is found, so work can start on it
    ///   while the search goes on.
    func findSources(ignoring shouldIgnore: @escaping JournalFileFinder.IgnorePredicate = { _ in false },
                     found: (JournalSource) -> Void = { _ in }) -> (sources: [JournalSource], failed: Bool) {
        let finder = JournalFileFinder(shouldIgnore: shouldIgnore)
        let search = finder.find(paths.isEmpty ? ["."] : paths, found: found)
        for error in search.errors { Terminal.error("\(error)") }
        for ignored in search.ignoredFiles where !ignored.isEmpty {
            Terminal.note("\(ignored) is ignored by configuration; skipped")
        }
        return (search.sources, !search.errors.isEmpty)
    }

    /// The path to show for a source.
    func displayPath(of source: JournalSource) -> String {
        Self.displayPath(of: source, standardInputName: standardInputName)
    }

    /// `displayPath(of:)` given only the `--stdin-name` value: a closure run for every file
    /// captures that, not the options, which it copied (every argument's parsed value) per file.
    static func displayPath(of source: JournalSource, standardInputName: String?) -> String {
        switch source {
        case .file(let path): path
        case .standardInput: standardInputName ?? "<stdin>"
        }
    }
}
