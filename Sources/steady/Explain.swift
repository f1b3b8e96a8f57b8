import ArgumentParser
import JournalLint
import MarkdownSyntax

extension Steady {
    /// `steady explain RULE`: why a rule exists, with examples.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain a rule: what it checks, why it helps, and examples.")

        @Argument(help: "A rule id, as listed by `steady rules`.")
        var rule: String

        func validate() throws {
            guard RuleRegistry.standard.description(of: rule) != nil else {
                let known = RuleRegistry.standard.descriptions.map(\.id).joined(separator: ", ")
                throw ValidationError("unknown rule '\(rule.withVisibleControls())'; known rules: \(known)")
            }
        }

        func run() {
            guard let description = RuleRegistry.standard.description(of: rule) else { return }
            Terminal.write(RuleExplanation.text(of: description))
        }
    }
}
