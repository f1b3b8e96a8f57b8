import JournalModel
import LanguageServerProtocol
import MarkdownSyntax

/// The outline of a journal: its days, each with its entries.
enum DocumentOutline {
    static func symbols(of journal: Journal, converter: PositionConverter) -> [DocumentSymbol] {
        journal.days.compactMap { day in
            let entries = day.entries.map { entry in
                let range = converter.range(entry.range)
                let time = entry.time.map { "\($0)" }
                let name = [time, entry.title.isEmpty ? nil : entry.title].compactMap { $0 }.joined(separator: " ")
                return DocumentSymbol(name: name.isEmpty ? "entry" : name, kind: 24, range: range,
                                      selectionRange: entry.headingRange.map(converter.range) ?? range)
            }
            let start = day.headingRange?.lowerBound ?? day.entries.first?.range.lowerBound
            let end = day.entries.last?.range.upperBound ?? day.headingRange?.upperBound
            guard let start, let end else { return nil }
            let range = converter.range(SourceRange(start, end))
            let name = day.title.isEmpty ? day.date.description : "\(day.date) \(day.title)"
            return DocumentSymbol(name: name, kind: 3, range: range, selectionRange: day.headingRange.map(converter.range) ?? range,
                                  children: entries)
        }
    }
}
