import Foundation
import JournalFiles
import JournalModel

/// The seam where the folder becomes context: the other journal files whose entries may count
/// on the same journal days as a document (a day's reassurance budget spans a daily note and the
/// next day's note written after midnight).
///
/// The server lints a document together with these files — through `LintEngine`'s collecting
/// rules, exactly as `steady lint` lints a folder — and keeps only the document's findings.
/// Replace `FolderDayCompanions` here to share one definition of "the day's files" with `steady lint FILE`.
protocol DayCompanions {
    /// The companions of the document at `path` whose journal is `journal`; `openText` gives the
    /// editor's text of a file that is open (it wins over the file on disk).
    func companions(ofDocumentAt path: String, journal: Journal, openText: (String) -> [UInt8]?) -> [(path: String, bytes: [UInt8])]
    /// Files on disk changed: forget what was listed.
    func forgetListings()
}

/// Day companions from the document's own folder: the journal files (`.md`, `.markdown`) whose
/// names hold one of the document's dates, or the day before or after one (`day-starts-at`
/// moves an entry written after midnight to the day before).
final class FolderDayCompanions: DayCompanions {
    /// More companions than this are not read: a lint must stay quick on every keystroke.
    static let maximumCount = 16
    private var listings: [String: [String]] = [:]
    private let reader = JournalFileReader()

    func companions(ofDocumentAt path: String, journal: Journal, openText: (String) -> [UInt8]?) -> [(path: String, bytes: [UInt8])] {
        var dates = Set<String>()
        for day in journal.days {
            for offset in -1...1 { dates.insert(day.date.adding(days: offset).description) }
        }
        guard !dates.isEmpty else { return [] }
        let folder = LexicalPath.folder(of: path)
        let names = listing(of: folder)
        var found: [(path: String, bytes: [UInt8])] = []
        for name in names where found.count < Self.maximumCount {
            let candidate = LexicalPath.appending(name, to: folder)
            guard candidate != path, dates.contains(where: { name.contains($0) }) else { continue }
            if let bytes = openText(candidate) {
                found.append((candidate, bytes))
            } else if let contents = try? reader.read(.file(path: candidate)) {
                found.append((candidate, contents.bytes))
            }
        }
        return found
    }

    func forgetListings() {
        listings = [:]
    }

    /// The journal files' names in a folder, sorted, listed once until `forgetListings`.
    private func listing(of folder: String) -> [String] {
        if let names = listings[folder] { return names }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter(JournalFileFinder.hasJournalExtension).sorted()
        listings[folder] = names
        return names
    }
}
