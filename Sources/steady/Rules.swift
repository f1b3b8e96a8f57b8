import ArgumentParser
import JournalLint

extension Steady {
    /// `steady rules`: the rules, their ids and default severities.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the lint rules with their default severity.")

        func run() {
            let descriptions = RuleRegistry.standard.descriptions
            let width = descriptions.map(\.id.count).max() ?? 0
            var out = ""
            for rule in descriptions {
                let padding = String(repeating: " ", count: width - rule.id.count)
                let severity = rule.defaultSeverity.rawValue.padding(to: 7)
                out += "\(rule.id)\(padding)  \(severity)  \(rule.summary)\n"
            }
            out += "\nRun `steady explain RULE` for the why and examples.\n"
            Terminal.write(out)
        }
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
