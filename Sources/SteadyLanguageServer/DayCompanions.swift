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
    /// Per folder, its journal files' names by the date their name holds.
    private var listings: [String: [String: [String]]] = [:]
    private let reader = JournalFileReader()

    func companions(ofDocumentAt path: String, journal: Journal, openText: (String) -> [UInt8]?) -> [(path: String, bytes: [UInt8])] {
        var dates = Set<String>()
        for day in journal.days {
            for offset in -1...1 { if let date = day.date.addingWithinRange(days: offset) { dates.insert(date.description) } }
        }
        guard !dates.isEmpty else { return [] }
        let folder = LexicalPath.folder(of: path)
        let byDate = listing(of: folder)
        let names = Set(dates.flatMap { byDate[$0] ?? [] }).sorted()
        var found: [(path: String, bytes: [UInt8])] = []
        for name in names where found.count < Self.maximumCount {
            let candidate = LexicalPath.appending(name, to: folder)
            guard candidate != path else { continue }
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

    /// The journal files' names in a folder by the date each holds (`YYYY-MM-DD` anywhere in the
    /// name), listed once until `forgetListings`: a folder of years of daily notes is not listed
    /// and searched again at every keystroke.
    private func listing(of folder: String) -> [String: [String]] {
        if let byDate = listings[folder] { return byDate }
        var byDate: [String: [String]] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where JournalFileFinder.hasJournalExtension(name) {
            if let date = Self.dateText(in: name) { byDate[date, default: []].append(name) }
        }
        listings[folder] = byDate
        return byDate
    }

    /// The first `DDDD-DD-DD` in a name.
    static func dateText(in name: String) -> String? {
        let bytes = Array(name.utf8)
        guard bytes.count >= 10 else { return nil }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        for start in 0...(bytes.count - 10) {
            let window = bytes[start..<start + 10]
            let matches = window.enumerated().allSatisfy { offset, byte in offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : isDigit(byte) }
            if matches { return String(decoding: window, as: UTF8.self) }
        }
        return nil
    }
}
