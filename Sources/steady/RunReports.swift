import ArgumentParser
import JournalFiles
import JournalLint
import SteadyRun

/// How the commands print what a run reports: on standard error, in the order it is known.
extension Terminal {
    /// Paths that could not be searched, then files the configuration ignores.
    static func report(_ search: JournalFileSearch) {
        for error in search.errors { Terminal.error("\(error)") }
        for ignored in search.ignoredFiles where !ignored.isEmpty {
            Terminal.note("\(ignored) is ignored by configuration; skipped")
        }
    }

    /// Configuration problems, every one of each file, each with its own `path:line:col: error:`
    /// prefix.
    static func report(_ problems: ConfigurationProblems) {
        for error in problems.problems { report(error) }
    }

    /// Every problem of one configuration file, one line each.
    static func report(_ error: ConfigurationError) {
        for problem in error.everyProblem { Terminal.writeError("\(problem)") }
    }
}

extension ConfigurationResolver {
    /// Prints the configuration problems met so far; exits 2 if there were any.
    func failOnProblems() throws {
        do {
            try checkProblems()
        } catch {
            Terminal.report(error)
            throw ExitCode(2)
        }
    }
}
