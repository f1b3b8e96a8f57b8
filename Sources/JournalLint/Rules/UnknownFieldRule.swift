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
                guard let suggestion = KeySuggestion.closestKey(to: field.key) else { continue }
                findings.report(
                    .unknownField(suggesting: suggestion),
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
        KeySuggestion.closestKey(to: written)
    }
}

/// Finds the known field key a mistyped one was meant to be.
enum KeySuggestion {
    /// Words people write for a key, beyond typos.
    private static let aliases: [String: FieldKey] = [
        "temperature": .temp, "temps": .temp, "regulation": .regulate, "regulated": .regulate,
        "urges": .urge, "facts": .fact, "reframes": .reframe, "triggers": .trigger, "reassure": .reassurance,
        "reassured": .reassurance,
    ]

    /// Each known key and its letters, in `FieldKey.allCases` order (the first of equally close
    /// keys wins), made once.
    private static let candidates: [(key: String, letters: [UInt8])] = FieldKey.allCases.map { ($0.rawValue, Array($0.rawValue.utf8)) }

    static func closestKey(to written: String) -> String? {
        let key = written.lowercased()
        if let alias = aliases[key] { return alias.rawValue }
        // Keys are ASCII letters, so for a simple written key (nearly all) bytes are characters
        // and the distance is the one `DidYouMean.editDistance` finds on the strings.
        let keyLetters: [UInt8]? = DidYouMean.isSimple(key) ? Array(key.utf8) : nil
        let length = keyLetters?.count ?? key.count
        let allowed = length <= 4 ? 1 : 2
        var best: (key: String, distance: Int)?
        for candidate in candidates {
            // The distance is at least the difference in length: most prose lines that look like
            // fields ("Today: …") are ruled out without computing it.
            guard abs(candidate.letters.count - length) <= allowed else { continue }
            let distance = keyLetters.map { DidYouMean.editDistance($0, candidate.letters) } ?? DidYouMean.editDistance(key, candidate.key)
            if distance <= allowed, distance < (best?.distance ?? .max) { best = (candidate.key, distance) }
        }
        return best?.key
    }
}

extension Finding.Message {
    /// A line that looks like a field with a mistyped key; `suggestion` is the known key meant.
    static func unknownField(suggesting suggestion: String) -> Self {
        Self("unknown field key; did you mean `\(suggestion):`? Until then this line is read as prose")
    }
}
