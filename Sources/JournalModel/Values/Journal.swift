import MarkdownSyntax

/// One journal file, understood: its days and entries, the HTML comments (suppressions), and
/// the problems found while reading it.
public struct Journal: Sendable, Hashable {
    /// The path as the user gave it (or a display name such as `<stdin>`).
    public let path: String
    public let days: [Day]
    public let comments: [HTMLComment]
    public let problems: [JournalProblem]
    /// Slips of the format read as the writer meant them, in source order (see `FormatNote`).
    public let formatNotes: [FormatNote]
    /// Undated text that holds no entry, in source order (see `UndatedNote`).
    public let undatedNotes: [UndatedNote]
    /// The source, for showing lines under findings.
    public let source: SourceText

    public init(path: String, days: [Day], comments: [HTMLComment], problems: [JournalProblem], formatNotes: [FormatNote] = [], undatedNotes: [UndatedNote] = [], source: SourceText) {
        self.path = path
        self.days = days
        self.comments = comments
        self.problems = problems
        self.formatNotes = formatNotes
        self.undatedNotes = undatedNotes
        self.source = source
        var entries: [Entry] = []
        entries.reserveCapacity(days.reduce(0) { $0 + $1.entries.count })
        for day in days { entries += day.entries }
        self.entries = entries
    }

    /// Every entry of every day, in file order. Stored, not computed: the linter and the
    /// writers ask for it several times per file, and flattening copies every entry.
    public let entries: [Entry]
}
