import JournalModel
import MarkdownSyntax
import ThinkingTraps

/// Runs the detectors over entries. Build one per configuration and reuse it: detectors compile
/// their lexicon once.
public struct EntryAnalyzer: Sendable {
    /// The three detectors; prose is scanned by all of them at once (tokenised once).
    let scanner: ThoughtScanner
    /// Shared by the copies of one analyzer, and only by them: what `QuietProseMemory` (or a
    /// language server's memory of a buffer's findings) knows holds for this analyzer alone.
    private let identity = Identity()
    private final class Identity: Sendable {}
    /// Which analyzer this is: its copies have the same id, any other analyzer another.
    public var id: ObjectIdentifier { ObjectIdentifier(identity) }
    var crisis: CrisisLanguageDetector { scanner.crisis }

    /// - Parameter possibleClaims: whether tier 2 ("possibly a worst-case thought": weak cues
    ///   and the word model) is looked for; `possible-catastrophizing` switched off skips it.
    public init(extraPhrases: [CuePhrase] = [], ignoredPhrases: [String] = [], possibleClaims: Bool = true) {
        scanner = ThoughtScanner(extraPhrases: extraPhrases, ignoredPhrases: ignoredPhrases,
                                 possibleClaims: possibleClaims ? .embedded : nil)
    }

    /// An analyzer whose tier 2 uses `model` (cross-validation scores each fold with a model
    /// that never saw it).
    public init(possibleClaims model: WorstCaseModel?) {
        scanner = ThoughtScanner(possibleClaims: model)
    }

    public func analyze(_ entry: Entry) -> AnalyzedEntry {
        var buffers = EntryAnalysisBuffers()
        return analyze(entry, reusing: &buffers)
    }

    /// `analyze(_:)`, tokenising into `buffers`: the linter passes one set for all of a file's
    /// entries (and, per thread, for file after file).
    public func analyze(_ entry: Entry, reusing buffers: inout EntryAnalysisBuffers) -> AnalyzedEntry {
        var found: [Claim] = []
        var proseActs: [(act: ReassuranceAct, topic: ReassuranceTopic)] = []
        var mentions: [CrisisMention] = []
        // Crisis language is looked for everywhere the writer wrote, quotes and fields included:
        // pointing to help is worth an occasional false alarm. Prose first, then quotes, then fields.
        // Nearly every paragraph finds nothing: only its text is read until something is found.
        let prose = entry.prose
        prose.withUnsafeBufferPointer { prose in
            for index in prose.indices {
                let text = prose[index].text
                // Hashed only when an editor's document remembers its quiet paragraphs.
                let key = buffers.quietProse == nil ? nil : QuietProseMemory.key(of: text)
                if let key, buffers.quietProse!.isKnownQuiet(text, key: key) { continue }
                scanner.scan(text, into: &buffers.scan)
                if buffers.scan.foundNothing {
                    if let key { buffers.quietProse!.noteQuiet(text, key: key) }
                    continue
                }
                let span = prose[index]
                // Crisis wording is answered with help, never also as a worst-case thought to
                // cross-examine ("I want to die" is not a prediction to weigh): a claim whose
                // span overlaps crisis wording is dropped. Both lists are in text order and hold
                // no overlapping spans, so one sweep finds the overlaps (linear in a long paragraph).
                let crisisSpans = buffers.scan.crisis
                var nextCrisis = 0
                for match in buffers.scan.claims {
                    while nextCrisis < crisisSpans.count, crisisSpans[nextCrisis].utf8Range.upperBound <= match.utf8Range.lowerBound { nextCrisis += 1 }
                    if nextCrisis < crisisSpans.count, crisisSpans[nextCrisis].utf8Range.overlaps(match.utf8Range) { continue }
                    found.append(Claim(kind: match.kind, cue: match.cue, tier: match.tier, cueSource: match.cueSource,
                                       range: span.sourceRange(ofUTF8: match.utf8Range), blockRange: span.blockRange,
                                       proseIndex: index, proseUTF8Range: match.utf8Range))
                }
                for match in buffers.scan.reassurance {
                    proseActs.append((ReassuranceAct(source: .prose, range: span.sourceRange(ofUTF8: match.utf8Range), cue: match.cue,
                                                     atLeast: match.atLeast), match.topic))
                }
                for match in buffers.scan.crisis {
                    mentions.append(CrisisMention(cue: match.cue, range: span.sourceRange(ofUTF8: match.utf8Range)))
                }
            }
        }
        // Where each ask told in prose is, for the summary's judgement of what lay between two readings.
        let reassuranceInProse = proseActs.map(\.act)
        // Each `reassurance:` field is tokenised once, for its ask and for crisis wording.
        let reassuranceFields = entry.reassurance
        var fieldAsks: [ReassuranceMatch] = []
        var fieldCrisis: [[CrisisMatch]] = []
        if !reassuranceFields.isEmpty {
            fieldAsks.reserveCapacity(reassuranceFields.count)
            fieldCrisis.reserveCapacity(reassuranceFields.count)
            // A field's topic is compared only with asks told in prose.
            let withTopic = !proseActs.isEmpty
            for field in reassuranceFields {
                let scanned = scanner.scanReassuranceField(field.text, withTopic: withTopic, into: &buffers.scan)
                fieldAsks.append(scanned.ask)
                fieldCrisis.append(scanned.crisis)
            }
        }
        var acts = reassuranceActs(of: entry, fields: fieldAsks, prose: proseActs)
        for span in entry.quotedProse {
            for match in scanner.crisisMatches(in: span.text, into: &buffers.scan) {
                mentions.append(CrisisMention(cue: match.cue, range: span.sourceRange(ofUTF8: match.utf8Range)))
            }
        }
        func scanField(_ text: String, _ range: SourceRange) {
            for match in scanner.crisisMatches(in: text, into: &buffers.scan) { mentions.append(CrisisMention(cue: match.cue, range: range)) }
        }
        for (field, matches) in zip(reassuranceFields, fieldCrisis) {
            for match in matches { mentions.append(CrisisMention(cue: match.cue, range: field.range)) }
        }
        for field in entry.urges { scanField(field.text, field.range) }
        for field in entry.facts { scanField(field.text, field.range) }
        for field in entry.triggerNotes { scanField(field.text, field.range) }
        for section in entry.evidence { for item in section.items { scanField(item.text, item.range) } }
        if acts.count > 1 { acts.sort { $0.range.lowerBound < $1.range.lowerBound } }
        return AnalyzedEntry(entry: entry, claims: found, reassurance: acts, reassuranceInProse: reassuranceInProse, crisis: mentions)
    }

    /// The entry's acts of reassurance-seeking: its `reassurance:` fields, and the asks told in
    /// prose. A field and prose that clearly tell the same story ("reassurance: asked if we're
    /// okay", and "I asked him again if we're okay": a word of what was asked, or the person,
    /// in common) are two records of one ask; any other prose ask is another act (a call to a
    /// sister about something else; an ask beside a field that names nobody and nothing).
    /// Each field stands for at most one prose ask. A mistyped key is read as the key it was
    /// meant to be (the `unknown-field` rule's did-you-mean): an urge is never an act, even
    /// under `urg:`; a line under a misspelled `reasurance:` is an ask, one of its own when no
    /// prose ask was found on it (`reassure:` is not: it may be the writer's own reassurance).
    /// `fields`: the asks of the entry's `reassurance:` fields, in their order.
    private func reassuranceActs(of entry: Entry, fields: [ReassuranceMatch], prose: [(act: ReassuranceAct, topic: ReassuranceTopic)]) -> [ReassuranceAct] {
        var prose = prose
        var mistypedAsks: [ReassuranceAct] = []
        for field in entry.unrecognizedFields {
            let line = field.keyRange.lowerBound.line
            // Misspellings only: an alias (`reassure:`) may be the writer's own reassurance.
            switch FieldKey(misspelled: field.key) {
            case .urge:
                prose.removeAll { $0.act.range.lowerBound.line == line }
            case .reassurance where !prose.contains(where: { $0.act.range.lowerBound.line == line }):
                mistypedAsks.append(ReassuranceAct(source: .field, range: field.keyRange, cue: nil))
            default:
                continue
            }
        }
        guard !entry.reassurance.isEmpty else { return prose.map(\.act) + mistypedAsks }
        var fieldAtLeast = fields.map(\.atLeast)
        var unmatched = Array(fields.indices)
        var acts: [ReassuranceAct] = []
        for told in prose {
            if let position = unmatched.firstIndex(where: { fields[$0].topic.clearlyTellsOfSameAsk(as: told.topic) }) {
                let field = unmatched.remove(at: position)
                fieldAtLeast[field] = max(fieldAtLeast[field], told.act.atLeast)
            } else {
                acts.append(told.act)
            }
        }
        for (index, field) in entry.reassurance.enumerated() {
            acts.append(ReassuranceAct(source: .field, range: field.range, cue: nil, atLeast: fieldAtLeast[index]))
        }
        return acts + mistypedAsks
    }
}
