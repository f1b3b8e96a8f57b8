import MarkdownSyntax

/// Reads the blocks of one entry into fields, evidence, tags and prose.
struct EntryContentReader {
    let source: SourceText
    /// The symbols that start a tag (`tag-prefixes` in the configuration).
    let tagPrefixes: TagPrefixes
    /// The file is a Logseq journal (`2026_11_23.md`), whose properties are written
    /// `key:: value`: there a known key so written is the field, with no note to change it.
    var readsProperties = false
    /// The file is in an Obsidian vault, where the Dataview plugin reads `key:: value` as an
    /// inline field: a known key so written is the field, with no note (a fix would break the
    /// writer's queries). Other keys so written stay prose, as elsewhere.
    var readsInlineFields = false
    var tags: [Tag] = []
    var temperatures: [TemperatureReading] = []
    var evidence: [EvidenceDraft] = []
    var reassurance: [ReassuranceRequest] = []
    var urges: [Urge] = []
    var regulation: [Regulation] = []
    var facts: [Fact] = []
    var triggerNotes: [TriggerNote] = []
    var unrecognizedFields: [UnrecognizedField] = []
    var prose: [ProseSpan] = []
    var quotedProse: [ProseSpan] = []
    var problems: [JournalProblem] = []
    var formatNotes: [FormatNote] = []

    /// An evidence section while its items are still being read.
    struct EvidenceDraft {
        var items: [EvidenceItem]
        var range: SourceRange
        mutating func add(_ item: EvidenceItem) {
            items.append(item)
            range = SourceRange(range.lowerBound, max(range.upperBound, item.range.upperBound))
        }
    }

    /// The lines of the paragraph being read; one buffer reused for every block.
    private var lines: InlineLines
    /// The prose of the block being read; its buffers too serve every block.
    private var builder: ProseBuilder
    /// The walk over an entry's blocks; kept, like the buffers above, so that its stack is
    /// allocated once per file.
    private var walker = BlockWalker()
    /// Inside an Obsidian `%% … %%` comment that spans blocks.
    private var inComment = false
    /// The `[!type]` marker of the callout whose first paragraph is read next (source offsets).
    private var calloutMarker: Range<Int>?
    /// An evidence section still open at the end of the paragraph before this one (`evidence:`,
    /// a blank line, then `for:` lines): the next paragraph's `for:`/`against:` lines are its items.
    private var openEvidenceAbove: Int?
    /// The side named by an `Evidence for:` / `Evidence against:` label line just read
    /// (`EvidenceSideLabel`): the stance of the items below it that name none.
    var sideLabelStance: EvidenceStance?
    /// The section of the last side's label above a list (`### Evidence for`): the other side's
    /// list (`### Evidence against`) is the same examination, one section.
    var sideLabelSection: Int?

    init(source: SourceText, tagPrefixes: TagPrefixes = .default) {
        self.source = source
        self.tagPrefixes = tagPrefixes
        self.lines = InlineLines()
        self.builder = ProseBuilder(source: source)
    }

    /// Empties what was read for the next entry of the same document. The scratch buffers
    /// (`lines`, `builder`) keep their capacity: one reader serves every entry of a file, so
    /// reading a paragraph allocates only what the model keeps, and no buffers are handed
    /// (copied and destroyed) from one entry's reader to the next's.
    mutating func startEntry() {
        // Only what the last entry filled: most of these are empty, and emptying an empty
        // array still releases its storage.
        if !tags.isEmpty { tags = [] }
        if !temperatures.isEmpty { temperatures = [] }
        if !evidence.isEmpty { evidence = [] }
        if !reassurance.isEmpty { reassurance = [] }
        if !urges.isEmpty { urges = [] }
        if !regulation.isEmpty { regulation = [] }
        if !facts.isEmpty { facts = [] }
        if !triggerNotes.isEmpty { triggerNotes = [] }
        if !unrecognizedFields.isEmpty { unrecognizedFields = [] }
        if !prose.isEmpty { prose = [] }
        if !quotedProse.isEmpty { quotedProse = [] }
        if !problems.isEmpty { problems = [] }
        if !formatNotes.isEmpty { formatNotes = [] }
        inComment = false
        calloutMarker = nil
        openEvidenceAbove = nil
        sideLabelSection = nil
    }

    /// Reads a sequence of sibling blocks and the blocks under them (looking ahead for the
    /// list under `evidence:`).
    mutating func read(_ blocks: ArraySlice<Block>, quoteDepth: Int) {
        // About one span per top-level block (a heading, a paragraph): one allocation for the
        // entry's prose instead of growing it span by span.
        if prose.isEmpty { prose.reserveCapacity(blocks.count) }
        // Moved out while it walks, so that the visitor may change the rest of the reader.
        var walker = self.walker
        self.walker = BlockWalker()
        walker.walk(blocks, quoteDepth: quoteDepth) { siblings, index, depth in
            readBlock(siblings, at: index, depth: depth)
        }
        self.walker = walker
    }

    /// Reads the fields, tags and prose of `siblings[index]` if it is a paragraph or heading,
    /// and the evidence list right after a paragraph that ends in `evidence:`.
    private mutating func readBlock(_ siblings: Span<Block>, at index: Int, depth: Int) -> BlockWalkStep {
        // A paragraph's comments are found as its lines are read (`UnreadText`); other
        // blocks inside a comment are skipped whole.
        if inComment {
            guard case .paragraph = siblings[index] else { return .skipChildren }
        }
        let evidenceAbove = openEvidenceAbove
        openEvidenceAbove = nil
        if case .blockQuote(let quote) = siblings[index], let marker = Callout.marker(of: quote, in: source) {
            // A callout is the writer's own text in a box (quoted words are a `[!quote]`).
            guard !marker.isQuote else { return .visitChildren }
            calloutMarker = marker.range
            return .visitChildrenUnquoted
        }
        if depth == 0, case .list(let list) = siblings[index], let range = list.range, startsWithEvidenceItem(list),
           !followsUnrecognizedKey(siblings, at: index), let prefix = evidenceLinePrefix(before: range.lowerBound) {
            // `- for: …` / `- against: …` with no `evidence:` above: the examination the writer
            // did, read as the section they meant, and a note with the line to write above it.
            evidence.append(EvidenceDraft(items: [], range: range))
            // Right under a quote or another list, a line written above would run on into it
            // (a lazy continuation): a blank line first ends it.
            var blankLineFirst = false
            if index > 0, let above = siblings[index - 1].range, above.upperBound.line >= range.lowerBound.line - 1 {
                switch siblings[index - 1] {
                case .paragraph, .heading, .thematicBreak: break
                default: blankLineFirst = true
                }
            }
            noteEvidenceLine(above: range.lowerBound, prefix: prefix, blankLineFirst: blankLineFirst)
            readEvidenceList(list, into: evidence.count - 1)
            return .skipChildren
        }
        guard let children = Self.inlineChildren(of: siblings[index]) else { return .visitChildren }
        let text = (children: children, range: siblings[index].range, isParagraph: Self.isParagraph(siblings[index]))
        lines.split(text.children)
        let openEvidence = readLines(of: text.children, blockRange: text.range, quoteDepth: depth, allowsFields: text.isParagraph,
                                     openEvidence: text.isParagraph && depth == 0 ? evidenceAbove : nil)
        if text.isParagraph, let openEvidence, index + 1 < siblings.count, case .list(let list) = siblings[index + 1] {
            readEvidenceList(list, into: openEvidence, defaultStance: sideLabelStance ?? .neutral)
            return .skipChildrenAndNextSibling
        }
        if text.isParagraph, let openEvidence, index + 1 < siblings.count, case .paragraph = siblings[index + 1] {
            openEvidenceAbove = openEvidence
        }
        // `## Evidence` above its list, as people write sections in notes apps.
        if !text.isParagraph, depth == 0, index + 1 < siblings.count, case .list(let list) = siblings[index + 1],
           let range = text.range, let side = Self.namesEvidence(text.children) {
            if side == .neutral {
                evidence.append(EvidenceDraft(items: [], range: range))
                sideLabelSection = nil
            }
            readEvidenceList(list, into: side == .neutral ? evidence.count - 1 : sideSection(from: range), defaultStance: side)
            return .skipChildrenAndNextSibling
        }
        return .skipChildren
    }

    /// Whether a heading's text is `Evidence` (any case, a synonym, an optional colon): then
    /// `.neutral`; or a side, `Evidence for` / `Evidence against` (`EvidenceSideLabel`): then its stance.
    private static func namesEvidence(_ inlines: InlineList) -> EvidenceStance? {
        guard inlines.count == 1, case .text(let node) = inlines[0] else { return nil }
        return node.withLiteralUTF8 { span in
            span.withUnsafeBufferPointer { bytes in
                if let label = EvidenceSideLabel(bytes), !label.hasText { return label.stance }
                var end = bytes.count
                while end > 0, bytes[end - 1] == UInt8(ascii: ":") || bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
                return FieldKey.tolerantReading(of: UnsafeBufferPointer(rebasing: bytes[0..<end]))?.key == .evidence ? .neutral : nil
            }
        }
    }

    /// The children of a paragraph or heading. Not inlined, and the block borrowed: matched
    /// in the reader's own code, the block was copied whole first (and the copy destroyed
    /// after). Only the children come back: an optional tuple or struct of several fields was
    /// destroyed through the runtime's generic code, which cost more than the copy.
    @inline(never)
    private static func inlineChildren(of block: borrowing Block) -> InlineList? {
        switch block {
        case .paragraph(let paragraph): paragraph.children
        case .heading(let heading): heading.children
        default: nil
        }
    }

    @inline(never)
    private static func isParagraph(_ block: Block) -> Bool {
        if case .paragraph = block { true } else { false }
    }

    /// Reads the lines of a paragraph or heading (`inlines`, split into `lines`). Returns the
    /// index of an evidence section that is still open at the paragraph's end (its list may
    /// follow as the next block).
    /// `openEvidence`: a section left open by the paragraph above (a blank line between
    /// `evidence:` and its `for:` lines); it takes this paragraph's lines only if the first is one.
    private mutating func readLines(of inlines: InlineList, blockRange: SourceRange?, quoteDepth: Int, allowsFields: Bool, openEvidence: Int? = nil) -> Int? {
        Self.withLiteralBytes(of: inlines) { literals in
            readLines(blockRange: blockRange, quoteDepth: quoteDepth, allowsFields: allowsFields, literals: literals,
                      openEvidence: openEvidence, continuesAbove: openEvidence != nil)
        }
    }

    /// Calls `body` with the literal bytes of `inlines`, where `InlinePiece.literal` points; the
    /// buffer is valid during the call only.
    private static func withLiteralBytes<Result>(of inlines: InlineList, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        inlines.withLiteralBytes { $0.withUnsafeBufferPointer(body) }
    }

    /// `fromLine`: the first line to read (the lines of an evidence item before it are read
    /// as the item); `openEvidence`: the section its `for:`/`against:` lines add to.
    /// `continuesAbove`: `openSection` is the paragraph above's, kept only if the first line
    /// is an evidence item.
    private mutating func readLines(blockRange: SourceRange?, quoteDepth: Int, allowsFields: Bool, literals: UnsafeBufferPointer<UInt8>,
                                    fromLine: Int = 0, openEvidence openSection: Int? = nil, continuesAbove: Bool = false) -> Int? {
        builder.reset()
        sideLabelStance = nil
        // Obsidian `%% comments %%` in a paragraph (allowsFields: paragraphs only), looked for
        // only where a `%` is written or a comment is open.
        var comments = UnreadText()
        let blockEnd = blockRange.map { source.offset(of: $0.upperBound) } ?? 0
        if allowsFields, inComment || UnreadText.mayHoldMark(lines.pieces, literals: literals) {
            comments = UnreadText(pieces: lines.pieces, source: source, blockEnd: blockEnd, inComment: &inComment)
        } else if !allowsFields, UnreadText.mayHoldMark(lines.pieces, literals: literals) {
            // A heading's comments (`## Evening %%draft%%`) end with the heading.
            var headingComment = false
            comments = UnreadText(pieces: lines.pieces, source: source, blockEnd: blockEnd, inComment: &headingComment)
        }
        if let marker = calloutMarker {
            calloutMarker = nil
            if allowsFields { comments.hide(marker) }
        }
        var openEvidence = openSection
        // A key with no value on its line (`temp:`, `reframe` alone), waiting for the line below.
        var pending: (key: FieldKey, line: FieldLine, evidence: Int?)?
        for lineIndex in fromLine..<lines.lineCount {
            let line = lines.line(lineIndex)
            for index in line where lines.pieces[index].kind == .text && !lines.pieces[index].isImageText {
                if let range = lines.pieces[index].range,
                   TagScanner.mayHoldTag(UnsafeBufferPointer(rebasing: literals[lines.pieces[index].literal]), range: range, prefixes: tagPrefixes) {
                    let found = tags.count
                    TagScanner.scan(range, in: source, prefixes: tagPrefixes, into: &tags)
                    if !comments.isEmpty { tags[found...].removeAll { comments.contains(source.offset(of: $0.range.lowerBound)) } }
                }
            }
            defer { builder.endLine() }
            // A line run on into a quote with no `>` of its own (`> what he said` then `temp: red`,
            // a lazy continuation in CommonMark) is the writer's again: its fields are read.
            let readsFields = allowsFields && (quoteDepth == 0 || (lineIndex > 0 && isLazyQuoteLine(line, literals: literals)))
            // Under an open evidence section every line is looked at: `against : he called`.
            var start = readsFields && (pending != nil || openEvidence != nil || !comments.isEmpty || !lines.startsWithProse(line, literals: literals))
                ? lines.contentStart(of: line, in: source, literals: literals) : nil
            if !comments.isEmpty, let written = start {
                // A line that starts with a comment starts, for its fields, after it.
                let lineRange = source.byteRange(ofLine: written.line)
                let visible = comments.visibleStart(from: source.offset(of: written), lineEnd: lineRange.upperBound, in: source.bytes)
                start = SourceLocation(line: written.line, column: visible - lineRange.lowerBound + 1)
            }
            guard start != nil || pending != nil else {
                // Prose (most lines), with no key above waiting for its value: only its pieces
                // are collected, without the field line's optionals made and moved for it.
                if continuesAbove, lineIndex == fromLine { openEvidence = nil }
                for index in line { builder.append(index, of: lines.pieces, literals: literals, hiding: comments) }
                continue
            }
            let field = start.flatMap { comments.isEmpty ? FieldLine(source: source, start: $0) : FieldLine(source: source, start: $0, hiding: comments) }
            let reading = field.flatMap { FieldKey.tolerantReading(of: $0.keyBytes) }
            if continuesAbove, lineIndex == fromLine, field?.isEvidenceItemKey != true { openEvidence = nil }
            if let waiting = pending {
                pending = nil
                let isField = reading != nil || (openEvidence != nil && field?.isEvidenceItemKey == true)
                if !isField, let start, let value = FieldLine(valueLineOf: waiting.line, source: source, start: start, hiding: comments) {
                    if let section = waiting.evidence {
                        var (stance, text) = value.value.withUnsafeBufferPointer { FieldValueParser.evidenceItem(trimming: $0) }
                        if stance == .neutral, let side = sideLabelStance { stance = side }
                        evidence[section].add(EvidenceItem(stance: stance, text: text, range: value.range(ofValueBytes: 0..<value.value.count)))
                    } else {
                        _ = readField(waiting.key, value)
                    }
                    continue
                }
                if waiting.evidence == nil { _ = readField(waiting.key, waiting.line) }
            }
            guard let field else {
                // Logseq's own properties (`collapsed:: true`, `id:: …`) are metadata, not prose.
                if readsProperties, let start, FieldLine.isProperty(source: source, start: start) {
                    LogseqTagsProperty.read(source: source, start: start, into: &tags)
                    continue
                }
                for index in line { builder.append(index, of: lines.pieces, literals: literals, hiding: comments) }
                continue
            }
            if openEvidence == nil, readsFields, lineIndex == fromLine, field.isEvidenceItemKey, field.separator == .colon || field.separator == .strayColon,
               let prefix = evidenceLinePrefix(before: field.range.lowerBound) {
                // A paragraph that starts `for: …` with no `evidence:` above it: the section the
                // writer meant, noted with the line to write above it.
                evidence.append(EvidenceDraft(items: [], range: field.range))
                openEvidence = evidence.count - 1
                noteEvidenceLine(above: field.range.lowerBound, prefix: prefix)
            }
            if field.separator != .colon, let (section, isLabel) = readEvidenceSlip(field, open: openEvidence) {
                // `for:: late`, `Evidence for: he was late`, `Evidence against:` above its items.
                openEvidence = section
                if isLabel, lineIndex + 1 < lines.lineCount { pending = (.evidence, field, section) }
                continue
            }
            if let open = openEvidence, field.isEvidenceItemKey {
                // From the key on: `for: …` (the bytes variant makes no string of the whole line).
                let (stance, text) = field.fromKey.withUnsafeBufferPointer { FieldValueParser.evidenceItem(trimming: $0) }
                evidence[open].add(EvidenceItem(stance: stance, text: text, range: field.range))
                continue
            }
            openEvidence = nil
            guard let (key, isExact) = reading, accepts(field, as: key) else {
                if reading == nil { unrecognizedFields.append(UnrecognizedField(key: field.key, keyRange: field.keyRange)) }
                for index in line { builder.append(index, of: lines.pieces, literals: literals, hiding: comments) }
                continue
            }
            if field.separator != .colon || !isExact, !((readsProperties || readsInlineFields) && isExact && field.isPropertySyntax) {
                noteSlip(field, key: key, isExact: isExact)
            }
            if field.value.isEmpty, lineIndex + 1 < lines.lineCount {
                let section = key == .evidence ? readField(key, field) : nil
                if let section { openEvidence = section }
                pending = (key, field, section)
                continue
            }
            if let open = readField(key, field) { openEvidence = open }
        }
        if let waiting = pending, waiting.evidence == nil { _ = readField(waiting.key, waiting.line) }
        let span = builder.build(blockRange: blockRange, pieces: lines.pieces, literals: literals)
        if let span { quoteDepth > 0 ? quotedProse.append(span) : prose.append(span) }
        return openEvidence
    }

    /// Whether a line of a quoted paragraph has no `>` before it in the source (CommonMark's lazy
    /// continuation), and starts like a field.
    private func isLazyQuoteLine(_ line: Range<Int>, literals: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !lines.startsWithProse(line, literals: literals), let start = lines.contentStart(of: line, in: source, literals: literals) else { return false }
        return !source.line(start.line).prefix(max(0, start.column - 1)).contains(UInt8(ascii: ">"))
    }

    /// Whether a line with a known key is read as that field. A colon, a stray colon, a dash or
    /// `=` always is; so is a key alone on its line. A key with no separator at all is a field
    /// only where the rest could mean nothing else: `temp` and a temperature, `urge` and its
    /// outcome (`Urge to text him (resisted)`); `Fact is, I was tired` stays prose.
    private func accepts(_ field: FieldLine, as key: FieldKey) -> Bool {
        guard field.separator == .none else { return true }
        // `evidence 👇`, `reframe…`: a key pointing to its value below (not `temp`, whose
        // value is a word or a circle on the same line).
        if field.pointsBelow { return key != .temp }
        switch key {
        case .temp: return FieldValueParser.namesTemperature(field.value)
        case .urge: return FieldValueParser.urge(field).outcome != .unspecified
        default: return false
        }
    }

    /// Records that a field was read from a slip, with the syntax that says it plainly: the key
    /// as written (a synonym as its key, keeping a capital), a colon, and a space before a value.
    private mutating func noteSlip(_ field: FieldLine, key: FieldKey, isExact: Bool) {
        var written = isExact ? field.key : key.rawValue
        if !isExact, let first = field.keyBytes.first, first >= 0x41, first <= 0x5A { written = written.prefix(1).uppercased() + written.dropFirst() }
        formatNotes.append(FormatNote(kind: .fieldKey, key: key, range: field.syntaxRange,
                                      replacement: written + String(repeating: "*", count: field.starsAfterKey) + (field.value.isEmpty && !field.pointsBelow ? ":" : ": ")))
    }

    /// Records that a section was read as evidence with no `evidence:` line above it: the fix
    /// inserts that line above `start`'s line, with the same prefix (`evidenceLinePrefix`).
    /// `blankLineFirst`: a blank line (with the prefix's quote marks) goes above it.
    private mutating func noteEvidenceLine(above start: SourceLocation, prefix: String, blankLineFirst: Bool = false) {
        var blank = prefix
        while blank.last == " " || blank.last == "\t" { blank.removeLast() }
        formatNotes.append(FormatNote(kind: .evidenceLine, key: .evidence, range: SourceRange(line: start.line, column: 1, length: 0),
                                      replacement: (blankLineFirst ? blank + "\n" : "") + prefix + "evidence:"))
    }

    /// What comes before `start` on its line when it is only indentation and quote marks (the
    /// prefix an `evidence:` line above must have to belong to the same block); nil when a
    /// list marker is there too (the item's first line: a line above would not join it).
    private func evidenceLinePrefix(before start: SourceLocation) -> String? {
        let before = source.line(start.line).prefix(max(0, start.column - 1))
        guard before.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }) else { return nil }
        return String(decoding: before, as: UTF8.self)
    }

    /// Whether the block before `siblings[index]` is a paragraph whose last line is a key Steady
    /// does not know (`evidnce:`): the typo is reported with its fix (`unknown-field`), and the
    /// list below is left to it rather than read a second way.
    private func followsUnrecognizedKey(_ siblings: Span<Block>, at index: Int) -> Bool {
        guard index > 0, case .paragraph(let paragraph) = siblings[index - 1], let last = paragraph.range?.upperBound.line,
              let key = unrecognizedFields.last else { return false }
        return key.keyRange.lowerBound.line == last
    }

    /// Whether the first item of `list` starts `for:` or `against:` (as a list under
    /// `evidence:` would): such a list is evidence even without the key above it.
    private func startsWithEvidenceItem(_ list: List) -> Bool {
        guard let item = list.items.first, case .paragraph(let paragraph)? = item.children.first,
              let start = paragraph.range?.lowerBound,
              let field = FieldLine(source: source, start: start) else { return false }
        return field.isEvidenceItemKey && (field.separator == .colon || field.separator == .strayColon)
    }

    /// Stores one field; returns the index of a new evidence section.
    private mutating func readField(_ key: FieldKey, _ field: FieldLine) -> Int? {
        switch key {
        case .temp:
            FieldValueParser.temperatures(field, into: &temperatures, problems: &problems)
        case .evidence:
            sideLabelStance = nil
            var draft = EvidenceDraft(items: [], range: field.range)
            if !field.value.isEmpty {
                let (stance, text) = field.value.withUnsafeBufferPointer { FieldValueParser.evidenceItem(trimming: $0) }
                draft.add(EvidenceItem(stance: stance, text: text, range: field.range(ofValueBytes: 0..<field.value.count)))
            }
            evidence.append(draft)
            return evidence.count - 1
        case .reassurance:
            reassurance.append(ReassuranceRequest(text: field.valueString, range: field.range))
        case .urge:
            urges.append(FieldValueParser.urge(field))
        case .regulate:
            regulation.append(FieldValueParser.regulation(field))
        case .fact, .reframe:
            facts.append(Fact(kind: key == .fact ? .fact : .reframe, text: field.valueString, range: field.range))
        case .trigger:
            triggerNotes.append(TriggerNote(text: field.valueString, range: field.range))
        }
        return nil
    }

    /// The list right below `evidence:`: each item is one piece of evidence.
    /// `defaultStance`: the stance of items that name none (under `### Evidence against`).
    private mutating func readEvidenceList(_ list: List, into section: Int, defaultStance: EvidenceStance = .neutral) {
        var defaultStance = defaultStance
        // One item per list item at most: the section's array is made once, not grown item by item.
        evidence[section].items.reserveCapacity(evidence[section].items.count + list.items.count)
        for item in list.items {
            var text = ""
            // The usual item is one paragraph of one text node: read from its literal bytes,
            // without making a string of the whole item first.
            var onlyText: Text?
            var paragraphs = 0
            // A field line run on into the item (`- against: …` then `reframe: …` with no blank
            // line: a lazy continuation in CommonMark) is that field, read after the item.
            var fieldsAfter: (paragraph: Paragraph, line: Int)?
            for case .paragraph(let paragraph) in item.children {
                lines.split(paragraph.children)
                let fieldLine = lines.lineCount > 1 ? Self.withLiteralBytes(of: paragraph.children) { firstFieldLine(literals: $0) } : nil
                let itemLines = lines.line(0).lowerBound..<(fieldLine.map { lines.line($0).lowerBound } ?? lines.pieces.count)
                Self.withLiteralBytes(of: paragraph.children) { literals in
                    // An item's comments (`%%…%%`) hide its tags too; they end with the item.
                    var comments = UnreadText()
                    if UnreadText.mayHoldMark(lines.pieces, literals: literals) {
                        var itemComment = false
                        comments = UnreadText(pieces: lines.pieces, source: source,
                                              blockEnd: paragraph.range.map { source.offset(of: $0.upperBound) } ?? 0, inComment: &itemComment)
                    }
                    for index in itemLines where lines.pieces[index].kind == .text {
                        if let range = lines.pieces[index].range,
                           TagScanner.mayHoldTag(UnsafeBufferPointer(rebasing: literals[lines.pieces[index].literal]), range: range, prefixes: tagPrefixes) {
                            let found = tags.count
                            TagScanner.scan(range, in: source, prefixes: tagPrefixes, into: &tags)
                            if !comments.isEmpty { tags[found...].removeAll { comments.contains(source.offset(of: $0.range.lowerBound)) } }
                        }
                    }
                }
                paragraphs += 1
                if let fieldLine {
                    if let first = onlyText {
                        text = first.literal
                        onlyText = nil
                    }
                    let plain = Self.plainText(of: paragraph.children, lines: fieldLine)
                    text += text.isEmpty ? plain : " " + plain
                    fieldsAfter = (paragraph, fieldLine)
                    break
                }
                if paragraphs == 1, paragraph.children.count == 1, case .text(let node) = paragraph.children[0] {
                    onlyText = node
                    continue
                }
                if let first = onlyText {
                    text = first.literal
                    onlyText = nil
                }
                let plain = paragraph.children.plainText
                text += text.isEmpty ? plain : " " + plain
            }
            guard let range = item.range else { continue }
            var (stance, itemText) = if let onlyText {
                onlyText.withLiteralUTF8 { $0.withUnsafeBufferPointer { FieldValueParser.evidenceItem(trimming: $0) } }
            } else {
                FieldValueParser.evidenceItem(text.trimmingSpaces())
            }
            // `- against: he called %%after I asked%%`: Obsidian comments are not the item's words.
            let uncommented = ObsidianComment.removingComments(from: itemText)
            if uncommented.utf8.count != itemText.utf8.count {
                itemText = uncommented
                if stance == .neutral { (stance, itemText) = FieldValueParser.evidenceItem(uncommented) }
            }
            if stance != .neutral, itemText.utf8.first == UInt8(ascii: ":") {
                // `- for:: late`: the stance with a doubled colon, read as a slip of it.
                if let (slipStance, rest) = readStanceSlip(of: item, text: stance.rawValue + ":" + itemText) { (stance, itemText) = (slipStance, rest) }
            }
            if stance == .neutral, let (slipStance, rest) = readStanceSlip(of: item, text: itemText) { (stance, itemText) = (slipStance, rest) }
            if stance == .neutral { stance = defaultStance }
            evidence[section].add(EvidenceItem(stance: stance, text: itemText, range: range))
            if let (paragraph, line) = fieldsAfter {
                lines.split(paragraph.children)
                _ = Self.withLiteralBytes(of: paragraph.children) { literals in
                    readLines(blockRange: paragraph.range, quoteDepth: 0, allowsFields: true, literals: literals, fromLine: line, openEvidence: section)
                }
                // `Evidence against:` run on into the item above: the items below take its side.
                if let side = sideLabelStance { defaultStance = side }
            }
        }
    }

    /// An item whose stance is written another way (`- for he was short`, `- con: …`): the
    /// stance and the text after the label, noted with the label the format writes. Read on the
    /// source (where the note's range lies) and on the item's text; both must agree.
    private mutating func readStanceSlip(of item: ListItem, text: String) -> (EvidenceStance, String)? {
        guard case .paragraph(let paragraph)? = item.children.first, let start = paragraph.range?.lowerBound else { return nil }
        let written = source.line(start.line).dropFirst(max(0, start.column - 1)).withUnsafeBufferPointer { EvidenceStanceSlip($0) }
        guard let written else { return nil }
        var text = text
        guard let read = text.withUTF8({ EvidenceStanceSlip($0) }), read.stance == written.stance else { return nil }
        formatNotes.append(FormatNote(kind: .evidenceStance, key: .evidence,
                                      range: SourceRange(line: start.line, column: start.column, length: written.length),
                                      replacement: written.replacement))
        return (written.stance, String(decoding: text.utf8.dropFirst(read.length), as: UTF8.self))
    }

    /// The first line after the first of the paragraph in `lines` that is a field of a known key
    /// (as `readLines` would read it) or another evidence item (`for:`, `against:`).
    private func firstFieldLine(literals: UnsafeBufferPointer<UInt8>) -> Int? {
        for lineIndex in 1..<lines.lineCount {
            let line = lines.line(lineIndex)
            guard !lines.startsWithProse(line, literals: literals), let start = lines.contentStart(of: line, in: source, literals: literals),
                  let field = FieldLine(source: source, start: start) else { continue }
            if field.isEvidenceItemKey { return lineIndex }
            if let (key, _) = FieldKey.tolerantReading(of: field.keyBytes), accepts(field, as: key) { return lineIndex }
            if field.separator == .none, field.fromKey.withUnsafeBufferPointer({ EvidenceSideLabel($0) }) != nil { return lineIndex }
        }
        return nil
    }

    /// The plain text of the first `lineCount` lines of `inlines` (lines joined by a space).
    private static func plainText(of inlines: InlineList, lines lineCount: Int) -> String {
        var text = ""
        var line = 0
        for inline in inlines {
            if case .softBreak = inline { line += 1 } else if case .lineBreak = inline { line += 1 }
            if line >= lineCount { break }
            text += inline.plainText
        }
        return text
    }

    /// The finished evidence sections.
    var evidenceSections: [EvidenceSection] {
        evidence.map { EvidenceSection(items: $0.items, range: $0.range) }
    }
}
