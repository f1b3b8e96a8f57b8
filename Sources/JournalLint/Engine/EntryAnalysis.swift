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
    /// The three detectors; prose is scanned by all of them at once (tokenised once).
    let scanner: ThoughtScanner
    var crisis: CrisisLanguageDetector { scanner.crisis }

    public init(extraPhrases: [CuePhrase] = [], ignoredPhrases: [String] = []) {
        scanner = ThoughtScanner(extraPhrases: extraPhrases, ignoredPhrases: ignoredPhrases)
    }

    public func analyze(_ entry: Entry) -> AnalyzedEntry {
        var buffers = ThoughtScanBuffers()
        return analyze(entry, reusing: &buffers)
    }

    /// `analyze(_:)`, tokenising into `buffers`: the engine passes one set for all of a file's
    /// entries, so the token arrays are allocated (and freed) once per file, not per entry.
    public func analyze(_ entry: Entry, reusing buffers: inout ThoughtScanBuffers) -> AnalyzedEntry {
        var found: [Claim] = []
        var acts = entry.reassurance.map { ReassuranceAct(source: .field, range: $0.range, cue: nil) }
        var proseActs: [ReassuranceAct] = []
        var mentions: [CrisisMention] = []
        // Crisis language is looked for everywhere the writer wrote, quotes and fields included:
        // pointing to help is worth an occasional false alarm. Prose first, then quotes, then fields.
        // In place, through the buffer: nearly every paragraph finds nothing, and reading only
        // its text spares copying (retaining and releasing) the whole span, which the array's
        // subscript did even to read the text.
        let prose = entry.prose
        prose.withUnsafeBufferPointer { prose in
            for index in prose.indices {
                // Into the buffers: no three (nearly always empty) arrays per paragraph to release.
                scanner.scan(prose[index].text, into: &buffers)
                if buffers.foundNothing { continue }
                let span = prose[index]
                for match in buffers.claims {
                    found.append(Claim(kind: match.kind, cue: match.cue, range: span.sourceRange(ofUTF8: match.utf8Range), blockRange: span.blockRange))
                }
                for match in buffers.reassurance {
                    proseActs.append(ReassuranceAct(source: .prose, range: span.sourceRange(ofUTF8: match.utf8Range), cue: match.cue))
                }
                for match in buffers.crisis {
                    mentions.append(CrisisMention(cue: match.cue, range: span.sourceRange(ofUTF8: match.utf8Range)))
                }
            }
        }
        // A `reassurance:` field and prose telling the same story ("Asked again", then the field)
        // are two records of one ask: prose adds only the acts beyond the fields' count.
        // (Guarded, as is the sort below: for the empty arrays of most entries, appending and
        // sorting still cost a call each, and sorting an empty array allocated a buffer.)
        if proseActs.count > acts.count { acts += proseActs.dropFirst(acts.count) }
        for span in entry.quotedProse {
            for match in crisis.matches(in: span.text) {
                mentions.append(CrisisMention(cue: match.cue, range: span.sourceRange(ofUTF8: match.utf8Range)))
            }
        }
        func scanField(_ text: String, _ range: SourceRange) {
            for match in crisis.matches(in: text) { mentions.append(CrisisMention(cue: match.cue, range: range)) }
        }
        for field in entry.reassurance { scanField(field.text, field.range) }
        for field in entry.urges { scanField(field.text, field.range) }
        for field in entry.facts { scanField(field.text, field.range) }
        for field in entry.triggerNotes { scanField(field.text, field.range) }
        for section in entry.evidence { for item in section.items { scanField(item.text, item.range) } }
        if acts.count > 1 { acts.sort { $0.range.lowerBound < $1.range.lowerBound } }
        return AnalyzedEntry(entry: entry, claims: found, reassurance: acts, crisis: mentions)
    }
}
