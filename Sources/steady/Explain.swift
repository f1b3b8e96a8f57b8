import ArgumentParser
import JournalLint
import MarkdownSyntax
import ThinkingTraps

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
            var out = "\(description.id) (default: \(description.defaultSeverity.rawValue))\n\n"
            out += description.summary + "\n\n" + description.rationale + "\n"
            if description.id == "unsupported-catastrophizing" {
                out += "\nKinds:\n"
                for kind in ClaimKind.allCases {
                    out += "  \(kind.rawValue): \(CatastrophizingDetector.summary(of: kind))\n"
                    for example in CatastrophizingDetector.examples(of: kind) { out += "    e.g. \"\(example)\"\n" }
                }
                out += "\nQuestions to cross-examine a thought:\n"
                for question in CatastrophizingDetector.crossExaminationQuestions { out += "  - \(question)\n" }
            }
            if !description.isSuppressible { out += "\nThis rule cannot be silenced by inline comments.\n" }
            if !description.triggeringExamples.isEmpty {
                out += "\nNoticed (↓ marks the place):\n"
                for example in description.triggeringExamples { out += indent(example) }
            }
            if !description.nonTriggeringExamples.isEmpty {
                out += "\nNot noticed:\n"
                for example in description.nonTriggeringExamples { out += indent(example) }
            }
            Terminal.write(out)
        }

        private func indent(_ example: String) -> String {
            example.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "    " + $0 }.joined(separator: "\n") + "\n    ---\n"
        }
    }
}
