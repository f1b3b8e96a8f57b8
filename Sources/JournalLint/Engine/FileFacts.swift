import JournalDetection
import JournalModel
import MarkdownSyntax

/// The little that corpus rules need to remember of a file after its tree is released.
public struct FileFacts: Sendable {
    public let path: String
    /// Each reassurance act with the journal day it counts for (after `day-starts-at`).
    public let reassurance: [DatedReassuranceAct]
    /// The limit in force for this file (configuration can differ per folder).
    public let reassuranceLimit: Int
}

/// A reassurance act placed in time.
public struct DatedReassuranceAct: Sendable {
    public let journalDay: JournalDate
    public let date: JournalDate
    public let time: TimeOfDay?
    public let act: ReassuranceAct
    public let lineText: String
}
