import MarkdownSyntax

/// One journal entry: a time heading, a dated heading with no time headings under it, or the top
/// of a daily note. Everything written in it, typed, with where it was written.
public struct Entry: Sendable, Hashable {
    public let date: JournalDate
    /// `nil` when the entry has no time heading.
    public let time: TimeOfDay?
    /// The heading text after the date and time, trimmed (tags kept); empty when none.
    public let title: String
    /// The heading that opened the entry; `nil` for the top of a daily note.
    public let headingRange: SourceRange?
    /// From the opening heading (or first block) to the end of the entry's last block.
    public let range: SourceRange

    /// Every `#tag` occurrence, in source order.
    public let tags: [Tag]
    public let temperatures: [TemperatureReading]
    public let evidence: [EvidenceSection]
    public let reassurance: [ReassuranceRequest]
    public let urges: [Urge]
    public let regulation: [Regulation]
    /// `fact:` and `reframe:` fields.
    public let facts: [Fact]
    public let triggerNotes: [TriggerNote]
    public let unrecognizedFields: [UnrecognizedField]
    /// The writer's own prose (what the detectors read).
    public let prose: [ProseSpan]
    /// Text in block quotes: usually someone else's words, not read as the writer's claims.
    public let quotedProse: [ProseSpan]

    public init(
        date: JournalDate, time: TimeOfDay?, title: String, headingRange: SourceRange?, range: SourceRange,
        tags: [Tag] = [], temperatures: [TemperatureReading] = [], evidence: [EvidenceSection] = [],
        reassurance: [ReassuranceRequest] = [], urges: [Urge] = [], regulation: [Regulation] = [],
        facts: [Fact] = [], triggerNotes: [TriggerNote] = [], unrecognizedFields: [UnrecognizedField] = [],
        prose: [ProseSpan] = [], quotedProse: [ProseSpan] = []
    ) {
        self.date = date
        self.time = time
        self.title = title
        self.headingRange = headingRange
        self.range = range
        self.tags = tags
        self.temperatures = temperatures
        self.evidence = evidence
        self.reassurance = reassurance
        self.urges = urges
        self.regulation = regulation
        self.facts = facts
        self.triggerNotes = triggerNotes
        self.unrecognizedFields = unrecognizedFields
        self.prose = prose
        self.quotedProse = quotedProse
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
    /// with days starting at 04:00 belongs to the day before). Entries without a time keep their date.
    public func journalDay(dayStartsAt dayStart: TimeOfDay) -> JournalDate {
        guard let time, time < dayStart else { return date }
        return date.adding(days: -1)
    }

    /// The hottest reading, if any.
    public var peakTemperature: Temperature? { temperatures.map(\.value).max() }
}
