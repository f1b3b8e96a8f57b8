import JournalLint
import JournalModel
import MarkdownSyntax

/// Where a new entry goes in an existing journal file, and the lines to insert there: inside its
/// journal day, in the order the file already follows; with a day heading when the day is not
/// in the file yet. Insertions only, so every byte the writer wrote stays as it was.
enum EntryPlacement {
    /// The insertion for an entry of `journalDay` at `moment` (calendar date and time), with
    /// `entryLines` (its heading first), into `journal` (parsed from the file's bytes).
    /// - Returns: the fix to apply and the 1-based line its heading will be on.
    static func insertion(of entryLines: [String], dayHeading: String, journalDay: JournalDate, moment: (date: JournalDate, time: TimeOfDay),
                          into journal: Journal, dayStartsAt: TimeOfDay) -> (fix: Fix, headingLine: Int) {
        let source = journal.source
        let entries = journal.entries
        let newestFirst = isNewestFirst(entries)
        let sameDay = entries.filter { $0.journalDay(dayStartsAt: dayStartsAt) == journalDay }
        let momentKey = moment.date.dayNumber * 1440 + moment.time.minutesSinceMidnight
        let afterLine: Int
        var lines = entryLines
        if !sameDay.isEmpty {
            if newestFirst {
                // Before the first timed entry that is older; an untimed one is the day's own top.
                if let older = sameDay.first(where: { $0.time != nil && Self.key($0) <= momentKey && $0.headingRange != nil }) {
                    afterLine = older.headingRange!.lowerBound.line - 1
                } else {
                    afterLine = sameDay.last!.range.upperBound.line
                }
            } else {
                // After the last entry that is not later; a later one keeps its place after the new one.
                if let later = sameDay.first(where: { $0.time != nil && Self.key($0) > momentKey && $0.headingRange != nil }) {
                    afterLine = later.headingRange!.lowerBound.line - 1
                } else {
                    afterLine = sameDay.last!.range.upperBound.line
                }
            }
        } else if let day = journal.days.first(where: { $0.date == journalDay && $0.headingRange != nil }) {
            // The day's heading is there with nothing under it yet.
            afterLine = day.headingRange!.upperBound.line
        } else {
            lines = [dayHeading, ""] + entryLines
            // The first day that should come after the new one, by file order.
            let following = journal.days.first { day in
                let key = day.entries.first?.journalDay(dayStartsAt: dayStartsAt) ?? day.date
                return newestFirst ? key < journalDay : key > journalDay
            }
            if let following, let start = following.headingRange?.lowerBound.line ?? following.entries.first?.range.lowerBound.line {
                afterLine = start - 1
            } else {
                afterLine = lastTextLine(source)
            }
        }
        // Blank lines around what is inserted, unless the file has them there already.
        if afterLine > 0, !isBlank(source, afterLine) { lines.insert("", at: 0) }
        if afterLine + 1 <= lastTextLine(source), !isBlank(source, afterLine + 1) { lines.append("") }
        let headingOffset = lines.firstIndex(of: entryLines[0]) ?? 0
        return (Fix(afterLine: afterLine, lines: lines), afterLine + headingOffset + 1)
    }

    /// Entries sort by calendar moment; untimed ones at the start of their day.
    private static func key(_ entry: Entry) -> Int {
        entry.date.dayNumber * 1440 + (entry.time?.minutesSinceMidnight ?? 0)
    }

    /// Whether the file runs newest-first: more steps back in time than forward, as the
    /// `entry-out-of-order` rule judges it.
    static func isNewestFirst(_ entries: [Entry]) -> Bool {
        var ascending = 0, descending = 0
        for (previous, next) in zip(entries, entries.dropFirst()) {
            if key(next) > key(previous) { ascending += 1 }
            if key(next) < key(previous) { descending += 1 }
        }
        return descending > ascending
    }

    /// The last line with text on it (0 for an empty file).
    static func lastTextLine(_ source: SourceText) -> Int {
        var line = source.lineCount
        while line > 0, isBlank(source, line) { line -= 1 }
        return line
    }

    static func isBlank(_ source: SourceText, _ line: Int) -> Bool {
        line < 1 || line > source.lineCount || source.line(line).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
