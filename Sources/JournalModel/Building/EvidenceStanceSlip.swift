/// An evidence item whose stance is written another way than `for:` / `against:`, the way
/// people write it in a hurry: without the colon (`for he was short with me`), with a dash,
/// `=`, `;` or a doubled or spaced colon (`against - he called`, `for:: late`), or as the
/// labels of a pros-and-cons list (`pro:`, `con:`, `pros -`, `cons:`). Read only in an
/// evidence section, where an item's first word is most plausibly its stance; the label and
/// separator are syntax (`replacement`), the rest the writer's words.
struct EvidenceStanceSlip {
    let stance: EvidenceStance
    /// The bytes of the label, its separator and the spaces after them.
    let length: Int

    /// The syntax to write instead.
    var replacement: String { stance == .for ? "for: " : "against: " }

    /// Reads `bytes` (an item's text from its first byte); nil when it starts with no stance
    /// label, or with `for:` / `against:` as the format writes it.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var cursor = 0
        while cursor < bytes.count, cursor <= 8, Self.isLetter(bytes[cursor]) { cursor += 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[0..<cursor])
        let isExactLabel: Bool
        if ASCIIBytes.equalsIgnoringCase(word, "for") {
            (stance, isExactLabel) = (.for, true)
        } else if ASCIIBytes.equalsIgnoringCase(word, "against") {
            (stance, isExactLabel) = (.against, true)
        } else if ASCIIBytes.equalsIgnoringCase(word, "pro") || ASCIIBytes.equalsIgnoringCase(word, "pros") {
            (stance, isExactLabel) = (.for, false)
        } else if ASCIIBytes.equalsIgnoringCase(word, "con") || ASCIIBytes.equalsIgnoringCase(word, "cons") {
            (stance, isExactLabel) = (.against, false)
        } else {
            return nil
        }
        func isSpace(_ index: Int) -> Bool { index < bytes.count && (bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t")) }
        func skipSpaces() { while isSpace(cursor) { cursor += 1 } }
        let afterWord = cursor
        skipSpaces()
        guard cursor < bytes.count else { return nil }
        let mark = bytes[cursor]
        var separated = false
        if mark == UInt8(ascii: ":") {
            // `for: …` is the format itself; `for:: …`, `for : …`, `pro: …` are slips.
            var colons = 0
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") { cursor += 1; colons += 1 }
            if isExactLabel, colons == 1, cursor - colons == afterWord { return nil }
            separated = true
        } else if mark == UInt8(ascii: "-") || mark == UInt8(ascii: "=") || mark == UInt8(ascii: ";") {
            guard cursor + 1 == bytes.count || isSpace(cursor + 1) else { return nil }
            cursor += 1
            separated = true
        } else if mark == 0xE2, cursor + 2 < bytes.count, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0x93 || bytes[cursor + 2] == 0x94 {
            cursor += 3
            separated = true
        }
        // With no mark at all only the format's own words are a stance (`for he was short`);
        // `pro` and `con` need their colon or dash.
        guard separated || (isExactLabel && cursor > afterWord) else { return nil }
        skipSpaces()
        guard cursor < bytes.count else { return nil }
        length = cursor
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
