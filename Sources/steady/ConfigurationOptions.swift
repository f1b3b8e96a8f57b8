import ArgumentParser

/// `--config FILE`: one configuration for every file instead of the nearest `.steady.yml`.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use this configuration file for every journal instead of the nearest .steady.yml.", valueName: "file"))
    var config: String?
}
