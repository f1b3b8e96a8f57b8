import JournalModel
import MarkdownSyntax
import ThinkingTraps

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
        var buffers = EntryAnalysisBuffers()
        return analyze(entry, reusing: &buffers)
    }

    /// `analyze(_:)`, tokenising into `buffers`: the linter passes one set for all of a file's
    /// entries (and, per thread, for file after file).
    public func analyze(_ entry: Entry, reusing buffers: inout EntryAnalysisBuffers) -> AnalyzedEntry {
        var found: [Claim] = []
        var acts = entry.reassurance.map { ReassuranceAct(source: .field, range: $0.range, cue: nil) }
        var proseActs: [ReassuranceAct] = []
        var mentions: [CrisisMention] = []
        // Crisis language is looked for everywhere the writer wrote, quotes and fields included:
        // pointing to help is worth an occasional false alarm. Prose first, then quotes, then fields.
        // Nearly every paragraph finds nothing: only its text is read until something is found.
        let prose = entry.prose
        prose.withUnsafeBufferPointer { prose in
            for index in prose.indices {
                scanner.scan(prose[index].text, into: &buffers.scan)
                if buffers.scan.foundNothing { continue }
                let span = prose[index]
                for match in buffers.scan.claims {
                    // Crisis wording is answered with help, never also as a worst-case thought
                    // to cross-examine ("I want to die" is not a prediction to weigh).
                    if buffers.scan.crisis.contains(where: { $0.utf8Range.overlaps(match.utf8Range) }) { continue }
                    found.append(Claim(kind: match.kind, cue: match.cue, range: span.sourceRange(ofUTF8: match.utf8Range), blockRange: span.blockRange))
                }
                for match in buffers.scan.reassurance {
                    proseActs.append(ReassuranceAct(source: .prose, range: span.sourceRange(ofUTF8: match.utf8Range), cue: match.cue))
                }
                for match in buffers.scan.crisis {
                    mentions.append(CrisisMention(cue: match.cue, range: span.sourceRange(ofUTF8: match.utf8Range)))
                }
            }
        }
        // A `reassurance:` field and prose telling the same story ("Asked again", then the field)
        // are two records of one ask: prose adds only the acts beyond the fields' count.
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
