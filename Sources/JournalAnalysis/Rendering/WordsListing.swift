/// The writer's words (`--include-text`) as every review lists them — text, Markdown and HTML
/// alike: a heading per entry, then each worst-case thought with its kind and whether it was
/// examined, each fact and each reframe, in that order. Each renderer only quotes and lays out.
enum WordsListing {
    /// What a review says when the period has none.
    static let noneWritten = "No worst-case thoughts, facts or reframes were written in this period."

    /// `Thursday 5 November, 21:40`: the entry's day, and its time when it has one.
    static func heading(_ entry: EntryWords) -> String {
        SummaryFormatting.dayInProse(entry.day) + (entry.time.map { ", \($0)" } ?? "")
    }

    /// One listed item: what it is (`Fact`, `Worst-case thought (fortune-telling, not examined)`)
    /// and the writer's text, unquoted.
    struct Item {
        let label: String
        let text: String
    }

    static func items(_ entry: EntryWords) -> [Item] {
        entry.thoughts.map { thought in
            Item(label: "Worst-case thought (\(thought.kind), \(thought.examined ? "examined with evidence" : "not examined"))", text: thought.sentence)
        }
            + entry.facts.map { Item(label: "Fact", text: $0) }
            + entry.reframes.map { Item(label: "Reframe", text: $0) }
    }
}
