import ThinkingTraps

/// What `steady explain RULE` shows, and the shorter part of it an editor shows on hover: why a
/// rule exists and, for a worst-case thought, its kinds and the cross-examination questions.
/// One source for both, so the editor never says less or other than the command.
public enum RuleExplanation {
    /// The full explanation (`steady explain`): summary, rationale, kinds and questions,
    /// suppressibility and the rule's examples.
    public static func text(of description: RuleDescription) -> String {
        var out = "\(description.id) (default: \(description.defaultSeverity.rawValue))\n\n"
        out += description.summary + "\n\n" + description.rationale + "\n"
        if description.id == catastrophizingRuleID {
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
        return out
    }

    /// The hover text (Markdown) for a finding of the rule: summary and rationale and, for a
    /// worst-case thought, what its kind is and every cross-examination question.
    /// - Parameter kind: the finding's kind (`fortune-telling`), if it has one.
    public static func hoverMarkdown(of description: RuleDescription, kind: String?) -> String {
        var out = "**\(description.id)** — \(description.summary)\n\n\(description.rationale)\n"
        if description.id == catastrophizingRuleID {
            if let kind = kind.flatMap(ClaimKind.init(rawValue:)) {
                out += "\n\(CatastrophizingDetector.summary(of: kind))\n"
            }
            out += "\n**Questions to cross-examine the thought:**\n\n"
            for question in CatastrophizingDetector.crossExaminationQuestions { out += "- \(question)\n" }
        }
        out += "\nMore: `steady explain \(description.id)`\n"
        return out
    }

    static let catastrophizingRuleID = "unsupported-catastrophizing"

    private static func indent(_ example: String) -> String {
        example.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "    " + $0 }.joined(separator: "\n") + "\n    ---\n"
    }
}
