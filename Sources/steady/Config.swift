import ArgumentParser
import JournalLint
import MarkdownSyntax
import SteadyRun

extension Steady {
    /// `steady config --explain`: the configuration in force and where each value came from.
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Show the effective configuration for a journal path, and where each value came from.",
            discussion: """
            Configuration lives in .steady.yml (or .steady.yaml): the nearest one above a journal \
            file applies to it, whole (nothing is merged from folders higher up). --config FILE \
            uses one file for everything. See docs/configuration.md for every key.
            """
        )

        @Flag(name: .long, help: "Print every value with its origin (default, or file:line).")
        var explain = false

        @OptionGroup var configurationOptions: ConfigurationOptions

        @Argument(help: "The journal file or folder to explain the configuration for (default: the current folder).")
        var path: String?

        func run() throws {
            let resolver = try configurationOptions.resolver()
            let target = path ?? "."
            let configuration = resolver.configuration(forFileAt: target, isFolder: FileKind.isFolder(target))
            try resolver.failOnProblems()
            let defaults = Dictionary(uniqueKeysWithValues: RuleRegistry.standard.descriptions.map { ($0.id, $0.defaultSeverity) })
            var text = configuration.explanation(ruleDefaults: defaults)
            if !explain {
                text = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { line in line.range(of: "  #").map { String(line[..<$0.lowerBound]) } ?? String(line) }
                    .joined(separator: "\n")
            }
            // It echoes configuration paths and the writer's phrases: controls shown, not sent.
            Terminal.write(text.withVisibleControls(keepingLineBreaks: true))
        }
    }
}
