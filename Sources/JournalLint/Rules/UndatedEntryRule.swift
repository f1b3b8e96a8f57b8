import JournalModel
import MarkdownSyntax

/// Journal text with no date that holds an entry: a field, a time heading, or a worst-case
/// thought (undated text holding none of them is an `undated-note`).
public struct UndatedEntryRule: JournalRule {
    public init() {}

    public let description = RuleDescription(
        id: "undated-entry",
        summary: "Journal text with no dated heading above it and no date in the file name, holding an entry (a field, a time heading or a worst-case thought).",
        rationale: """
        Patterns only show over time: which days spiral, whether reassurance is shrinking week by \
        week. Text without a date cannot be placed on that timeline, so the summary leaves it out. \
        Date it with a heading (`# 2026-11-28`) or name the file by its date (`2026-11-28.md`).
        """,
        defaultSeverity: .error,
        triggeringExamples: [
            "↓He hasn't answered all afternoon.\ntemp: red\n\n# 2026-11-28\n\ntemp: yellow\n",
            "# Notes\n\n↓## 21:40 Late\n\ntemp: red\n",
            "↓He's going to leave me, I just know it.\n\n# 2026-11-28\n\ntemp: yellow\n",
        ],
        nonTriggeringExamples: [
            "# November\n\n# 2026-11-28\n\ntemp: yellow\n",
            "# November 2026\n\n(a hard month; notes below)\n\n# 2026-11-28\n\ntemp: yellow\n",
            "<!-- steady-disable-file one-sided-evidence -->\n\n# 2026-11-28\n\ntemp: green\n",
        ]
    )

    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        let journal = context.journal
        let thoughtful = UndatedThoughts.notesHoldingAThought(in: context)
        for problem in journal.problems where problem.kind == .undatedContent || (problem.kind == .undatedNote && thoughtful.contains(problem.range)) {
            findings.report(.undatedEntry, at: problem.range, path: journal.path, source: journal.source)
        }
    }
}

/// Which undated notes hold a worst-case thought: those are entries that need a date, not notes.
enum UndatedThoughts {
    /// The ranges of the journal's undated notes whose prose holds a catastrophizing claim.
    /// Analysed only when a file has undated notes (rare), with the configuration's phrases.
    static func notesHoldingAThought(in context: JournalContext) -> Set<SourceRange> {
        let notes = context.journal.undatedNotes
        guard !notes.isEmpty, let anyDate = JournalDate(year: 1, month: 1, day: 1) else { return [] }
        let analyzer = context.configuration.makeAnalyzer()
        var found: Set<SourceRange> = []
        for note in notes where !note.prose.isEmpty {
            let entry = Entry(date: anyDate, time: nil, title: "", headingRange: nil, range: note.range, prose: note.prose)
            if !analyzer.analyze(entry).claims.isEmpty { found.insert(note.range) }
        }
        return found
    }
}

extension Finding.Message {
    static let undatedEntry: Self = "this text has no date; put it under a dated heading such as `# 2026-11-28` or name the file by its date (2026-11-28.md)"
}
