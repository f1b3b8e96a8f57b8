import JournalModel
import MarkdownSyntax

/// The days of an open document as its last lint read them, for the outline, the tags and the
/// day's other files: the whole journal's, or each run's (`DayRunMemory`), with how far the
/// run's lines moved since its days were read.
struct DocumentDays {
    struct Run {
        let days: [Day]
        /// What moves the days' positions to where they are now.
        let shift: LineShift
    }

    let runs: [Run]

    init(runs: [Run]) {
        self.runs = runs
    }

    init(_ journal: Journal) {
        runs = [Run(days: journal.days, shift: .none)]
    }

    /// Every entry, in file order, its positions as read (not shifted).
    var entries: [Entry] {
        runs.flatMap { $0.days.flatMap(\.entries) }
    }
}
