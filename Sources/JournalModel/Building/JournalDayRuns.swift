import MarkdownSyntax

/// A large journal file built a run of whole days at a time, so that a reader that needs one
/// run at a time (lint and summary of a year's journal in one file) holds one run's Markdown
/// tree and journal model instead of the whole file's: about ten times the file's bytes
/// otherwise (docs/reliability.md).
///
/// A run is cut only before a column-1 heading whose text starts with a date other than the
/// last dated heading's (so a day's entries never span two runs), never before a day whose
/// first entry is still the night before (`startsNewDay`), and only where the Markdown
/// parts give the whole file's tree (`MarkdownParser.parseInRuns`). Each run's journal is what
/// the whole file's journal holds for those days, positions included: a daily note's name
/// dates the first run only (whose first day it opens), and a review `steady summary` wrote is
/// one run of no entries, never parsed. Suppression comments are the runs' to carry: a run's
/// journal holds those on its lines, and the linter applies the whole file's
/// (`LintEngine.merge(runs:)`). Obsidian `%%` comments end with their entry, so a run (which
/// starts one) never starts inside one. Whether the entries' order and journal days let the
/// runs stand for the whole file is for the reader to check (`Continuity`).
public enum JournalDayRuns {
    /// Files smaller than this are read whole.
    public static let minimumSize = 1 << 20
    /// About how large a run is.
    public static let runSize = 256 << 10

    public enum Outcome: Sendable, Equatable {
        /// Every run was handed over.
        case built
        /// The file is to be read whole (small, or read whole by its kind); nothing was handed over.
        case readWhole
        /// `body` stopped the runs: the file is to be read whole after all.
        case stopped
    }

    /// Builds the journal of `bytes` (the file at `path`) run by run, handing each run's
    /// journal to `body` in order; `body` returns false to stop.
    /// - Parameters:
    ///   - runSize, minimumSize: tests make them small, to cut small inputs often.
    ///   - dayStartsAt: when a journal day starts (`day-starts-at`): a day whose first entry is
    ///     earlier (`## 01:30`, still the night before) is never the first of a run.
    ///   - readsInlineFields: as for `JournalBuilder.build` (a note in an Obsidian vault).
    public static func build(_ bytes: [UInt8], path: String, tagPrefixes: TagPrefixes = .default, readsInlineFields: Bool = false,
                             dayStartsAt: TimeOfDay, runSize: Int = Self.runSize, minimumSize: Int = Self.minimumSize,
                             _ body: (Journal) -> Bool) -> Outcome {
        build(bytes, path: path, tagPrefixes: tagPrefixes, readsInlineFields: readsInlineFields, dayStartsAt: dayStartsAt,
              runSize: runSize, minimumSize: minimumSize, skipping: { _ in false }) { _, journal in body(journal!) }
    }

    /// `build`, leaving out the runs the caller already holds (an editor's buffer, read again
    /// after each keystroke): a run `isKnown` knows is neither parsed nor built, and `body` is
    /// given no journal for it. `isKnown` may know only runs an earlier build of a text with
    /// the same path and settings handed over (see `MarkdownParser.parseInRuns(_:skipping:)`).
    package static func build(_ bytes: [UInt8], path: String, tagPrefixes: TagPrefixes = .default, readsInlineFields: Bool = false,
                              dayStartsAt: TimeOfDay, runSize: Int = Self.runSize, minimumSize: Int = Self.minimumSize,
                              skipping isKnown: (InputRun) -> Bool, _ body: (InputRun, Journal?) -> Bool) -> Outcome {
        guard bytes.count >= minimumSize else { return .readWhole }
        if let review = savedReview(bytes, path: path) {
            // Read as no entries at all, whatever it holds: one run, and nothing to parse.
            let run = InputRun(bytes: 0..<bytes.count, linesBefore: 0, isLast: true)
            return body(run, isKnown(run) ? nil : review) ? .built : .stopped
        }
        var stopped = false
        // A daily note's first day is its name's: no run starts at a heading of that date, which
        // goes on with the day the name opened.
        let nameDate: String? = if case .valid(let date) = DailyNoteName.date(inPath: path) { date.description } else { nil }
        let startsRun = { (source: SourceText, line: Int) in
            startsNewDay(source, line: line, dayStartsAt: dayStartsAt, fileNameDate: nameDate)
        }
        let cut = MarkdownParser.parseInRuns(bytes, runSize: runSize, minimumSize: minimumSize, startsRun: startsRun,
                                             skipping: isKnown) { run, document in
            guard !stopped else { return false }
            let journal = document.map {
                JournalBuilder.build($0, path: path, tagPrefixes: tagPrefixes, readsInlineFields: readsInlineFields, startsFile: run.isFirst)
            }
            stopped = !body(run, journal)
            return !stopped
        }
        return !cut ? .readWhole : stopped ? .stopped : .built
    }

    /// The journal of `bytes` when they are a review `steady summary` wrote (`steady: review` in
    /// the front matter), which is read as no entries at all: what `JournalBuilder` makes of it.
    private static func savedReview(_ bytes: [UInt8], path: String) -> Journal? {
        guard bytes.starts(with: "---".utf8), ByteSearch.contains("steady: review".utf8, in: bytes) else { return nil }
        let source = SourceText(RepairedUTF8(repairing: bytes))
        guard let frontMatter = FrontMatter.detect(in: source)?.0, JournalBuilder.isSavedReview(frontMatter) else { return nil }
        return JournalBuilder.savedReview(path: path, source: source)
    }

    /// Whether `line` is a heading whose text starts with a date other than that of the last
    /// heading above it that starts with one, and whose day's first time (on the heading, or on
    /// the first heading below with a time) is not before `dayStartsAt`: entries before it
    /// belong to the night before, the last run's day. With no dated heading above, a daily
    /// note's `fileNameDate` (`YYYY-MM-DD`) is the date above.
    static func startsNewDay(_ source: SourceText, line: Int, dayStartsAt: TimeOfDay, fileNameDate: String? = nil) -> Bool {
        guard let date = headingDate(source.line(line)) else { return false }
        var above = line - 1
        while above >= 1 {
            if let previous = headingDate(source.line(above)) {
                if previous == date { return false }
                break
            }
            above -= 1
        }
        if above == 0, let fileNameDate, date.elementsEqual(fileNameDate.utf8) { return false }
        // The first time of the day; not found within a few hundred lines, no cut is risked.
        var below = line
        while below <= min(source.lineCount, line + 400) {
            if let stamp = headingStamp(source.line(below)) {
                if case .valid(let time) = stamp.time { return time >= dayStartsAt }
                if below > line, case .valid = stamp.date { return true }
            }
            below += 1
        }
        return false
    }

    /// The `YYYY-MM-DD` a heading line's text starts with, as written.
    private static func headingDate(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard var text = headingText(line) else { return nil }
        while let first = text.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { text = text.dropFirst() }
        guard let shape = DateShape(text), shape.length == 10 else { return nil }
        return text.prefix(10)
    }

    /// The stamp of a heading line (`## 07:43 Title`), nil for any other line.
    private static func headingStamp(_ line: ArraySlice<UInt8>) -> HeadingStamp? {
        headingText(line).map { text in text.withUnsafeBufferPointer { HeadingStamp(bytes: $0) } }
    }

    /// What follows the `#`s of an ATX heading line (1 to 6 of them, then a space, a tab or the
    /// line's end); nil for any other line.
    private static func headingText(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var index = line.startIndex
        while index < line.endIndex, line[index] == UInt8(ascii: "#") { index += 1 }
        let hashes = index - line.startIndex
        guard hashes >= 1, hashes <= 6,
              index == line.endIndex || line[index] == UInt8(ascii: " ") || line[index] == UInt8(ascii: "\t") else { return nil }
        return line[index...]
    }

    /// Whether the runs of a file, taken one after another, let each be linted or summarised on
    /// its own as the whole file would be: every entry in time order (or every entry newest
    /// first), so that the order the file keeps is the same in every run; no journal day (after
    /// `day-starts-at`) in two runs; and nothing undated after the first run. A reader that
    /// carries the file's order and journal days from run to run (JournalLint's
    /// `FileLintInRuns`) asks only the last.
    public struct Continuity: Sendable {
        private let dayStartsAt: TimeOfDay
        private let carriesOrder: Bool
        private var lastMoment: Int?
        /// +1 once entries are seen to go forward in time, -1 backward, 0 while neither.
        private var direction = 0
        private var lastJournalDay: JournalDate?
        private var runs = 0

        /// - Parameter carriesOrder: the reader carries the entries' order and the journal days
        ///   from run to run: entries out of order, or a journal day in two runs, stop nothing.
        public init(dayStartsAt: TimeOfDay, carriesOrder: Bool = false) {
            self.dayStartsAt = dayStartsAt
            self.carriesOrder = carriesOrder
        }

        /// Takes the next run's journal; false when the runs cannot stand for the whole file.
        public mutating func accepts(_ journal: Journal) -> Bool {
            accepts(days: journal.days, hasUndatedNotes: !journal.undatedNotes.isEmpty)
        }

        /// Takes the next run's days, and whether it has undated notes: what `accepts(_:)` reads
        /// of its journal (a reader that remembers runs keeps that much of them).
        public mutating func accepts(days: [Day], hasUndatedNotes: Bool) -> Bool {
            runs += 1
            if runs > 1, hasUndatedNotes { return false }
            if carriesOrder { return true }
            var firstOfRun = true
            for day in days {
                for entry in day.entries {
                    let moment = entry.date.dayNumber * 1440 + (entry.time?.minutesSinceMidnight ?? 0)
                    if let last = lastMoment, moment != last {
                        let step = moment > last ? 1 : -1
                        if direction == 0 { direction = step } else if direction != step { return false }
                    }
                    lastMoment = moment
                    let journalDay = entry.journalDay(dayStartsAt: dayStartsAt)
                    if firstOfRun, runs > 1, journalDay == lastJournalDay { return false }
                    firstOfRun = false
                    lastJournalDay = journalDay
                }
            }
            return true
        }
    }
}
