import JournalModel
import LanguageServerProtocol
import MarkdownSyntax

/// The outline of a journal: its days, each with its entries.
enum DocumentOutline {
    static func symbols(of document: DocumentDays, converter: PositionConverter) -> [DocumentSymbol] {
        document.runs.flatMap { run in
            let range = { (range: SourceRange) in converter.range(run.shift.applied(to: range)) }
            return run.days.compactMap { day -> DocumentSymbol? in
                let entries = day.entries.map { entry in
                    let time = entry.time.map { "\($0)" }
                    let name = [time, entry.title.isEmpty ? nil : entry.title].compactMap { $0 }.joined(separator: " ")
                    return DocumentSymbol(name: name.isEmpty ? "entry" : name, kind: 24, range: range(entry.range),
                                          selectionRange: range(entry.headingRange ?? entry.range))
                }
                let start = day.headingRange?.lowerBound ?? day.entries.first?.range.lowerBound
                let end = day.entries.last?.range.upperBound ?? day.headingRange?.upperBound
                guard let start, let end else { return nil }
                let dayRange = range(SourceRange(start, end))
                let name = day.title.isEmpty ? day.date.description : "\(day.date) \(day.title)"
                return DocumentSymbol(name: name, kind: 3, range: dayRange, selectionRange: day.headingRange.map(range) ?? dayRange,
                                      children: entries)
            }
        }
    }
}
