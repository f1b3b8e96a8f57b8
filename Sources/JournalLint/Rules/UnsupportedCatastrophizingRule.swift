import JournalModel
import MarkdownSyntax
import ThinkingTraps

/// A worst-case thought written as certain, in an entry that never cross-examines it.
public struct UnsupportedCatastrophizingRule: JournalRule {
    public init() {}

    public let description = RuleDescription(
        id: "unsupported-catastrophizing",
        summary: "A catastrophizing thought that no `evidence:` section has examined.",
        rationale: """
        Cognitive restructuring starts by noticing a worst-case thought and asking whether the \
        evidence supports it ("Do I have actual evidence for this worry?"). A prediction written as \
        certain ("he's going to leave me"), a magnification ("I can't survive this") or a what-if \
        spiral left unexamined tends to be rehearsed rather than tested. The rule asks for an \
        `evidence:` section with `for:` and `against:` items in the same entry. It recognises \
        three kinds: fortune-telling (the worst outcome predicted as certain), magnification \
        (the outcome made unbearable or total) and the what-if spiral (an unanswered "what if"). \
        Negated, hedged, quoted and past-and-questioned thoughts are not claims.
        """,
        defaultSeverity: .warning,
        triggeringExamples: [
            "# 2026-11-28\n\nHe hasn't answered in two hours. ↓He's going to leave me.\n",
            "# 2026-11-28\n\n↓What if she never comes back\n",
            "# 2026-11-28\n\n## 21:40\n↓I can't survive this.\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\nHe's going to leave me.\n\nevidence:\n- for: he was short with me\n- against: he said he loves me this morning\n",
            "# 2026-11-28\n\nHe's not going to leave me over one quiet evening.\n",
            "# 2026-11-28\n\nI used to think he'd leave every time he went quiet.\n",
            "# 2026-11-28\n\n> she said it's a total disaster\n",
        ],
        concern: .wellbeing
    )

    /// The cross-examination questions, one string shared by every finding.
    static let help = CrossExamination.help

    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        UnexaminedClaims.report(tier: .worstCase, in: context, into: &findings, help: Self.help)
    }
}

extension Finding.Message {
    /// A worst-case thought in an entry with no `evidence:`.
    static func unexaminedClaim(_ kind: ClaimKind) -> Self {
        switch kind {
        case .fortuneTelling:
            Self("worst-case thought (fortune-telling) with no evidence examined in this entry",
                 spoken: "a worst-case thought that tells the future as certain (fortune-telling); nothing in this entry has weighed it yet")
        case .magnification:
            Self("worst-case thought (magnification) with no evidence examined in this entry",
                 spoken: "a worst-case thought that makes it all unbearable (magnification); nothing in this entry has weighed it yet")
        case .whatIfSpiral:
            Self("worst-case thought (what-if-spiral) with no evidence examined in this entry",
                 spoken: "a what-if left hanging (what-if spiral); nothing in this entry has weighed it yet")
        }
    }

    /// A worst-case thought whose evidence argues only one side (`require-against`).
    static func oneSidedClaim(_ kind: ClaimKind) -> Self {
        let spoken = "; its evidence has nothing on the `against:` side yet"
        return switch kind {
        case .fortuneTelling:
            Self("worst-case thought (fortune-telling) whose evidence has no `against:` item",
                 spoken: "a worst-case thought that tells the future as certain (fortune-telling)" + spoken)
        case .magnification:
            Self("worst-case thought (magnification) whose evidence has no `against:` item",
                 spoken: "a worst-case thought that makes it all unbearable (magnification)" + spoken)
        case .whatIfSpiral:
            Self("worst-case thought (what-if-spiral) whose evidence has no `against:` item",
                 spoken: "a what-if left hanging (what-if spiral)" + spoken)
        }
    }
}
