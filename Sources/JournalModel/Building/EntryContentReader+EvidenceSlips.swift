import MarkdownSyntax

/// Evidence written nearly right, read where `EntryContentReader` meets it: an item's doubled
/// colon (`for:: late`), and the sides of a thought record (`Evidence for:`, `EvidenceSideLabel`).
extension EntryContentReader {
    /// `for:: late` or `against : he called` in a paragraph's evidence section: the item, and a
    /// note with the stance as the format writes it.
    mutating func addItemWithStrayColon(_ field: FieldLine, to section: Int) {
        let stance: EvidenceStance = ASCIIBytes.equalsIgnoringCase(field.keyBytes, "for") ? .for : .against
        evidence[section].add(EvidenceItem(stance: stance, text: field.valueString, range: field.range))
        formatNotes.append(FormatNote(kind: .evidenceStance, key: .evidence, range: field.syntaxRange,
                                      replacement: stance.rawValue + (field.value.isEmpty ? ":" : ": ")))
    }

    /// A line that starts `Evidence for` / `Evidence against` (`field`, read as the key
    /// `evidence` with no separator). With text after its colon, that text is one item of the
    /// side it names, noted with the format's syntax: `Evidence: for: ` when it opens the
    /// section, `against: ` in one already open (`open`). Alone on its line it is a label:
    /// `sideLabelStance` is its side, for the lines or list below. Returns the section, or nil
    /// when the line is no such label.
    mutating func readSideLabel(_ field: FieldLine, open: Int?) -> Int? {
        guard let label = field.fromKey.withUnsafeBufferPointer({ EvidenceSideLabel($0) }) else { return nil }
        let section: Int
        if let open {
            section = open
        } else {
            evidence.append(EvidenceDraft(items: [], range: field.range))
            section = evidence.count - 1
        }
        guard label.hasText else {
            sideLabelStance = label.stance
            return section
        }
        let text = ASCIIBytes.trimmedSpacesString(field.fromKey.dropFirst(label.length))
        evidence[section].add(EvidenceItem(stance: label.stance, text: text, range: field.range))
        let side = label.stance.rawValue + ": "
        formatNotes.append(FormatNote(kind: open == nil ? .fieldKey : .evidenceStance, key: .evidence,
                                      range: SourceRange(line: field.keyRange.lowerBound.line, column: field.keyRange.lowerBound.column, length: label.length),
                                      replacement: open == nil ? field.key + ": " + side : side))
        return section
    }

    /// The section a side's label above a list (at `range`) adds to: the one the other side's
    /// label opened, if any, else a new one.
    mutating func sideSection(from range: SourceRange) -> Int {
        if let section = sideLabelSection { return section }
        evidence.append(EvidenceDraft(items: [], range: range))
        sideLabelSection = evidence.count - 1
        return evidence.count - 1
    }

    /// The side named by a one-line paragraph at `range` that is only a label, plain or in
    /// bold (`**Evidence for:**`, `Evidence against`). Looks at the first byte before anything
    /// else: most paragraphs above a list are no label.
    func sideLabel(alone range: SourceRange) -> EvidenceStance? {
        let offset = source.offset(of: range.lowerBound)
        guard offset < source.bytes.count else { return nil }
        let first = source.bytes[offset]
        guard first | 0x20 == UInt8(ascii: "e") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return nil }
        let line = source.line(range.lowerBound.line).dropFirst(max(0, range.lowerBound.column - 1))
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard let label = line[..<end].withUnsafeBufferPointer({ EvidenceSideLabel($0) }), !label.hasText else { return nil }
        return label.stance
    }
}
