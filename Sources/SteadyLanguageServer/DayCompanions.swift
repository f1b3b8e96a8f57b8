import JournalFiles
import JournalModel
import SteadyRun

/// The seam where the folder becomes context: the other journal files whose entries may count
/// on the same journal days as a document (a day's reassurance budget spans a daily note and the
/// next day's note written after midnight).
///
/// The server lints a document together with these files — through `LintEngine`'s collecting
/// rules, exactly as `steady lint` lints a folder — and keeps only the document's findings.
protocol DayCompanions {
    /// The companions of the document at `path` whose journal is `journal`; `openText` gives the
    /// editor's text of a file that is open (it wins over the file on disk).
    func companions(ofDocumentAt path: String, journal: Journal, openText: (String) -> [UInt8]?) -> [(path: String, bytes: [UInt8])]
    /// Files on disk changed: forget what was listed.
    func forgetListings()
}

/// Day companions as `steady lint FILE` finds them (`JournalDayNeighbours`: daily notes of the
/// document's dates and the days either side, monthly files of those months, the neighbouring
/// year's folder), with an open buffer's text winning over the file on disk.
final class FolderDayCompanions: DayCompanions {
    /// More companions than this are not read: a lint must stay quick on every keystroke.
    static let maximumCount = 16
    /// Lists each folder once until `forgetListings`: a folder of years of daily notes is not
    /// listed and searched again at every keystroke.
    private var neighbours = JournalDayNeighbours(finder: JournalFileFinder())
    private let reader = JournalFileReader()

    func companions(ofDocumentAt path: String, journal: Journal, openText: (String) -> [UInt8]?) -> [(path: String, bytes: [UInt8])] {
        let dates = JournalDayNeighbours.dates(of: journal)
        guard !dates.isEmpty else { return [] }
        var found: [(path: String, bytes: [UInt8])] = []
        for candidate in neighbours.paths(near: path, dates: dates) where found.count < Self.maximumCount {
            if let bytes = openText(candidate) {
                found.append((candidate, bytes))
            } else if let contents = try? reader.read(.file(path: candidate)) {
                found.append((candidate, contents.bytes))
            }
        }
        return found
    }

    func forgetListings() {
        neighbours = JournalDayNeighbours(finder: JournalFileFinder())
    }
}
