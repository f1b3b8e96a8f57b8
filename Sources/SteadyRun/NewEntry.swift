import JournalFiles
import JournalLint
import JournalModel

/// What `steady new` is asked to write: an entry at a moment, with a heading and a template.
public struct NewEntryRequest: Sendable, Hashable {
    /// The calendar date and time of the entry (now, or `--date`/`--time`).
    public var date: JournalDate
    public var time: TimeOfDay
    /// The heading's title, without tags; may be empty.
    public var title: String
    /// Tag names for the heading, with or without their `#`.
    public var tags: [String]
    /// `--template`; `nil` for the configured `default` template, else the built-in one.
    public var templateName: String?

    public init(date: JournalDate, time: TimeOfDay, title: String = "", tags: [String] = [], templateName: String? = nil) {
        self.date = date
        self.time = time
        self.title = title
        self.tags = tags
        self.templateName = templateName
    }
}

/// A new entry, placed: the file it goes in, the file's content with the entry inserted, and the
/// line its heading is on. Nothing is written until `write()`.
public struct NewEntry: Sendable {
    /// The file, as shown to the person (relative to the current folder when it is under it).
    public let path: String
    /// The journal day the entry belongs to (after `day-starts-at`).
    public let journalDay: JournalDate
    /// The file's bytes as read; `nil` when the file does not exist yet.
    public let original: [UInt8]?
    /// The file's bytes with the entry inserted.
    public let bytes: [UInt8]
    /// The 1-based line of the entry's heading in `bytes`.
    public let line: Int
    /// The entry's own lines (its heading, then the template), for `--print`.
    public let entryLines: [String]
    /// The folder `path` is relative to.
    let currentDirectory: String

    /// Writes the file atomically: created (with `0600`, in folders made `0700`) when new, else
    /// replaced only if it still holds exactly the bytes the entry was placed in (docs/fix-safety.md).
    public func write() throws(JournalFileError) {
        let filePath = LexicalPath.absolute(path, relativeTo: currentDirectory)
        try FolderCreation.makeFolders(LexicalPath.folder(of: filePath), privateFolders: true)
        try AtomicFileWriter(currentDirectory: currentDirectory)
            .write(bytes, to: path, overwrite: original == nil ? .never : .replaceExisting, replacing: original)
    }
}

/// Why a new entry cannot be planned.
public enum NewEntryError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownTemplate(String, suggestion: String?, known: [String])
    case file(JournalFileError)

    public var description: String {
        switch self {
        case .unknownTemplate(let name, let suggestion, let known):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            return "there is no template '\(name)'; \(hint)templates: \(known.joined(separator: ", ")) (add your own under 'templates:' in .steady.yml)"
        case .file(let error):
            return "\(error)"
        }
    }
}

extension NewEntry {
    /// Places the entry `request` asks for, per `configuration` (`layout`, `folder`,
    /// `day-starts-at`, `templates`), reading the file it goes in if it exists.
    /// - Parameters:
    ///   - currentDirectory: the absolute current folder; the folder pattern is relative to the
    ///     configuration file's folder, or to this one without a configuration file.
    ///   - openText: the text of a file open in an editor, by absolute path, which the entry is
    ///     placed in rather than the file on disk (the language server's buffers).
    public static func plan(_ request: NewEntryRequest, configuration: LintConfiguration, currentDirectory: String,
                            openText: (String) -> [UInt8]? = { _ in nil }) throws(NewEntryError) -> NewEntry {
        let template = try template(named: request.templateName, in: configuration)
        let journalDay = request.time < configuration.dayStartsAt ? request.date.adding(days: -1) : request.date

        let base = configuration.ignoreBaseFolder ?? currentDirectory
        let folder = configuration.folder.folder(year: journalDay.year, month: journalDay.month, day: journalDay.day)
        let name: String
        switch configuration.layout {
        case .daily: name = "\(journalDay).md"
        case .monthly: name = String("\(journalDay)".prefix(7)) + ".md"
        }
        let relativeToBase = folder.isEmpty ? name : folder + "/" + name
        let filePath = LexicalPath.appending(relativeToBase, to: base)
        let shown = LexicalPath.relative(filePath, to: currentDirectory) ?? filePath

        // After midnight, before the day starts, the heading carries its calendar date: under the
        // evening's day it would otherwise read as the early hours of that date (a day earlier).
        let stamp = journalDay == request.date ? "\(request.time)" : "\(request.date) \(request.time)"
        let tags = request.tags.map { $0.hasPrefix("#") ? $0 : "#" + $0 }.filter { $0.count > 1 }
        let title = request.title.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingSpaces()
        let heading = (["## " + stamp] + (title.isEmpty ? [] : [title]) + tags).joined(separator: " ")
        let entryLines = [heading, ""] + template.lines(date: journalDay, time: request.time)
        let dayHeading = "# \(journalDay) \(journalDay.weekdayName)"

        let original: [UInt8]?
        do throws(JournalFileError) {
            if let open = openText(filePath) {
                original = open
            } else {
                original = try existingBytes(at: shown, currentDirectory: currentDirectory)
            }
        } catch {
            throw .file(error)
        }
        guard let original else {
            let lines = [dayHeading, ""] + entryLines
            return NewEntry(path: shown, journalDay: journalDay, original: nil, bytes: Array((lines.joined(separator: "\n") + "\n").utf8),
                            line: 3, entryLines: entryLines, currentDirectory: currentDirectory)
        }
        let journal = JournalBuilder.build(bytes: original, path: filePath)
        let (fix, line) = EntryPlacement.insertion(of: entryLines, dayHeading: dayHeading, journalDay: journalDay,
                                                   moment: (request.date, request.time), into: journal,
                                                   dayStartsAt: configuration.dayStartsAt)
        return NewEntry(path: shown, journalDay: journalDay, original: original, bytes: FixApplier.apply([fix], to: original),
                        line: line, entryLines: entryLines, currentDirectory: currentDirectory)
    }

    /// The template `name` names: a configured one, or the built-in; with no name, the
    /// configured `default`, else the built-in.
    static func template(named name: String?, in configuration: LintConfiguration) throws(NewEntryError) -> EntryTemplate {
        guard let name else { return configuration.templates[EntryTemplate.defaultName] ?? .builtIn }
        if let configured = configuration.templates[name] { return configured }
        if name == EntryTemplate.builtInName { return .builtIn }
        let known = ([EntryTemplate.builtInName] + configuration.templates.keys.sorted())
        throw .unknownTemplate(name, suggestion: DidYouMean.suggestion(for: name, among: known), known: known)
    }

    /// The file's bytes, or `nil` when there is no file there yet.
    private static func existingBytes(at path: String, currentDirectory: String) throws(JournalFileError) -> [UInt8]? {
        do throws(JournalFileError) {
            return try JournalFileReader(currentDirectory: currentDirectory).read(.file(path: path)).bytes
        } catch .noSuchFileOrFolder {
            return nil
        }
    }
}

