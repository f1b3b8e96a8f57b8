import ArgumentParser
import JournalFiles
import SteadyRun

/// The journal paths every command takes.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Journal files or folders (searched recursively for *.md and *.markdown; hidden folders skipped); - reads standard input. Default: the current folder.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("stdin-name"), help: ArgumentHelp("The file name to use for standard input (its date makes it a daily note), e.g. when a hook pipes staged content.", valueName: "name"))
    var standardInputName: String?

    /// An empty argument (`"$DIR"` with `DIR` unset) is a usage error, not the current folder:
    /// the person meant some folder, and not necessarily this one.
    func validate() throws {
        if paths.contains("") {
            throw ValidationError("\(JournalFileError.emptyPath)")
        }
    }

    /// The paths as the run library takes them.
    var runInput: RunInput { RunInput(paths: paths, standardInputName: standardInputName) }

    /// The journal files under the paths, with problems printed as they are met (for `parse`,
    /// which takes no configuration and so ignores nothing).
    /// - Returns: the sources, and whether any path could not be searched.
    func findSources() -> (sources: [JournalSource], failed: Bool) {
        let search = runInput.findSources()
        Terminal.report(search)
        return (search.sources, !search.errors.isEmpty)
    }
}
