/// A date at the start of a heading written another common way than `YYYY-MM-DD`: `21/11/2026`,
/// `11/21/2026`, `21.11.2026`, `2026/11/21`, `Nov 23, 2026`, `23rd November 2026`, `Monday,
/// 23 November 2026`. Steady does not guess which day these mean (`03/04/2026` is March or April
/// depending on where the writer lives), but it must not read the entries under one as the day
/// above's either: the builder reports the heading with the ISO dates it could mean
/// (docs/format.md, "Dates").
struct OtherDateForm {
    /// The date as written.
    let written: String
    /// The days it can mean: one, or two when day and month could be either way round.
    let candidates: [JournalDate]

    init?(_ text: String) {
        // Every form holds a four-digit year and a day: five digits at least. Most headings
        // (`## Evening`, `### Evidence`) hold none, and are let go before any word is split.
        guard Self.holdsFiveDigits(text) else { return nil }
        let words = Self.words(text)
        guard !words.isEmpty else { return nil }
        var start = 0
        if words.count > 1, Self.isWeekday(words[0]) { start = 1 }
        if let (dates, used) = Self.numeric(words[start]) ?? Self.named(Array(words[start...])) {
            let end = words[start + used - 1].endIndex
            written = String(text[text.startIndex..<end])
            candidates = dates
            return
        }
        return nil
    }

    private static func holdsFiveDigits(_ text: String) -> Bool {
        var digits = 0
        for byte in text.utf8 where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            digits += 1
            if digits == 5 { return true }
        }
        return false
    }

    /// The heading's first words, split at spaces and commas.
    private static func words(_ text: String) -> [Substring] {
        // At most five: a heading may be one enormous line, and only its start can be a date.
        Array(text.split(maxSplits: 5, whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).prefix(5))
    }

    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    private static func isWeekday(_ word: Substring) -> Bool {
        let lowered = word.lowercased().trimmingCharacters(".")
        return weekdays.contains { $0 == lowered || $0.prefix(3) == lowered }
    }

    /// `21/11/2026`, `11-21-2026`, `21.11.2026` (day and month either way), `2026/11/21`.
    private static func numeric(_ word: Substring) -> (dates: [JournalDate], used: Int)? {
        for separator in ["/", ".", "-"] as [Character] {
            let parts = word.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
                  let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { continue }
            if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 {
                // `2026-11-21` itself is the format; `2026-1-5` and `2026/11/21` are this.
                if separator == "-", parts[1].count == 2, parts[2].count == 2 { return nil }
                return (JournalDate(year: a, month: b, day: c).map { [$0] } ?? [], 1)
            }
            guard parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
            var dates: [JournalDate] = []
            if let dayFirst = JournalDate(year: c, month: b, day: a) { dates.append(dayFirst) }
            if a != b, let monthFirst = JournalDate(year: c, month: a, day: b) { dates.append(monthFirst) }
            return (dates, 1)
        }
        return nil
    }

    /// `Nov 23 2026`, `November 23rd, 2026`, `23 Nov 2026`, `23rd of November 2026`.
    private static func named(_ words: [Substring]) -> (dates: [JournalDate], used: Int)? {
        func month(_ word: Substring) -> Int? {
            let lowered = word.lowercased().trimmingCharacters(".")
            guard lowered.count >= 3 else { return nil }
            if lowered == "sept" { return 9 }
            return GroupingHeading.months.firstIndex { $0 == lowered || $0.prefix(3) == lowered }.map { $0 + 1 }
        }
        func day(_ word: Substring) -> Int? {
            var digits = word.lowercased()
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
            guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else { return nil }
            return Int(digits)
        }
        func year(_ word: Substring) -> Int? {
            guard word.count == 4, word.allSatisfy(\.isASCIIDigit) else { return nil }
            return Int(word)
        }
        guard words.count >= 3 else { return nil }
        if let m = month(words[0]), let d = day(words[1]), let y = year(words[2]) {
            return (JournalDate(year: y, month: m, day: d).map { [$0] } ?? [], 3)
        }
        var rest = Array(words.dropFirst())
        guard let d = day(words[0]) else { return nil }
        var used = 1
        if rest.first?.lowercased() == "of" { rest.removeFirst(); used += 1 }
        guard rest.count >= 2, let m = month(rest[0]), let y = year(rest[1]) else { return nil }
        return (JournalDate(year: y, month: m, day: d).map { [$0] } ?? [], used + 2)
    }
}

extension String {
    fileprivate func trimmingCharacters(_ character: Character) -> String {
        var text = self
        while text.last == character { text.removeLast() }
        return text
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
