import JournalModel
import MarkdownSyntax

/// Reads suppression directives from a journal's HTML comments.
///
/// Forms: `<!-- steady-disable-next-line RULE[, RULE] -- reason -->`, `<!-- steady-disable RULE -->`
/// … `<!-- steady-enable RULE -->`, `<!-- steady-disable-file RULE -->`. Without a rule id a
/// directive covers every rule (except those that can never be silenced).
enum SuppressionParser {
    private typealias Keyword = SuppressionComment.Keyword

    /// The journal's suppression comments, in file order, each read on its own.
    /// - Parameter keepsText: whether each keeps its line's text (for the caret display).
    static func comments(in journal: borrowing Journal, keepsText: Bool) -> [SuppressionComment] {
        var found: [SuppressionComment] = []
        for comment in journal.comments {
            guard let (keyword, ruleIDs, reason) = parse(comment.text) else { continue }
            let nextLine = keyword == .disableNextLine ? nextNonBlankLine(after: comment.range.upperBound.line, in: journal.source) : 0
            found.append(SuppressionComment(keyword: keyword, ruleIDs: ruleIDs, reason: reason, range: comment.range, nextLine: nextLine,
                                            lineText: keepsText ? journal.source.lineString(comment.range.lowerBound.line) : ""))
        }
        return found
    }

    /// The directives of a file's suppression comments (`comments`, in file order; a file
    /// linted in runs gives its runs' one after another), each with its comment's line text.
    /// A region opened and never closed runs to the file's last line, `lineCount`.
    static func directives(pairing comments: [SuppressionComment], lineCount: Int) -> [(SuppressionDirective, line: String)] {
        var directives: [(SuppressionDirective, line: String)] = []
        /// Open `steady-disable` regions, in the order they opened.
        var open: [SuppressionComment] = []
        func region(_ opening: SuppressionComment, through end: Int) -> (SuppressionDirective, line: String) {
            (SuppressionDirective(ruleIDs: opening.ruleIDs, scope: .lines(opening.range.upperBound.line...end), range: opening.range,
                                  reason: opening.reason), opening.lineText)
        }
        for comment in comments {
            switch comment.keyword {
            case .disableNextLine:
                directives.append((SuppressionDirective(ruleIDs: comment.ruleIDs, scope: .line(comment.nextLine), range: comment.range,
                                                        reason: comment.reason), comment.lineText))
            case .disableFile:
                directives.append((SuppressionDirective(ruleIDs: comment.ruleIDs, scope: .file, range: comment.range, reason: comment.reason),
                                   comment.lineText))
            case .disable:
                open.append(comment)
            case .enable:
                // Closes the regions it names (or all, without rule ids).
                var remaining: [SuppressionComment] = []
                for opening in open {
                    if comment.ruleIDs.isEmpty || opening.ruleIDs.allSatisfy(comment.ruleIDs.contains) {
                        directives.append(region(opening, through: comment.range.lowerBound.line))
                    } else {
                        remaining.append(opening)
                    }
                }
                open = remaining
            }
        }
        for opening in open {
            directives.append(region(opening, through: max(opening.range.upperBound.line, lineCount)))
        }
        return directives
    }

    /// `keyword rule, rule -- reason`.
    private static func parse(_ text: String) -> (Keyword, [String], String?)? {
        guard mayStartWithKeyword(text) else { return nil }
        let (head, reason) = splitReason(text)
        let words = head.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).map(String.init)
        guard let first = words.first, let keyword = Keyword(rawValue: first.lowercased()) else { return nil }
        return (keyword, Array(words.dropFirst()).map { $0.lowercased() }, reason)
    }

    /// Whether `text`, after the separators `parse` splits words on, starts with `steady-` in
    /// any case, as every keyword does. Most comments are not directives, and `parse` first
    /// copies every scalar of the text to look for a reason; a `false` here is what `parse`
    /// would conclude (a first word that does not start so lowercases to no keyword).
    static func mayStartWithKeyword(_ text: String) -> Bool {
        let prefix: StaticString = "steady-"
        return prefix.withUTF8Buffer { prefix in
            var matched = 0
            for byte in text.utf8 {
                if matched == 0, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ",")
                    || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    continue
                }
                let expected = prefix[matched]
                // ASCII letters in either case; the hyphen exactly (`\r | 0x20` is a hyphen too).
                let isLetter = expected >= UInt8(ascii: "a") && expected <= UInt8(ascii: "z")
                guard isLetter ? byte | 0x20 == expected : byte == expected else { return false }
                matched += 1
                if matched == prefix.count { return true }
            }
            return false
        }
    }

    private static func splitReason(_ text: String) -> (String, String?) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "-", scalars[index + 1] == "-",
               index == 0 || scalars[index - 1].properties.isWhitespace {
                let head = String(String.UnicodeScalarView(scalars[0..<index]))
                let reason = String(String.UnicodeScalarView(scalars[(index + 2)...]))
                return (head, reason.split(separator: " ").joined(separator: " "))
            }
            index += 1
        }
        return (text, nil)
    }

    private static func nextNonBlankLine(after line: Int, in source: SourceText) -> Int {
        var candidate = line + 1
        while candidate <= source.lineCount, source.line(candidate).allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
            candidate += 1
        }
        return candidate
    }
}
