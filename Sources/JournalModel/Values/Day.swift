import MarkdownSyntax

/// A day in a journal file: a dated heading (or a daily note's file name) and its entries.
public struct Day: Sendable, Hashable {
    public let date: JournalDate
    /// The heading text after the date, trimmed; empty for a daily note's implicit day.
    public let title: String
    /// `nil` when the day comes from the file name.
    public let headingRange: SourceRange?
    public let entries: [Entry]

    public init(date: JournalDate, title: String, headingRange: SourceRange?, entries: [Entry]) {
        self.date = date
        self.title = title
        self.headingRange = headingRange
        self.entries = entries
    }
}
