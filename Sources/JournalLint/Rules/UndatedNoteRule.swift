import JournalModel

/// Text with no date that holds no entry: a note, said gently and never a reason to fail.
public struct UndatedNoteRule: JournalRule {
    public init() {}

    public let description = RuleDescription(
        id: "undated-note",
        summary: "Text with no date that holds no entry (no field, no time heading, no worst-case thought): a note summaries leave out.",
        rationale: """
        Not everything in a journal file is an entry: a line under `# November 2026`, a reminder at \
        the top of a monthly file. Such text cannot be placed on the timeline, so summaries leave it \
        out; Steady says so once, gently, in case it belongs to a day. Undated text that holds a \
        field, a time heading or a worst-case thought is an entry, and `undated-entry` reports it.
        """,
        defaultSeverity: .note,
        triggeringExamples: [
            "# November 2026\n\n↓(a hard month; notes below)\n\n# 2026-11-28\n\ntemp: yellow\n",
        ],
        nonTriggeringExamples: [
            "# November\n\n# 2026-11-28\n\ntemp: yellow\n",
            "He's going to leave me, I just know it.\n\n# 2026-11-28\n\ntemp: yellow\n",
        ]
    )

    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        let journal = context.journal
        guard journal.problems.contains(where: { $0.kind == .undatedNote }) else { return }
        let thoughtful = UndatedThoughts.notesHoldingAThought(in: context)
        for problem in journal.problems where problem.kind == .undatedNote && !thoughtful.contains(problem.range) {
            findings.report(.undatedNote, at: problem.range, path: journal.path, source: journal.source)
        }
    }
}

extension Finding.Message {
    static let undatedNote: Self = "this note has no date, so summaries leave it out; if it belongs to a day, put it under a dated heading such as `# 2026-11-28`"
}
