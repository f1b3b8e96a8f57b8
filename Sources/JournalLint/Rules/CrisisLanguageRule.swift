import JournalModel

/// Words of self-harm or suicide: points to help. Never silenced by inline comments.
public struct CrisisLanguageRule: JournalRule {
    public init() {}

    public let description = RuleDescription(
        id: "crisis-language",
        summary: "Words of self-harm or suicide; points to help (988 in the US). Never silenced by comments.",
        rationale: """
        Steady is a writing tool, not a diagnosis and not a crisis service. When a journal speaks \
        of wanting to die or to hurt oneself, the kindest thing a tool can do is to say, plainly, \
        where help is. The message is configurable (`crisis.message`) so it can name local \
        services; the rule can be switched off in configuration, but not by inline comments.
        """,
        defaultSeverity: .warning,
        triggeringExamples: [
            "# 2026-11-28\n\n↓Some nights I want to die.\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\nThis traffic is killing me.\n",
        ],
        isSuppressible: false,
        concern: .wellbeing
    )

    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        for item in context.entries {
            for mention in item.crisis {
                findings.report(Finding.Message(context.configuration.crisis.message), detail: "cue: \"\(mention.cue)\"",
                                at: mention.range, path: context.journal.path, source: context.journal.source, cue: mention.cue)
            }
        }
    }
}
