import JournalModel

/// A line that starts like a field with a key that is almost a known one (`evidnce:`).
public struct UnknownFieldRule: JournalRule {
    public init() {}

    public let description = RuleDescription(
        id: "unknown-field",
        summary: "A field key that is close to a known key, probably a typo; the line is read as prose.",
        rationale: """
        A mistyped key quietly turns a field into prose: `evidnce:` examines nothing and `tmp: red` \
        records no temperature, so the summary and the other rules miss it. Lines like `Today: a \
        long day`, far from every key, are left alone.
        """,
        defaultSeverity: .warning,
        triggeringExamples: [
            "# 2026-11-28\n\n↓evidnce:\n- against: he texted\n",
            "# 2026-11-28\n\n↓tmp: red\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\nToday: a long day at work.\n",
            "# 2026-11-28\n\ntemp: red\n",
        ]
    )

    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        // Entries are read in place, by index.
        let entries = context.entries
        for index in entries.indices where !entries[index].entry.unrecognizedFields.isEmpty {
            for field in entries[index].entry.unrecognizedFields {
                guard let suggestion = FieldKey(mistyped: field.key)?.rawValue else { continue }
                findings.report(
                    .unknownField(suggesting: suggestion, countedAsAsk: FieldKey(misspelled: field.key) == .reassurance),
                    detail: "`\(field.key):` is not a field Steady knows",
                    at: field.keyRange, path: context.journal.path, source: context.journal.source)
            }
        }
    }
}

extension UnknownFieldRule {
    /// The known field key a mistyped one (`evidnce`) was probably meant to be, as the rule's
    /// finding suggests it; for an editor's quick fix.
    public static func suggestedKey(for written: String) -> String? {
        FieldKey(mistyped: written)?.rawValue
    }
}

extension Finding.Message {
    /// A line that looks like a field with a mistyped key; `suggestion` is the known key meant.
    /// `countedAsAsk`: a misspelled reassurance key, which already counts as an ask
    /// (EntryAnalyzer).
    static func unknownField(suggesting suggestion: String, countedAsAsk: Bool = false) -> Self {
        let reading = countedAsAsk ? "read as prose and counted as one ask" : "read as prose"
        return Self("unknown field key; did you mean `\(suggestion):`? Until then this line is \(reading)")
    }
}
