import JournalFiles
import JournalLint
import JournalModel
import LanguageServerProtocol
import SteadyRun

/// `steady new` as a code action: when the open document is the file an entry for now belongs
/// in (today's note, or this month's file, per `layout:` and `day-starts-at`), the action adds
/// the entry there, from the configured template, placed as `steady new` places it. The edit is
/// made on the editor's text (unsaved changes included), as one plain text edit.
enum NewEntryAction {
    static let title = "Start a new entry for now (steady new)"

    /// The action, or nil when the entry for `now` belongs in another file.
    static func action(for document: OpenDocument, configuration: LintConfiguration,
                       now: (date: JournalDate, time: TimeOfDay), encoding: PositionEncoding) -> CodeAction? {
        guard document.isFile else { return nil }
        let folder = LexicalPath.folder(of: document.path)
        let text = document.source.bytes
        let request = NewEntryRequest(date: now.date, time: now.time)
        guard let planned = try? NewEntry.plan(request, configuration: configuration, currentDirectory: folder,
                                               openText: { $0 == document.path ? text : nil }),
              LexicalPath.absolute(planned.path, relativeTo: folder) == document.path, let original = planned.original else {
            return nil
        }
        // The entry is one insertion: what lies between the common start and the common end.
        let new = planned.bytes
        var start = 0
        while start < original.count, start < new.count, original[start] == new[start] { start += 1 }
        var end = 0
        while end < original.count - start, end < new.count - start, original[original.count - 1 - end] == new[new.count - 1 - end] { end += 1 }
        // Never inside a character: back to where one starts.
        while start > 0, start < original.count, original[start] & 0xC0 == 0x80 { start -= 1 }
        let inserted = String(decoding: new[start..<(new.count - end)], as: UTF8.self)
        let converter = document.converter(encoding)
        let range = TextRange(start: converter.position(ofOffset: start), end: converter.position(ofOffset: original.count - end))
        return CodeAction(title: title, kind: "source", edit: WorkspaceEdit(changes: [document.uri: [TextEdit(range: range, newText: inserted)]]))
    }
}
