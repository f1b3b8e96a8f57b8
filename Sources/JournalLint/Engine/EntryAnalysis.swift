import JournalModel
import MarkdownSyntax
import ThinkingTraps

/// A catastrophizing claim found in an entry's prose.
public struct Claim: Sendable, Hashable {
    public let kind: ClaimKind
    /// The lexicon cue that fired (shown to explain the finding).
    public let cue: String
    /// The exact words of the claim.
    public let range: SourceRange
    /// The paragraph (or heading or list item) the claim is in.
    public let blockRange: SourceRange
}

/// An act of reassurance-seeking: a `reassurance:` field, or prose that describes asking.
public struct ReassuranceAct: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable { case field, prose }
    public let source: Source
    public let range: SourceRange
    /// The cue that fired, for prose acts.
    public let cue: String?
}

/// Words of self-harm or suicide.
public struct CrisisMention: Sendable, Hashable {
    public let cue: String
    public let range: SourceRange
}

/// An entry with what the detectors found in it; computed once and shared by every rule and by
/// the summary, so they never disagree.
public struct AnalyzedEntry: Sendable {
    public let entry: Entry
    public let claims: [Claim]
    /// Reassurance acts in source order (fields and prose).
    public let reassurance: [ReassuranceAct]
    public let crisis: [CrisisMention]
}

/// Runs the detectors over entries. Build one per configuration and reuse it: detectors compile
/// their lexicon once.
public struct EntryAnalyzer: Sendable {
    let claims: CatastrophizingDetector
    let reassurance: ReassuranceDetector
    let crisis: CrisisLanguageDetector

    public init(extraPhrases: [CuePhrase] = [], ignoredPhrases: [String] = []) {
        claims = CatastrophizingDetector(extraPhrases: extraPhrases, ignoredPhrases: ignoredPhrases)
        reassurance = ReassuranceDetector()
        crisis = CrisisLanguageDetector()
    }

    public func analyze(_ entry: Entry) -> AnalyzedEntry {
        var found: [Claim] = []
        var acts = entry.reassurance.map { ReassuranceAct(source: .field, range: $0.range, cue: nil) }
        var proseActs: [ReassuranceAct] = []
        var mentions: [CrisisMention] = []
        for span in entry.prose {
            for match in claims.claims(in: span.text) {
                found.append(Claim(kind: match.kind, cue: match.cue, range: span.sourceRange(ofUTF8: match.utf8Range), blockRange: span.blockRange))
            }
            for match in reassurance.acts(in: span.text) {
                proseActs.append(ReassuranceAct(source: .prose, range: span.sourceRange(ofUTF8: match.utf8Range), cue: match.cue))
            }
        }
        // A `reassurance:` field and prose telling the same story ("Asked again", then the field)
        // are two records of one ask: prose adds only the acts beyond the fields' count.
        acts += proseActs.dropFirst(acts.count)
        // Crisis language is looked for everywhere the writer wrote, quotes and fields included:
        // pointing to help is worth an occasional false alarm.
        for span in entry.prose + entry.quotedProse {
            for match in crisis.matches(in: span.text) {
                mentions.append(CrisisMention(cue: match.cue, range: span.sourceRange(ofUTF8: match.utf8Range)))
            }
        }
        let fieldTexts: [(String, SourceRange)] = entry.reassurance.map { ($0.text, $0.range) } + entry.urges.map { ($0.text, $0.range) }
            + entry.facts.map { ($0.text, $0.range) } + entry.triggerNotes.map { ($0.text, $0.range) }
            + entry.evidence.flatMap(\.items).map { ($0.text, $0.range) }
        for (text, range) in fieldTexts {
            for match in crisis.matches(in: text) {
                mentions.append(CrisisMention(cue: match.cue, range: range))
            }
        }
        acts.sort { $0.range.lowerBound < $1.range.lowerBound }
        return AnalyzedEntry(entry: entry, claims: found, reassurance: acts, crisis: mentions)
    }
}
