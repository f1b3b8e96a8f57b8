import ArgumentParser
import JournalLint

/// `--fail-on` takes the values `fail-on:` takes in configuration.
extension FailThreshold: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }

    public static var allValueStrings: [String] { names }

    public static var defaultCompletionKind: CompletionKind { .list(names) }
}
