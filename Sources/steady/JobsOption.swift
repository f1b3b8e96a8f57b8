import ArgumentParser
import SteadyRun
import WorkSharing

/// `--jobs N`: how many files are read at once. Optional, so that `--help` does not print this
/// machine's core count as if it were the default everywhere.
struct JobsOption: ParsableArguments {
    @Option(name: .long, help: "Files to read at once (default: all cores; more than 4 per core is lowered to that).")
    var jobs: Int?

    /// `--jobs`, else every core.
    var count: Int { jobs ?? JobCount.coreCount }

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}
