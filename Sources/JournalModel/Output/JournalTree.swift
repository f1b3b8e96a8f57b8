import MarkdownSyntax

/// The human-readable `steady parse --format tree` view: days, entries and what is in them, with
/// control characters in the writer's words made visible (it is read on a terminal).
public enum JournalTree {
    public static func render(_ journal: Journal) -> String {
        var out = journal.path.withVisibleControls() + "\n"
        for day in journal.days {
            out += "  day \(day.date)\(day.title.isEmpty ? "" : " \"\(day.title.withVisibleControls())\"")\(at(day.headingRange))\n"
            for entry in day.entries {
                let time = entry.time.map { " \($0)" } ?? ""
                out += "    entry \(entry.date)\(time)\(entry.title.isEmpty ? "" : " \"\(entry.title.withVisibleControls())\"") \(entry.range)\n"
                if !entry.tags.isEmpty { out += "      tags " + entry.tagNames.map { "#" + $0.withVisibleControls() }.joined(separator: " ") + "\n" }
                if !entry.temperatures.isEmpty {
                    out += "      temp " + entry.temperatures.map(\.value.rawValue).joined(separator: " -> ") + "\n"
                }
                for section in entry.evidence {
                    out += "      evidence \(section.items.count) item(s)\(at(section.range))\n"
                    for item in section.items { out += "        \(item.stance.rawValue): \(shown(item.text))\n" }
                }
                for request in entry.reassurance { out += "      reassurance: \(shown(request.text))\(at(request.range))\n" }
                for urge in entry.urges { out += "      urge (\(urge.outcome.rawValue)): \(shown(urge.text))\(at(urge.range))\n" }
                for regulation in entry.regulation { out += "      regulate: \(regulation.techniques.map(shown).joined(separator: ", "))\n" }
                for fact in entry.facts { out += "      \(fact.kind.rawValue): \(shown(fact.text))\n" }
                for note in entry.triggerNotes { out += "      trigger: \(shown(note.text))\n" }
                for span in entry.prose { out += "      prose\(at(span.range)): \(shown(span.text))\n" }
                for span in entry.quotedProse { out += "      quoted\(at(span.range)): \(shown(span.text))\n" }
            }
        }
        for note in journal.formatNotes {
            if note.kind == .evidenceLine {
                out += "  read the lines below as under \"\(shown(note.replacement.trimmingSpaces()))\" (\(note.kind.rawValue))\(at(note.range))\n"
                continue
            }
            let written = journal.source.lineString(note.range.lowerBound.line).utf8
            let lower = min(note.range.lowerBound.column - 1, written.count)
            let upper = min(max(note.range.upperBound.column - 1, lower), written.count)
            let syntax = String(decoding: Array(written)[lower..<upper], as: UTF8.self)
            out += "  read \"\(shown(syntax))\" as \"\(shown(note.replacement))\" (\(note.kind.rawValue))\(at(note.range))\n"
        }
        for problem in journal.problems {
            out += "  problem \(problem.kind.rawValue)\(at(problem.range)): \(shown(problem.message))\n"
        }
        return out
    }

    /// The writer's words and the file name, printed for a terminal: controls made visible.
    /// Line breaks inside a span (multi-line prose) are kept, as the tree has always shown them.
    private static func shown(_ text: String) -> String {
        text.withVisibleControls(keepingLineBreaks: true)
    }

    private static func at(_ range: SourceRange?) -> String {
        range.map { " @\($0)" } ?? ""
    }
}
