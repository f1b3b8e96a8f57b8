import JournalDetection
import JournalModel
import ThinkingTraps

/// Classification through the analyzer `steady lint` and `steady summary` run: each text becomes
/// the only entry of a dated journal, and the claims found in it are the claims. The
/// `unsupported-catastrophizing` (tier 1) and `possible-catastrophizing` (tier 2) rules report
/// each of these claims when the entry has no evidence, so what is measured is what
/// `steady lint` reports. A text is as sure as its surest sentence.
private let analyzer = EntryAnalyzer()

/// The journal wrapped around a text: a day heading, a blank line, then the text from line 3.
private let header = "# 2026-01-05\n\n"

func classify(_ text: String, with analyzer: EntryAnalyzer = analyzer) -> [ClaimMatch] {
    let document = Array((header + text + "\n").utf8)
    let journal = JournalBuilder.build(bytes: document, path: "thought.md")
    let textStart = header.utf8.count
    return journal.entries.flatMap { analyzer.analyze($0).claims }.map { claim in
        let lower = journal.source.offset(of: claim.range.lowerBound) - textStart
        let upper = journal.source.offset(of: claim.range.upperBound) - textStart
        return ClaimMatch(utf8Range: max(0, lower)..<max(lower, upper), kind: claim.kind, cue: claim.cue,
                          tier: claim.tier, cueSource: claim.cueSource)
    }
}
