import MarkdownSyntax

/// One journal entry: a time heading, a dated heading with no time headings under it, or the top
/// of a daily note. Everything written in it, typed, with where it was written.
public struct Entry: Sendable, Hashable {
    /// Everything the entry holds, in one immutable object: an entry is copied many times on
    /// its way through the linter and the writers, and a copy then retains one reference
    /// instead of its thirteen strings and arrays (and freeing it releases one).
    private let storage: Storage

    public var date: JournalDate { storage.fields.date }
    /// `nil` when the entry has no time heading.
    public var time: TimeOfDay? { storage.fields.time }
    /// The heading text after the date and time, trimmed (tags kept); empty when none.
    public var title: String { storage.fields.title }
    /// The heading that opened the entry; `nil` for the top of a daily note.
    public var headingRange: SourceRange? { storage.fields.headingRange }
    /// From the opening heading (or first block) to the end of the entry's last block.
    public var range: SourceRange { storage.fields.range }

    /// Every `#tag` occurrence, in source order.
    public var tags: [Tag] { storage.fields.tags }
    public var temperatures: [TemperatureReading] { storage.fields.temperatures }
    public var evidence: [EvidenceSection] { storage.fields.evidence }
    public var reassurance: [ReassuranceRequest] { storage.fields.reassurance }
    public var urges: [Urge] { storage.fields.urges }
    public var regulation: [Regulation] { storage.fields.regulation }
    /// `fact:` and `reframe:` fields.
    public var facts: [Fact] { storage.fields.facts }
    public var triggerNotes: [TriggerNote] { storage.fields.triggerNotes }
    public var unrecognizedFields: [UnrecognizedField] { storage.fields.unrecognizedFields }
    /// The writer's own prose (what the detectors read).
    public var prose: [ProseSpan] { storage.fields.prose }
    /// Text in block quotes: usually someone else's words, not read as the writer's claims.
    public var quotedProse: [ProseSpan] { storage.fields.quotedProse }

    public init(
        date: JournalDate, time: TimeOfDay?, title: String, headingRange: SourceRange?, range: SourceRange,
        tags: [Tag] = [], temperatures: [TemperatureReading] = [], evidence: [EvidenceSection] = [],
        reassurance: [ReassuranceRequest] = [], urges: [Urge] = [], regulation: [Regulation] = [],
        facts: [Fact] = [], triggerNotes: [TriggerNote] = [], unrecognizedFields: [UnrecognizedField] = [],
        prose: [ProseSpan] = [], quotedProse: [ProseSpan] = []
    ) {
        storage = Storage(Fields(
            date: date, time: time, title: title, headingRange: headingRange, range: range,
            tags: tags, temperatures: temperatures, evidence: evidence, reassurance: reassurance, urges: urges,
            regulation: regulation, facts: facts, triggerNotes: triggerNotes, unrecognizedFields: unrecognizedFields,
            prose: prose, quotedProse: quotedProse))
    }

    /// Equal when every field is (the storage object's identity does not matter).
    public static func == (lhs: Entry, rhs: Entry) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    /// The entry's fields; a final class so that `Entry` copies share them.
    private final class Storage: Sendable {
        /// Compared and hashed as a struct's synthesized conformances would compare and hash
        /// the entry's fields, in declaration order.
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private struct Fields: Hashable {
        let date: JournalDate
        let time: TimeOfDay?
        let title: String
        let headingRange: SourceRange?
        let range: SourceRange
        let tags: [Tag]
        let temperatures: [TemperatureReading]
        let evidence: [EvidenceSection]
        let reassurance: [ReassuranceRequest]
        let urges: [Urge]
        let regulation: [Regulation]
        let facts: [Fact]
        let triggerNotes: [TriggerNote]
        let unrecognizedFields: [UnrecognizedField]
        let prose: [ProseSpan]
        let quotedProse: [ProseSpan]
    }

    /// Tag names without repeats, in order of first appearance.
    public var tagNames: [String] {
        var seen = Set<String>()
        return tags.compactMap { seen.insert($0.name).inserted ? $0.name : nil }
    }

    /// Whether the entry cross-examines a thought: an evidence section with at least one item
    /// that has been filled in (a blank `- for:` scaffold does not count yet).
    public var hasExaminedEvidence: Bool { evidence.contains { $0.isFilledIn } }

    /// The calendar day the entry counts for when days start at `dayStart` (an entry at 02:30
    /// with days starting at 04:00 belongs to the day before). Entries without a time keep their date,
    /// and so does an early entry on 0001-01-01, which has no day before it that can be written.
    public func journalDay(dayStartsAt dayStart: TimeOfDay) -> JournalDate {
        guard let time, time < dayStart else { return date }
        return date.adding(days: -1)
    }

    /// The hottest reading, if any.
    public var peakTemperature: Temperature? { temperatures.map(\.value).max() }
}
