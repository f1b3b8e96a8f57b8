import Foundation
import JournalModel
import LanguageServerProtocol
import MarkdownSyntax

/// Completions for what the writer is typing, from the text before the cursor on its line:
///
/// - at the start of a line: the field keys (`temp: `, `evidence:`, `- for: `, …) and a day or
///   time heading for now;
/// - after `temp:` (or an arrow in a trajectory): red, yellow, green;
/// - after an urge: `(resisted)` and `(acted)`;
/// - after `#` (or `@` when `tag-prefixes` has it): the tags already used in the journal.
enum CompletionProvider {
    /// The keys offered at a line's start, with what each records.
    static let fieldKeys: [(text: String, detail: String)] = [
        ("temp: ", "how activated you are: red, yellow or green"),
        ("evidence:", "cross-examine a worst-case thought (then - for: and - against:)"),
        ("- for: ", "evidence that supports the thought"),
        ("- against: ", "evidence that contradicts the thought"),
        ("reassurance: ", "an act of reassurance-seeking"),
        ("urge: ", "an urge you noticed, then (resisted) or (acted)"),
        ("regulate: ", "what you did to calm your body"),
        ("fact: ", "what actually happened, without interpretation"),
        ("reframe: ", "a kinder, more balanced reading"),
        ("trigger: ", "what set the feeling off"),
    ]

    /// - Parameters:
    ///   - tags: the tags used in the journal (without `#`), lower case.
    ///   - tagPrefixes: the symbols that start a tag in the document's configuration.
    ///   - now: the date and time for the heading completions.
    static func completions(at position: Position, in document: OpenDocument, encoding: PositionEncoding,
                            tags: Set<String>, tagPrefixes: TagPrefixes = .default, now: Date = Date()) -> CompletionList {
        let converter = document.converter(encoding)
        let source = document.source
        let cursor = converter.offset(of: position)
        let lineStart = position.line < source.lineCount ? source.byteRange(ofLine: position.line + 1).lowerBound : source.bytes.count
        let before = String(decoding: source.bytes[lineStart..<max(lineStart, cursor)], as: UTF8.self)

        /// An edit replacing the last `count` characters before the cursor (in `before`'s characters).
        func replacing(_ typed: Substring, with text: String) -> TextEdit {
            let startOffset = cursor - typed.utf8.count
            return TextEdit(range: TextRange(start: converter.position(ofOffset: startOffset), end: position), newText: text)
        }

        var items: [CompletionItem] = []
        let trimmed = before.drop { $0 == " " || $0 == "\t" }
        let lowered = trimmed.lowercased()

        if let (tagStart, symbol) = tagWordStart(in: before, prefixes: tagPrefixes) {
            let typed = before[tagStart...]
            // A tag written out in full is not offered again.
            for tag in tags.sorted() where tag.hasPrefix(typed.lowercased()) && tag != typed.lowercased() {
                items.append(CompletionItem(label: String(symbol) + tag, kind: 18, detail: "a tag used in your journal", filterText: String(typed) + tag,
                                            textEdit: replacing(typed, with: tag)))
            }
            return CompletionList(isIncomplete: false, items: items)
        }
        if lowered.hasPrefix("temp:") {
            let value = trimmed.dropFirst("temp:".count)
            let typed = value.reversed().prefix { $0.isLetter }.reversed()
            let word = Substring(String(typed))
            let beforeWord = value.dropLast(word.count).trimmingCharacters(in: .whitespaces)
            if beforeWord.isEmpty || beforeWord.hasSuffix("->") || beforeWord.hasSuffix("→") {
                for (rank, colour) in Temperature.coolingOrder.enumerated() {
                    // Right after the colon (completion set off by typing it), the space comes too.
                    let text = value.isEmpty ? " " + colour.rawValue : colour.rawValue
                    items.append(CompletionItem(label: colour.rawValue, kind: 12, detail: temperatureMeaning(colour),
                                                sortText: String(rank), filterText: text, textEdit: replacing(word, with: text)))
                }
            }
            return CompletionList(isIncomplete: false, items: items)
        }
        if lowered.hasPrefix("urge:"), !lowered.contains(")") {
            let text = trimmed.dropFirst("urge:".count)
            let typed: Substring = text.lastIndex(of: "(").map { text[$0...] } ?? ""
            if text.dropLast(typed.count).contains(where: { $0.isLetter }) {
                for outcome in ["(resisted)", "(acted)"] {
                    let needsSpace = typed.isEmpty && !(before.last?.isWhitespace ?? true)
                    items.append(CompletionItem(label: outcome, kind: 12, detail: outcome == "(resisted)" ? "you noticed the urge and did not act on it" : "you acted on the urge",
                                                textEdit: replacing(typed, with: (needsSpace ? " " : "") + outcome)))
                }
            }
            return CompletionList(isIncomplete: false, items: items)
        }
        if trimmed.allSatisfy({ $0.isLetter }) || trimmed == "-" || trimmed.hasPrefix("- ") && trimmed.dropFirst(2).allSatisfy({ $0.isLetter }) {
            for (rank, key) in fieldKeys.enumerated() {
                items.append(CompletionItem(label: key.text.trimmingCharacters(in: .whitespaces), kind: 14, detail: key.detail,
                                            sortText: String(format: "%02d", rank), filterText: key.text,
                                            textEdit: replacing(trimmed, with: key.text)))
            }
        }
        if trimmed.allSatisfy({ $0.isLetter }) || trimmed.allSatisfy({ $0 == "#" }) {
            let (date, time) = stamps(for: now)
            items.append(CompletionItem(label: "# \(date)", kind: 15, detail: "a heading for today", sortText: "90",
                                        filterText: "# \(date)", textEdit: replacing(trimmed, with: "# \(date)")))
            items.append(CompletionItem(label: "## \(time)", kind: 15, detail: "a heading for an entry now", sortText: "91",
                                        filterText: "## \(time)", textEdit: replacing(trimmed, with: "## \(time)")))
        }
        return CompletionList(isIncomplete: false, items: items)
    }

    /// Where the tag name being typed starts (just after its `#`, or `@` when configured), and
    /// the symbol, when the cursor is in one: a symbol at the line's start or after a space or an
    /// opening bracket, followed only by name characters.
    static func tagWordStart(in before: String, prefixes: TagPrefixes = .default) -> (String.Index, Character)? {
        var index = before.endIndex
        while index > before.startIndex {
            let previous = before.index(before: index)
            let character = before[previous]
            if let prefix = TagPrefixes(symbol: character) {
                guard prefixes.contains(prefix) else { return nil }
                guard previous == before.startIndex || [" ", "\t", "(", "["].contains(before[before.index(before: previous)]) else { return nil }
                // `# ` opens a heading, not a tag; `#` alone at a line's start could be either.
                if character == "#" && previous == before.startIndex && index == before.endIndex { return nil }
                return (index, character)
            }
            guard character.isLetter || character.isNumber || character == "-" || character == "_" || character == "/" else { return nil }
            index = previous
        }
        return nil
    }

    static func temperatureMeaning(_ temperature: Temperature) -> String {
        switch temperature {
        case .red: "flooded"
        case .yellow: "activated"
        case .green: "calm"
        }
    }

    /// Today's date (`YYYY-MM-DD`) and the time (`HH:MM`) in the machine's time zone.
    static func stamps(for date: Date) -> (date: String, time: String) {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return (day, time)
    }
}

extension Temperature {
    /// The colours as people say them, hottest first (`allCases` runs coolest first).
    static let coolingOrder: [Temperature] = [.red, .yellow, .green]
}
