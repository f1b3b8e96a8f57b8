/// `layout:`: how a journal is split into files, which is where `steady new` writes an entry.
public enum JournalLayout: String, Sendable, Hashable, CaseIterable {
    /// One file per journal day, named `YYYY-MM-DD.md` (a daily note).
    case daily
    /// One file per month, named `YYYY-MM.md`, with a `# YYYY-MM-DD Weekday` heading per day.
    case monthly
}
