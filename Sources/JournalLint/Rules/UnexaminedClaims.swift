import JournalDetection
import JournalModel
import MarkdownSyntax
import ThinkingTraps

/// The claims of one tier in entries that never cross-examine them: the one loop behind
/// `unsupported-catastrophizing` (tier 1) and `possible-catastrophizing` (tier 2).
enum UnexaminedClaims {
    static func report(tier: ClaimTier, in context: JournalContext, into findings: inout FindingSink, help: String) {
        let requireAgainst = context.configuration.catastrophizing.requireAgainst
        // The blocks given a fix so far (a few per file), so each block gets one scaffold.
        var fixedBlocks: [Int] = []
        for item in context.entries where item.claims.contains(where: { $0.tier == tier }) {
            let evidence = item.entry.evidence
            let missing = evidence.isEmpty
            let lacksAgainst = requireAgainst && !evidence.isEmpty && !evidence.contains(where: \.hasAgainst)
            guard missing || lacksAgainst else { continue }
            // `evidnce:` above the writer's own `for:`/`against:` lines: the evidence is there under
            // a mistyped key (`unknown-field` says which). A scaffold would be a second, empty one.
            let evidenceUnderATypo = item.entry.unrecognizedFields.contains { FieldKey(mistyped: $0.key) == .evidence }
            for claim in item.claims where claim.tier == tier {
                var fix: Fix?
                let blockEnd = claim.blockRange.upperBound.line
                // Only a worst-case thought gets an `evidence:` scaffold from `--fix`: a possible
                // one is a gentler prompt, and the writer decides whether it needs examining.
                if missing, tier == .worstCase, !evidenceUnderATypo, !fixedBlocks.reversed().contains(blockEnd) {
                    fixedBlocks.append(blockEnd)
                    fix = EvidenceScaffold.fix(after: claim.blockRange, in: context.journal.source)
                }
                let message: Finding.Message = switch tier {
                case .worstCase: missing ? .unexaminedClaim(claim.kind) : .oneSidedClaim(claim.kind)
                case .possible: missing ? .unexaminedPossibleClaim(claim.kind) : .oneSidedPossibleClaim(claim.kind)
                }
                findings.report(
                    message,
                    // The sink drops the detail when the writer's words are not kept: not built then.
                    detail: findings.keepsText ? detail(of: claim) : nil,
                    at: claim.range, path: context.journal.path, source: context.journal.source, fix: fix,
                    kind: claim.kind.rawValue, cue: claim.cue, help: help)
            }
        }
    }

    /// What fired, in the writer's words: the lexicon cue, or the words the model weighed most.
    static func detail(of claim: Claim) -> String {
        switch claim.cueSource {
        case .lexicon: "cue: \"\(claim.cue)\""
        case .model: "words that weighed most: \"\(claim.cue)\""
        }
    }
}
