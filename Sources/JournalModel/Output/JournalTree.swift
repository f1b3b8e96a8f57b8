import MarkdownSyntax

/// The human-readable `steady parse --format tree` view: days, entries and what is in them.
public enum JournalTree {
    public static func render(_ journal: Journal) -> String {
        var out = journal.path + "\n"
        for day in journal.days {
            out += "  day \(day.date)\(day.title.isEmpty ? "" : " \"\(day.title)\"")\(at(day.headingRange))\n"
            for entry in day.entries {
                let time = entry.time.map { " \($0)" } ?? ""
                out += "    entry \(entry.date)\(time)\(entry.title.isEmpty ? "" : " \"\(entry.title)\"") \(entry.range)\n"
                if !entry.tags.isEmpty { out += "      tags " + entry.tagNames.map { "#" + $0 }.joined(separator: " ") + "\n" }
                if !entry.temperatures.isEmpty {
                    out += "      temp " + entry.temperatures.map(\.value.rawValue).joined(separator: " -> ") + "\n"
                }
                for section in entry.evidence {
                    out += "      evidence \(section.items.count) item(s)\(at(section.range))\n"
                    for item in section.items { out += "        \(item.stance.rawValue): \(item.text)\n" }
                }
                for request in entry.reassurance { out += "      reassurance: \(request.text)\(at(request.range))\n" }
                for urge in entry.urges { out += "      urge (\(urge.outcome.rawValue)): \(urge.text)\(at(urge.range))\n" }
                for regulation in entry.regulation { out += "      regulate: \(regulation.techniques.joined(separator: ", "))\n" }
                for fact in entry.facts { out += "      \(fact.kind.rawValue): \(fact.text)\n" }
                for note in entry.triggerNotes { out += "      trigger: \(note.text)\n" }
                for span in entry.prose { out += "      prose\(at(span.range)): \(span.text)\n" }
                for span in entry.quotedProse { out += "      quoted\(at(span.range)): \(span.text)\n" }
            }
        }
        for problem in journal.problems {
            out += "  problem \(problem.kind.rawValue)\(at(problem.range)): \(problem.message)\n"
        }
        return out
    }

    private static func at(_ range: SourceRange?) -> String {
        range.map { " @\($0)" } ?? ""
    }
}
