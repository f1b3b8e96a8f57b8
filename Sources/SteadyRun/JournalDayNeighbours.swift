import JournalFiles
import JournalModel

/// Which other files may hold entries of the same journal days as a given file, found by their
/// names alone (nothing is read): the folder is context.
///
/// A journal day can span files: with `day-starts-at: 04:00`, a 01:30 entry in `2026-11-21.md`
/// counts for 2026-11-20, whose other reassurance asks are in `2026-11-20.md`. For a file whose
/// entries are dated D, the files that may share a journal day with it are those holding entries
/// dated D-1 (its own early entries count for D-1), D, or D+1 (their early entries count for D):
/// - daily notes of those dates (`2026-11-20.md`, `2026-11-21-evening.md`), and
/// - monthly files of those dates' months (`2026-11.md`),
/// in the file's own folder, and, when that folder is named for a year (`daily/2026/`), in the
/// folder of the neighbouring year (`daily/2027/2027-01-01.md` for a note of 2026-12-31).
/// Files whose names carry no date are not searched: knowing what they hold means reading them
/// all.
///
/// Each folder is listed once per value (`JournalFileFinder.journalFiles(inFolder:)`, so the
/// configuration's `ignore:` globs apply), and its files indexed by the date or month in their
/// names, so asking for many files of one folder stays linear.
public struct JournalDayNeighbours: Sendable {
    private let finder: JournalFileFinder
    private var folders: [String: FolderIndex] = [:]

    /// - Parameter finder: lists folders (its current folder and ignore rule apply).
    public init(finder: JournalFileFinder) {
        self.finder = finder
    }

    /// The dates `JournalDayNeighbours` needs of a journal: its entries' dates, without repeats.
    public static func dates(of journal: borrowing Journal) -> [JournalDate] {
        var seen = Set<JournalDate>()
        return journal.entries.compactMap { seen.insert($0.date).inserted ? $0.date : nil }
    }

    /// The files beside `path` that may hold entries of the same journal days as a file whose
    /// entries are dated `dates`, in path order; `path` itself is not among them.
    /// - Parameter extraPaths: files to consider besides those on disk, as if listed: documents
    ///   open in an editor, which may not be saved yet. Given at each call, not kept: what is
    ///   open changes between calls, the folders' listings do not. Each is judged as a listing
    ///   would judge it (`JournalFileFinder.wouldList(file:)`): a note the configuration's
    ///   `ignore:` leaves out is no day's file, saved or not.
    public mutating func paths(near path: String, dates: some Sequence<JournalDate>, alsoConsidering extraPaths: [String] = []) -> [String] {
        var window = Set<JournalDate>()
        for date in dates {
            window.insert(date)
            if let before = date.addingWithinRange(days: -1) { window.insert(before) }
            if let after = date.addingWithinRange(days: 1) { window.insert(after) }
        }
        guard !window.isEmpty else { return [] }
        let folder = LexicalPath.folder(of: path)
        var searched = [folder]
        // A folder named for a year: the next and previous years' folders beside it.
        let folderName = LexicalPath.lastComponent(of: folder)
        if folderName.utf8.count == 4, let year = Int(folderName), folder != "." {
            let parent = LexicalPath.folder(of: folder)
            for other in Set(window.map(\.year)) where other != year {
                searched.append(LexicalPath.appending(String(other), to: parent))
            }
        }
        let ownName = LexicalPath.lastComponent(of: path)
        var found = Set<String>()
        for searchedFolder in searched {
            var index = self.index(of: searchedFolder)
            for extra in extraPaths where LexicalPath.folder(of: extra) == searchedFolder && finder.wouldList(file: extra) {
                index.add(extra)
            }
            for date in window {
                for candidate in index.daily[date, default: []] { found.insert(candidate) }
                for candidate in index.monthly[Month(date), default: []] { found.insert(candidate) }
            }
        }
        return found.filter { !(LexicalPath.folder(of: $0) == folder && LexicalPath.lastComponent(of: $0) == ownName) }.sorted()
    }

    private struct Month: Hashable, Sendable {
        let year: Int
        let month: Int
        init(_ date: JournalDate) { (year, month) = (date.year, date.month) }
        init(year: Int, month: Int) { (self.year, self.month) = (year, month) }
    }

    /// A folder's journal files by the date or month their names carry.
    private struct FolderIndex: Sendable {
        var daily: [JournalDate: [String]] = [:]
        var monthly: [Month: [String]] = [:]

        /// Files under the date or month their names carry (listed twice counts once, in `paths`).
        mutating func add(_ path: String) {
            switch JournalFileName(path: path) {
            case .daily(let date): daily[date, default: []].append(path)
            case .monthly(let year, let month): monthly[Month(year: year, month: month), default: []].append(path)
            case nil: break
            }
        }
    }

    private mutating func index(of folder: String) -> FolderIndex {
        if let known = folders[folder] { return known }
        var index = FolderIndex()
        for path in finder.journalFiles(inFolder: folder) { index.add(path) }
        folders[folder] = index
        return index
    }
}
