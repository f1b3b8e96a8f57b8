import JournalModel

/// What the rules that read a file's entries in order need of the runs of days before the one
/// being linted (`JournalDayRuns`, `FileLintInRuns`), so that a file whose entries are out of
/// time order, or whose journal day comes back in a later run, is linted run by run as it is
/// whole: `entry-out-of-order` judges the file's order and the pair across the runs' border,
/// and `reassurance-before-regulation` notes a journal day once in the whole file.
public struct EarlierRuns: Sendable, Equatable {
    /// The date and time of the file's last entry before this run; nil before the first entry.
    public var lastEntry: EntryMoment?
    /// Whether the file runs newest first, as `entry-out-of-order` decides for the whole file
    /// (`FileLintInRuns` checks at the end that every run was linted with the file's order).
    public var newestFirst = false
    /// The journal days `reassurance-before-regulation` noted in the runs before.
    public var notedReassuranceDays: Set<JournalDate> = []

    public init() {}

    /// When an entry was written, as far as the file's order goes.
    public struct EntryMoment: Sendable, Equatable {
        public let date: JournalDate
        public let time: TimeOfDay?

        public init(_ entry: Entry) {
            date = entry.date
            time = entry.time
        }

        /// Minutes since the calendar's start: entries without a time sort at the start of their day.
        public var minutes: Int { date.dayNumber * 1440 + (time?.minutesSinceMidnight ?? 0) }
    }
}
