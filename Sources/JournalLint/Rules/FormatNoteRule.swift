import JournalModel

/// A slip of the format that Steady read as the writer meant it (`temp green` as `temp: green`):
/// said once, gently, with the syntax that makes it certain. `--fix` writes that syntax; the
/// writer's words are never touched.
public struct FormatNoteRule: JournalRule {
    public init() {}

    public let description = RuleDescription(
        id: "format-note",
        summary: "A field written a little differently from the format (no colon, a dash, a plural key); read as meant, with the exact syntax.",
        rationale: """
        People write fast, on phones, in their own words: `temp green`, `Triggers - the group chat`, \
        `evidence` alone above its list. Steady reads these as they were meant and says so once, so \
        that nothing is silently dropped and the writer can see how each line was read \
        (`steady parse`). Writing the key with a colon (`--fix` does it) keeps the reading certain \
        in other tools and for future versions.
        """,
        defaultSeverity: .note,
        triggeringExamples: [
            "# 2026-11-28\n\n↓temp green\n",
            "# 2026-11-28\n\n↓evidence\n- against: he texted at lunch\n",
            "# 2026-11-28\n\n↓Triggers - the group chat\n",
            "# 2026-11-28\n\n↓temp:: red\n",
            "# 2026-11-28\n\n↓temp; red\n",
            "# 2026-11-28\n\nHe is going to leave me.\n\n↓- for: he was short with me\n- against: he texted at lunch\n",
            "# 2026-11-28\n\nevidence:\n- ↓for he was short with me\n",
            "# 2026-11-28\n\n↓evidence 👇\n- against: he texted at lunch\n",
            "# 2026-11-28\n\nevidence:\n- ↓for:: he was late\n",
            "# 2026-11-28\n\nHe is going to leave me.\n↓Evidence for: he was late\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\ntemp: green\n",
            "# 2026-11-28\n\nTemperature dropped outside today.\n",
            "# 2026-11-28\n\nFact is, I was tired.\n",
            "# 2026-11-28\n\nevidence: 👇\n- for: he was short with me\n",
            "# 2026-11-28\n\nevidence:\n\nfor: he was short with me\nagainst: he texted\n",
            "# 2026-11-28\n\nHe is going to leave me.\n\n### Evidence for\n- he was late\n\n### Evidence against\n- he called\n",
        ]
    )

    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        let journal = context.journal
        for note in journal.formatNotes {
            if note.kind == .evidenceLine {
                // A line to write above the list, not an edit in it.
                findings.report(.evidenceWithoutKey, detail: "the `for:`/`against:` lines were read as under `evidence:`",
                                at: note.range, path: journal.path, source: journal.source,
                                fix: Fix(afterLine: note.range.lowerBound.line - 1,
                                         lines: note.replacement.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
                continue
            }
            let written = journal.source.lineString(note.range.lowerBound.line)
            let start = written.utf8.index(written.utf8.startIndex, offsetBy: min(note.range.lowerBound.column - 1, written.utf8.count))
            let end = written.utf8.index(written.utf8.startIndex, offsetBy: min(note.range.upperBound.column - 1, written.utf8.count))
            let syntax = Self.trimmed(written[start..<end])
            findings.report(note.kind == .evidenceStance ? .evidenceStance(note.replacement.hasPrefix("for") ? "for" : "against") : .formatNote(key: note.key),
                            detail: "`\(syntax)` was read as `\(Self.trimmed(note.replacement[...]))`",
                            at: note.range, path: journal.path, source: journal.source,
                            fix: Fix(replacing: note.range, with: note.replacement))
        }
    }
}

extension FormatNoteRule {
    private static func trimmed(_ text: Substring) -> String {
        String(text.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}

extension Finding.Message {
    /// A field read from a slip of its key or separator; `key` is the field it was read as.
    static func formatNote(key: FieldKey) -> Self {
        Self("read as the `\(key.rawValue):` field; writing it as `\(key.rawValue):` keeps that certain (`steady lint --fix` does it)")
    }

    /// `for:`/`against:` items with no `evidence:` line above them, read as an evidence section.
    static let evidenceWithoutKey: Self = "read as an `evidence:` section; writing `evidence:` on the line above keeps that certain (`steady lint --fix` does it)"

    /// An evidence item's stance written another way (`for he was short`); `stance` is `for` or `against`.
    static func evidenceStance(_ stance: String) -> Self {
        Self("read as \(stance == "against" ? "an" : "a") `\(stance):` item of the evidence; writing `\(stance):` keeps that certain (`steady lint --fix` does it)")
    }
}
