import ArgumentParser
import JournalLint
import SteadyRun

/// `--config FILE`: one configuration for every file instead of the nearest `.steady.yml`.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use this configuration file for every journal instead of the nearest .steady.yml.", valueName: "file"))
    var config: String?

    /// `--config ""` (a variable left unset) names no file; it is not the current folder.
    func validate() throws {
        if config == "" {
            throw ValidationError("--config \"\" names no file; give the configuration file's path, or leave --config out to use the nearest .steady.yml")
        }
    }

    /// The resolver for these options; an unusable `--config` file's problems are printed (exit 2).
    func resolver() throws -> ConfigurationResolver {
        do {
            return try ConfigurationResolver(explicitPath: config)
        } catch {
            Terminal.report(error)
            throw ExitCode(2)
        }
    }
}
