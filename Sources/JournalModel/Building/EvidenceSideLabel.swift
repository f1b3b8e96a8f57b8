/// `Evidence for` / `Evidence against`: the two columns of a CBT thought record, which people
/// write as a heading (`### Evidence for`), a bold line (`**Evidence against:**`) or a line of
/// its own above a list, or in front of one piece of evidence (`Evidence for: he was late`).
/// Read as an evidence section whose items speak for (or against) the fear.
struct EvidenceSideLabel {
    let stance: EvidenceStance
    /// The bytes of the label, its colon, emphasis and the spaces after them: where the item's
    /// text starts, or the line's length when only the label is written.
    let length: Int
    /// Whether the label ends in a colon (`Evidence for:`), as a label in front of text must.
    let hasColon: Bool
    /// Whether anything but the label is written after it.
    let hasText: Bool

    /// Reads `bytes` (a line from its content start, or a heading's text); nil unless it starts
    /// with `evidence` (any case, in `**` or `__` or not), spaces, then `for` or `against`
    /// followed by a colon, emphasis or the end of the text.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var cursor = 0
        func skip(_ byte: UInt8) { while cursor < bytes.count, bytes[cursor] == byte { cursor += 1 } }
        func skipEmphasis() { skip(UInt8(ascii: "*")); skip(UInt8(ascii: "_")) }
        func skipSpaces() { while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") { cursor += 1 } }
        func word(_ lowercase: StaticString) -> Bool {
            let end = cursor + lowercase.utf8CodeUnitCount
            guard end <= bytes.count, ASCIIBytes.equalsIgnoringCase(UnsafeBufferPointer(rebasing: bytes[cursor..<end]), lowercase) else { return false }
            cursor = end
            return true
        }
        skipEmphasis()
        guard word("evidence") else { return nil }
        let afterKey = cursor
        skipSpaces()
        guard cursor > afterKey else { return nil }
        if word("for") {
            stance = .for
        } else if word("against") {
            stance = .against
        } else {
            return nil
        }
        // `Evidence forgot` is no label: the word must end here.
        if cursor < bytes.count, (ASCIIBytes.lowercased(bytes[cursor]) >= 0x61 && ASCIIBytes.lowercased(bytes[cursor]) <= 0x7A) { return nil }
        skipEmphasis()
        skipSpaces()
        hasColon = cursor < bytes.count && bytes[cursor] == UInt8(ascii: ":")
        if hasColon { cursor += 1 }
        skipEmphasis()
        skipSpaces()
        guard hasColon || cursor == bytes.count else { return nil }
        length = cursor
        hasText = cursor < bytes.count
    }
}
