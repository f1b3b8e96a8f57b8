/// A heading that groups days rather than dating an entry: a year, a month, or both (`# 2026`,
/// `## November`, `# November 2026`, `# Nov 2026`, `# 2026-11`), as jrnl's Markdown export and
/// monthly files write them. It is not content, and when it is no deeper than the day heading
/// above (`## December` after `### 2026-11-30 …`) it ends that day: what follows belongs to the
/// next dated heading. A deeper one (`### May` inside an entry) is part of the entry. Years are
/// 1900 to 2199, so that `# 1000` stays a heading.
enum GroupingHeading {
    static func matches(_ text: String) -> Bool {
        let words = text.lowercased().split { $0 == " " || $0 == "\t" || $0 == "," }
        guard !words.isEmpty, words.count <= 2 else { return false }
        var sawMonth = false
        var sawYear = false
        for word in words {
            if !sawMonth, months.contains(where: { $0 == word || $0.prefix(3) == word || $0.prefix(3) + "." == word }) {
                sawMonth = true
            } else if !sawYear, isYear(word) {
                sawYear = true
            } else if !sawYear, !sawMonth, isYearAndMonth(word) {
                sawYear = true
                sawMonth = true
            } else {
                return false
            }
        }
        return true
    }

    /// The month names in order, lower case (also read by `OtherDateForm`).
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"]

    private static func isYear(_ word: Substring) -> Bool {
        guard word.utf8.count == 4, word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(word) else { return false }
        return (1900...2199).contains(year)
    }

    /// `2026-11`.
    private static func isYearAndMonth(_ word: Substring) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, isYear(parts[0]), parts[1].utf8.count == 2, let month = Int(parts[1]) else { return false }
        return (1...12).contains(month)
    }
}
