import ArgumentParser
import SteadyRun
import WorkSharing

/// `--jobs N`: how many threads a run uses — files read at once, or the parts of one large file.
/// Optional, so that `--help` does not print this
/// machine's core count as if it were the default everywhere.
struct JobsOption: ParsableArguments {
    @Option(name: .long, help: "Threads to use: files read at once, or parts of one large file (default: all cores; 1 keeps to one; more than 4 per core is lowered to that).")
    var jobs: Int?

    /// `--jobs`, else every core.
    var count: Int { jobs ?? JobCount.coreCount }

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}
