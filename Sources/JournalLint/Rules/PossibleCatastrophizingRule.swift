import JournalModel
import MarkdownSyntax
import ThinkingTraps

/// Possibly a worst-case thought (tier 2), in an entry that never cross-examines it: a weak
/// lexicon cue ("I may get sacked", "I ruined everything", "I'll never … again") or a sentence
/// the word model scores at its threshold.
public struct PossibleCatastrophizingRule: JournalRule {
    public init() {}

    static let id = "possible-catastrophizing"
    static let defaultSeverity = Severity.note

    public let description = RuleDescription(
        id: PossibleCatastrophizingRule.id,
        summary: "Possibly a worst-case thought that no `evidence:` section has examined (a weaker cue, or the word model).",
        rationale: """
        Not every worst-case thought uses the words the lexicon knows, and some cues are worst \
        cases only sometimes: a hedged doom ("I may get sacked", "he might leave me"), a \
        permanence ("I'll never run properly again"), "I ruined everything" over a small thing. \
        These, and sentences a small word model (trained on labelled thoughts, its weights \
        shipped with Steady) scores as likely worst-case, are offered as a note: possibly a \
        worst-case thought. The finding shows the cue, or the words that weighed most. If it is \
        one, the same cross-examination helps; if not, leave it. Switch it off with \
        `rules: {possible-catastrophizing: off}` (the word model is then not run at all).
        """,
        defaultSeverity: PossibleCatastrophizingRule.defaultSeverity,
        triggeringExamples: [
            "# 2026-11-28\n\nHe didn't answer. ↓He might leave me.\n",
            "# 2026-11-28\n\n↓I may get sacked for this.\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\nHe might leave me.\n\nevidence:\n- for: he was quiet\n- against: he planned our weekend\n",
            "# 2026-11-28\n\nWe had pasta and watched a film.\n",
        ],
        concern: .wellbeing
    )

    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        UnexaminedClaims.report(tier: .possible, in: context, into: &findings, help: CrossExamination.help)
    }
}

extension Finding.Message {
    /// Possibly a worst-case thought in an entry with no `evidence:`.
    static func unexaminedPossibleClaim(_ kind: ClaimKind) -> Self {
        switch kind {
        case .fortuneTelling: "possibly a worst-case thought (fortune-telling), not examined in this entry"
        case .magnification: "possibly a worst-case thought (magnification), not examined in this entry"
        case .whatIfSpiral: "possibly a worst-case thought (what-if-spiral), not examined in this entry"
        }
    }

    /// Possibly a worst-case thought whose evidence argues only one side (`require-against`).
    static func oneSidedPossibleClaim(_ kind: ClaimKind) -> Self {
        switch kind {
        case .fortuneTelling: "possibly a worst-case thought (fortune-telling) whose evidence has no `against:` item"
        case .magnification: "possibly a worst-case thought (magnification) whose evidence has no `against:` item"
        case .whatIfSpiral: "possibly a worst-case thought (what-if-spiral) whose evidence has no `against:` item"
        }
    }
}
