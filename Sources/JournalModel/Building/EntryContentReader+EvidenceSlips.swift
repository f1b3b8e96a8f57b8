import MarkdownSyntax

/// Evidence written nearly right, read where `EntryContentReader` meets it: an item's doubled
/// colon (`for:: late`), and the sides of a thought record (`Evidence for:`, `EvidenceSideLabel`).
extension EntryContentReader {
    /// `for:: late` or `against : he called` in a paragraph's evidence section: the item, and a
    /// note with the stance as the format writes it.
    /// A field line written with another separator than the colon that is evidence written
    /// nearly right: an item with a doubled or spaced colon in an open section (`open`), or a
    /// side's label (`readSideLabel`). Returns the section it went to, and whether the line was
    /// only a label (its items below), or nil for any other line.
    @inline(never)  // rare: kept out of `readLines`, which runs for every paragraph
    mutating func readEvidenceSlip(_ field: FieldLine, open: Int?) -> (section: Int, isLabel: Bool)? {
        if let open, field.isEvidenceItemKey {
            addItemWithStrayColon(field, to: open)
            return (open, false)
        }
        guard field.separator == .none, FieldKey.tolerantReading(of: field.keyBytes)?.key == .evidence else { return nil }
        sideLabelStance = nil
        guard let section = readSideLabel(field, open: open) else { return nil }
        return (section, sideLabelStance != nil)
    }

    private mutating func addItemWithStrayColon(_ field: FieldLine, to section: Int) {
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
    private mutating func readSideLabel(_ field: FieldLine, open: Int?) -> Int? {
        guard let label = field.fromKey.withUnsafeBufferPointer({ EvidenceSideLabel($0) }) else { return nil }
        guard label.hasText else {
            // A label on its own line (`Evidence for:`, `**Evidence against:**`): the other side's
            // label opened the same section when it is one of them.
            sideLabelStance = label.stance
            return open ?? sideSection(from: field.range)
        }
        let section: Int
        if let open {
            section = open
        } else {
            evidence.append(EvidenceDraft(items: [], range: field.range))
            section = evidence.count - 1
        }
        let text = ASCIIBytes.trimmedSpacesString(field.fromKey.dropFirst(label.length))
        evidence[section].add(EvidenceItem(stance: label.stance, text: text, range: field.range))
        let side = label.stance.rawValue + ": "
        formatNotes.append(FormatNote(kind: open == nil ? .fieldKey : .evidenceStance, key: .evidence,
                                      range: SourceRange(line: field.keyRange.lowerBound.line, column: field.keyRange.lowerBound.column, length: label.length),
                                      replacement: open == nil ? field.key + ": " + side : side))
        return section
    }

    /// The section a side's label (at `range`) adds to: the one the other side's
    /// label opened, if any, else a new one.
    @inline(never)  // rare: kept out of `readLines`, which runs for every paragraph
    mutating func sideSection(from range: SourceRange) -> Int {
        if let section = sideLabelSection { return section }
        evidence.append(EvidenceDraft(items: [], range: range))
        sideLabelSection = evidence.count - 1
        return evidence.count - 1
    }
}
