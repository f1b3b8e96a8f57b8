import JournalModel

/// The text `steady new` writes under a new entry's `## HH:MM` heading: the built-in one, which
/// walks the practice step by step, or one named in `.steady.yml` (`templates: {evening: …}`).
///
/// Placeholders `{date}`, `{time}` and `{weekday}` are filled in for the entry's moment; any other
/// `{word}` is refused when the configuration is read, so a typo shows up at once rather than in
/// the journal.
public struct EntryTemplate: Sendable, Hashable {
    /// The placeholders a template may hold, in the order messages list them.
    public static let placeholders = ["date", "time", "weekday"]
    /// The name `--template` uses for the built-in template.
    public static let builtInName = "practice"
    /// The name of a configured template used when `--template` is not given.
    public static let defaultName = "default"

    /// The template's text, as written.
    public let text: String

    /// The built-in template: notice, pause, calm the body, then examine. The prompts are HTML
    /// comments (Markdown does not show them, and the linter does not read them as the writer's
    /// words); the fields are left for the writer to fill in.
    public static let builtIn = EntryTemplate(checked: """
        <!-- What happened? Just the facts, as a camera would have seen it. -->


        <!-- The story I told myself about it: -->


        <!-- How hot is it right now? red, yellow or green -->
        temp:

        <!-- What did I do for my body first? (cold water, a walk, slow breathing) -->
        regulate:

        <!-- Put the worst-case thought on trial: what supports it, what contradicts it? -->
        evidence:
        - for:
        - against:

        <!-- The urge, and what I did with it: (resisted) or (acted) -->
        urge:
        """)

    private init(checked text: String) { self.text = text }

    /// Checks `text`'s placeholders; the first unknown one (without braces), when there is one.
    public static func parse(_ text: String) -> Result<EntryTemplate, UnknownPlaceholder> {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "}") else { break }
            let name = rest[after..<close]
            // Only `{word}` is a placeholder: braces around spaces or punctuation are the writer's text.
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }), !placeholders.contains(String(name)) {
                return .failure(UnknownPlaceholder(name: String(name)))
            }
            rest = rest[after...]
        }
        return .success(EntryTemplate(checked: text))
    }

    /// A placeholder a template names that Steady does not fill in.
    public struct UnknownPlaceholder: Error, Sendable, Hashable {
        public let name: String
    }

    /// The template's lines for an entry at `time` on `date` (the journal day), placeholders filled in.
    public func lines(date: JournalDate, time: TimeOfDay) -> [String] {
        let filled = text
            .replacing("{date}", with: date.description)
            .replacing("{time}", with: time.description)
            .replacing("{weekday}", with: date.weekdayName)
        var lines = filled.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        // Blank lines at either end belong to the entry's layout, not the template.
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        while lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
        return lines
    }
}

extension JournalDate {
    /// The English name of the day of the week (`Monday`), as day headings write it.
    public var weekdayName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][isoWeekday - 1]
    }
}
