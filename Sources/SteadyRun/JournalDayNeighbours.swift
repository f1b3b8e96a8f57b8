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
/// folder of the neighbouring year (`daily/2027/2027-01-01.md` for a note of 2026-12-31); when it
/// is a month folder in a year folder (`2026/11/`, `2026/11-November/`, `2026/2026-11/`), in the
/// neighbouring months' folders, across a year's end too (`2026/12/31.md` and `2027/01/01.md`).
/// Notes filed as `YYYY/MM/DD.md` are dated by their folders (`JournalFileName`).
/// Files whose names carry no date are not searched: knowing what they hold means reading them
/// all.
///
/// Each folder is listed once per value (`JournalFileFinder.journalFiles(inFolder:)`, so the
/// configuration's `ignore:` globs apply), and its files indexed by the date or month in their
/// names, so asking for many files of one folder stays linear.
public struct JournalDayNeighbours: Sendable {
    private let finder: JournalFileFinder
    private var folders: [String: FolderIndex] = [:]
    /// The folders in a year folder, listed once per value.
    private var subfolders: [String: [String]] = [:]

    /// - Parameter finder: lists folders (its current folder and ignore rule apply).
    public init(finder: JournalFileFinder) {
        self.finder = finder
    }

    /// The dates `JournalDayNeighbours` needs of a journal: its entries' dates, without repeats.
    public static func dates(of journal: borrowing Journal) -> [JournalDate] {
        dates(of: journal.entries)
    }

    /// The dates of `entries` (a journal's, or those of the runs of days it was read in), without repeats.
    public static func dates(of entries: some Sequence<Entry>) -> [JournalDate] {
        var seen = Set<JournalDate>()
        return entries.compactMap { seen.insert($0.date).inserted ? $0.date : nil }
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
        let searched = [folder] + otherFolders(besides: folder, window: window)
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

    /// The folder holding a journal's dated folders, for a file at `path`: for a note in a year
    /// folder (`daily/2026/`) the folder holding the years, for one in a month folder of a year
    /// (`daily/2026/11/`, `daily/2026/11-November/`) the folder holding the years too, else the
    /// note's own folder.
    public static func layoutRoot(of path: String) -> String {
        let folder = LexicalPath.folder(of: path)
        switch DatedFolder(folder) {
        case .year(_, let root), .month(_, _, _, let root): return root
        case nil: return folder
        }
    }

    /// How a folder is named in a dated layout: a year (`2026` in `root`), or a month of a year
    /// (`11` in `root/2026`).
    private enum DatedFolder {
        case year(Int, root: String)
        case month(Int, year: Int, yearFolder: String, root: String)

        init?(_ folder: String) {
            guard folder != ".", folder != "/" else { return nil }
            let name = LexicalPath.lastComponent(of: folder)
            if let year = DatedFolderName.year(name) {
                self = .year(year, root: LexicalPath.folder(of: folder))
                return
            }
            let parent = LexicalPath.folder(of: folder)
            guard parent != ".", parent != "/", let year = DatedFolderName.year(LexicalPath.lastComponent(of: parent)),
                  let month = DatedFolderName.month(name, inYear: year) else { return nil }
            self = .month(month, year: year, yearFolder: parent, root: LexicalPath.folder(of: parent))
        }
    }

    /// The folders besides `folder` that may hold the dates of `window` in a dated layout: the
    /// other years' folders beside a year folder (`daily/2027/` for 2026-12-31 in `daily/2026/`),
    /// the other months' folders beside a month folder, in its year or the next or previous one
    /// (`2026/12/` and `2027/01/` for a night at a month's or year's end in `2026/11/`, `2026/12/`).
    private mutating func otherFolders(besides folder: String, window: Set<JournalDate>) -> [String] {
        switch DatedFolder(folder) {
        case .year(let year, let root):
            return Set(window.map(\.year)).subtracting([year]).sorted().map { LexicalPath.appending(String($0), to: root) }
        case .month(let month, let year, let yearFolder, let root):
            var others: [String] = []
            for (otherYear, otherMonth) in Set(window.map { Month($0) }).map({ ($0.year, $0.month) }).sorted(by: <)
            where (otherYear, otherMonth) != (year, month) {
                let otherYearFolder = otherYear == year ? yearFolder : LexicalPath.appending(String(otherYear), to: root)
                for candidate in subfolders(of: otherYearFolder)
                where DatedFolderName.month(LexicalPath.lastComponent(of: candidate), inYear: otherYear) == otherMonth {
                    others.append(candidate)
                }
            }
            return others
        case nil:
            return []
        }
    }

    private mutating func subfolders(of folder: String) -> [String] {
        if let known = subfolders[folder] { return known }
        let found = finder.subfolders(inFolder: folder)
        subfolders[folder] = found
        return found
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
