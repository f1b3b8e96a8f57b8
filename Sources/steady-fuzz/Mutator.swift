/// Makes input `k` of a seed: one or two corpus files, then a few mutations chosen to reach the
/// places Steady's reading is delicate (line endings, headings, fields, nesting, bytes that are
/// not UTF-8, control characters).
struct Mutator {
    let corpus: SeedCorpus
    let seed: UInt64
    /// Inputs are cut to this size: the fuzzer looks for wrong behaviour, not for slowness on
    /// huge files (Scripts/benchmark --pathological measures that).
    let maximumSize: Int

    /// Fragments a journal is made of, and the bytes that broke it before.
    static let tokens: [[UInt8]] = [
        "\r", "\r\n", "\n", "\n\n", "\r\r", "# ", "## ", "### Evidence\n", "# 2026-11-28\n", "# 0001-01-01\n",
        "# 9999-12-31\n", "# 2026-02-30\n", "## 23:59 ", "## 00:00 x\n", "## 04:00 ", "temp: ", "temp: 11\n", "temp: 7\n",
        "tags: ", "tags: a, b\n", "- against: ", "- for: ", "> ", "- ", "1. ", "   ", "\t", "```\n", "~~~\n", "---\n",
        "<!-- steady-disable -->", "<!-- steady-disable-next-line catastrophizing -->", "<!-- ", " -->",
        "I will definitely fail. ", "Everyone is going to hate me. ", "I always ruin it. ", "I want to die. ",
        "Can you tell me it's ok? ", "\u{1B}[2J", "\u{1B}]52;c;eA==\u{07}", "\u{0}", "\u{7F}", "\u{85}", "\u{2028}",
        "\u{FEFF}", "\\", "*", "_", "[x](y)", "<br>", "&amp;", "&#0;", "|a|b|\n|-|-|\n",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]

    func input(_ index: UInt64) -> [UInt8] {
        var random = SeededGenerator(seed: seed, index: index)
        let seeds = corpus.seeds
        var bytes = seeds[Int.random(in: 0..<seeds.count, using: &random)].bytes
        if bytes.count > maximumSize { bytes.removeLast(bytes.count - maximumSize) }
        // One in eight inputs is a seed as it is: the corpus itself is checked every run.
        if index % 8 == 0 { return bytes }
        let mutations = Int.random(in: 1...8, using: &random)
        for _ in 0..<mutations {
            mutate(&bytes, seeds: seeds, random: &random)
            if bytes.count > maximumSize { bytes.removeLast(bytes.count - maximumSize) }
        }
        return bytes
    }

    private func position(in bytes: [UInt8], random: inout SeededGenerator) -> Int {
        // Line starts half of the time: most of a journal's meaning is decided there.
        let at = Int.random(in: 0...bytes.count, using: &random)
        if Bool.random(using: &random) { return at }
        var start = at
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        return start
    }

    private func mutate(_ bytes: inout [UInt8], seeds: [(name: String, bytes: [UInt8])], random: inout SeededGenerator) {
        let at = position(in: bytes, random: &random)
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1:
            bytes.insert(contentsOf: Self.tokens.randomElement(using: &random)!, at: at)
        case 2:
            if at < bytes.count { bytes[at] ^= UInt8(1) << UInt8.random(in: 0...7, using: &random) }
        case 3:
            bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
        case 4:
            let length = min(Int.random(in: 1...64, using: &random), bytes.count - at)
            if length > 0 { bytes.removeSubrange(at..<at + length) }
        case 5:
            // A piece of a line repeated: nesting, long runs of the same marker, long lines.
            let length = min(Int.random(in: 1...16, using: &random), bytes.count - at)
            guard length > 0 else { return }
            let piece = Array(bytes[at..<at + length])
            let times = [2, 3, 10, 100, 1_000].randomElement(using: &random)!
            bytes.insert(contentsOf: Array([[UInt8]](repeating: piece, count: times).joined()), at: at)
        case 6:
            // Splice: part of another seed.
            let other = seeds.randomElement(using: &random)!.bytes
            guard !other.isEmpty else { return }
            let start = Int.random(in: 0..<other.count, using: &random)
            let end = min(other.count, start + Int.random(in: 1...2_048, using: &random))
            bytes.insert(contentsOf: other[start..<end], at: at)
        case 7:
            // Line endings changed from here on: LF → CR or CRLF, CRLF → LF.
            let style = Int.random(in: 0..<3, using: &random)
            var out = Array(bytes[..<at])
            out.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes[at...] {
                if byte == 0x0A {
                    switch style {
                    case 0: out.append(0x0D)
                    case 1: out += [0x0D, 0x0A]
                    default: out.append(0x0A)
                    }
                } else if byte == 0x0D, style == 2 {
                    continue
                } else {
                    out.append(byte)
                }
            }
            bytes = out
        case 8:
            // A line duplicated: fields and headings twice.
            var end = at
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end < bytes.count { end += 1 }
            bytes.insert(contentsOf: Array(bytes[at..<end]), at: end)
        default:
            // A digit changed: dates, times and temperatures at and past their ends.
            if let digit = bytes[at...].firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                bytes[digit] = UInt8(ascii: "0") + UInt8.random(in: 0...9, using: &random)
            }
        }
    }
}
