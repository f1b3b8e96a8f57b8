import JournalModel

/// Words of self-harm or suicide: points to help. Never silenced by inline comments.
public struct CrisisLanguageRule: JournalRule {
    public init() {}

    public let description = RuleDescription(
        id: "crisis-language",
        summary: "Words of self-harm or suicide; points to help (988 in the US). Never silenced by comments.",
        rationale: """
        Steady is a writing tool, not a diagnosis and not a crisis service. When a journal speaks \
        of wanting to die or to hurt oneself — in those words or without them: not wanting to wake \
        up, everyone being fine without you, how easy the pills would make it, even softened with \
        "not like a plan" — the kindest thing a tool can do is to say, plainly, where help is. It \
        stays quiet for idioms, objects, other people's words and clinical facts (a dying patient, \
        a phone battery), so that the message keeps its weight, and such words are never also \
        treated as a thought to cross-examine. The message is configurable (`crisis.message`) so \
        it can name local services; the rule can be switched off in configuration, but not by \
        inline comments.
        """,
        defaultSeverity: .warning,
        triggeringExamples: [
            "# 2026-11-28\n\n↓Some nights I want to die.\n",
            "# 2026-11-28\n\n↓honestly just dont want to wake up tmrw\n",
            "# 2026-11-28\n\n↓Everyone would be fine without me, not like a plan or anything.\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\nThis traffic is killing me.\n",
            "# 2026-11-28\n\nMy phone is going to die.\n",
            "# 2026-11-28\n\nPt in 12 is actively dying, family at bedside. Mrs K kept saying she wants to die.\n",
        ],
        isSuppressible: false,
        concern: .wellbeing
    )

    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        for item in context.entries {
            // One message a line: the same help twice on one line ("Everyone would be fine
            // without me, not like a plan or anything") adds nothing but noise.
            var linesShown = Set<Int>()
            for mention in item.crisis where linesShown.insert(mention.range.lowerBound.line).inserted {
                findings.report(Finding.Message(context.configuration.crisis.message), detail: "cue: \"\(mention.cue)\"",
                                at: mention.range, path: context.journal.path, source: context.journal.source, cue: mention.cue)
            }
        }
    }
}
