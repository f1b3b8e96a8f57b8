import ArgumentParser
import SteadyRun

/// `--config FILE`: one configuration for every file instead of the nearest `.steady.yml`.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use this configuration file for every journal instead of the nearest .steady.yml.", valueName: "file"))
    var config: String?

    /// The resolver for these options; an unusable `--config` file is printed (exit 2).
    func resolver() throws -> ConfigurationResolver {
        do {
            return try ConfigurationResolver(explicitPath: config)
        } catch {
            Terminal.writeError("\(error)")
            throw ExitCode(2)
        }
    }
}
