import ArgumentParser

/// `steady`: lint and summarise a Markdown journal kept for work on anxious attachment.
///
/// Every subcommand names itself (`commandName:`): without it ArgumentParser derives the name
/// from `String(describing: Self.self)` for each subcommand at every start, and the failed
/// protocol-conformance lookups behind that cost about a millisecond before any work.
@main
struct Steady: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steady",
        abstract: "Lint and summarise a plain-text Markdown journal (triggers, temperature, evidence).",
        discussion: """
        Steady reads journals written in its small tagged format (#triggers, temp: red/yellow/green, \
        evidence: with for:/against: items, reassurance:, urge:, regulate:, fact:). It never touches \
        the network and never writes a file unless asked. It is a self-help writing tool, not a diagnosis.
        """,
        version: "0.1.0",
        subcommands: [Lint.self, New.self, Summary.self, Parse.self, Rules.self, Explain.self, Config.self, InstallHook.self, LSP.self]
    )

    /// Runs the command; usage errors exit with status 2 (not ArgumentParser's 64), as the
    /// exit-status contract of every subcommand says.
    ///
    /// Every error a person reads starts `steady: error:`, whoever found it: ArgumentParser's
    /// messages (an unknown option, a `validate()` refusal) are reworded from its `Error:` to
    /// Steady's prefix, keeping the usage line and the `--help` hint after them.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // Help and version (exit 0) print as ArgumentParser prints them; `ExitCode` says nothing.
            guard code != .success, !(error is ExitCode) else { exit(withError: error) }
            Terminal.error(errorText(for: error))
            exit(withError: ExitCode(code == .validationFailure ? 2 : code.rawValue))
        }
    }

    /// ArgumentParser's full message for `error` without its own `Error: ` label: the message,
    /// then the usage and help hint it adds for a usage error.
    static func errorText(for error: Error) -> String {
        let message = message(for: error)
        let full = fullMessage(for: error)
        guard !message.isEmpty, let range = full.range(of: message) else { return full }
        return message + full[range.upperBound...]
    }
}
