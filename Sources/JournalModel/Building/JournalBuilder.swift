import MarkdownSyntax

/// Turns a parsed Markdown document and its file name into a `Journal`.
///
/// Top-level headings whose text starts with a date open days; headings starting with a time
/// open entries; everything else belongs to the entry above it. Problems are collected, never
/// thrown. No I/O: the caller reads the file.
public enum JournalBuilder {
    /// Builds the journal of `document`, read from `path` (whose file name may date a daily note).
    /// `tagPrefixes`: the symbols that start a tag (`tag-prefixes` in the configuration).
    /// `readsInlineFields`: the file is in an Obsidian vault, where `temp:: red` is a Dataview
    /// inline field, read with no note (the caller, which may look at the disk, says so).
    public static func build(_ document: Document, path: String, tagPrefixes: TagPrefixes = .default, readsInlineFields: Bool = false) -> Journal {
        build(document, path: path, tagPrefixes: tagPrefixes, readsInlineFields: readsInlineFields, startsFile: true)
    }

    /// `build`, for a document that is a run of the file (`JournalDayRuns`): `startsFile` is
    /// false for every run after the first, which starts at a heading of a new date. A daily
    /// note's name opens the file's first day (with its front matter's tags), and an invalid
    /// one is reported once, at line 1: both are the first run's.
    static func build(_ document: Document, path: String, tagPrefixes: TagPrefixes, readsInlineFields: Bool, startsFile: Bool) -> Journal {
        // The file's name is read once (a daily note's date, a Logseq journal).
        let fileName = DailyNoteName.dateAndLogseq(inPath: path)
        var state = BuildState(source: document.source, blocks: document.children, tagPrefixes: tagPrefixes,
                               readsProperties: fileName.isLogseqJournal, readsInlineFields: readsInlineFields)
        if let frontMatter = document.frontMatter, isSavedReview(frontMatter) {
            return savedReview(path: path, source: document.source)
        }
        switch startsFile ? fileName.date : .notDaily {
        case .valid(let date):
            // A daily note's front matter `tags:` are tags of its day.
            let tags = document.frontMatter.map { FrontMatterTags.tags(in: $0, source: document.source) } ?? []
            state.openDay(date: date, title: "", heading: nil, tags: tags)
        case .invalid(let written):
            state.problems.append(JournalProblem(
                kind: .invalidDate,
                message: "the file name starts with \(written), which is not a real date; rename the file or date its entries with headings",
                range: SourceRange(line: 1, column: 1, length: 0)))
        case .notDaily:
            break
        }
        for range in document.invalidUTF8 {
            let count = range.upperBound.column - range.lowerBound.column
            state.problems.append(JournalProblem(
                kind: .invalidUTF8,
                message: "\(count == 1 ? "this byte is" : "these \(count) bytes are") not UTF-8 and cannot be read; re-save the file as UTF-8",
                range: range))
        }
        for index in document.children.indices {
            state.take(index)
        }
        state.closeDay()
        state.flushUndated()
        return Journal(
            path: path,
            days: state.days,
            comments: CommentCollector.comments(in: document.children, candidates: state.commentCandidates, source: document.source),
            problems: state.problems.sorted { $0.range.lowerBound < $1.range.lowerBound },
            formatNotes: state.formatNotes,
            undatedNotes: state.undatedNotes,
            source: document.source)
    }

    /// Whether a document with `frontMatter` is a review written by `steady summary --format
    /// markdown`, which people save among their notes: a line of its front matter, trimmed of
    /// spaces and tabs, is `steady: review`.
    ///
    /// Read on the UTF-8 view, line by line as `SourceText` reads lines (`\n`, `\r\n` and a
    /// lone `\r` each end one), so a review saved with any line endings is recognised.
    static func isSavedReview(_ frontMatter: FrontMatter) -> Bool {
        let text = frontMatter.text
        let lines = SourceText(bytes: Array(text.utf8))
        for number in 1...lines.lineCount {
            var line = lines.line(number)
            while let first = line.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { line = line.dropFirst() }
            while let last = line.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { line = line.dropLast() }
            if line.elementsEqual("steady: review".utf8) { return true }
        }
        return false
    }

    /// Whether `document` is a saved review (`isSavedReview(_:)` of its front matter).
    static func isSavedReview(_ document: Document) -> Bool {
        document.frontMatter.map { isSavedReview($0) } ?? false
    }

    /// The journal of a saved review (`isSavedReview`): no entries, whatever the file holds.
    static func savedReview(path: String, source: SourceText) -> Journal {
        Journal(path: path, days: [], comments: [], problems: [], source: source)
    }

    /// Parses `bytes` and builds the journal.
    public static func build(bytes: [UInt8], path: String, tagPrefixes: TagPrefixes = .default, readsInlineFields: Bool = false) -> Journal {
        build(MarkdownParser.parse(bytes), path: path, tagPrefixes: tagPrefixes, readsInlineFields: readsInlineFields)
    }
}

/// The walk over a document's top-level blocks.
private struct BuildState {
    let source: SourceText
    /// The document's top-level blocks; an entry is a run of them, kept as indices.
    let blocks: [Block]
    /// The line of each `<!--` in the source, and the top-level blocks whose lines hold one:
    /// found on this walk, so that the comment collector walks only those.
    private let commentOpeners: [Int]
    private(set) var commentCandidates: [Int] = []
    /// The first opener at or after the line where the last block looked at starts.
    private var openerCursor = 0
    private var openerCursorLine = 0
    /// Reads every entry's blocks; one for the document, so that its scratch buffers serve
    /// every entry.
    private var reader: EntryContentReader
    var days: [Day] = []
    var problems: [JournalProblem] = []
    var formatNotes: [FormatNote] = []

    private var day: OpenDay?
    private var entry: OpenEntry?
    /// Content under a heading with an impossible date: reported once, not read.
    private var skippingInvalidDay = false
    private var undated: SourceRange?
    /// The top-level blocks of the undated run, and whether a time heading opened it.
    private var undatedBlocks: [Int] = []
    private var undatedHasTime = false
    /// Undated text that holds no entry (see `flushUndated`).
    var undatedNotes: [UndatedNote] = []

    struct OpenDay {
        let date: JournalDate
        let title: String
        let heading: SourceRange?
        /// The level of the day's heading; `nil` for a daily note's day.
        var headingLevel: Int?
        var entries: [Entry] = []
        /// Tags of every entry of the day: those of the day heading (when it has no time), and of
        /// a daily note's title heading and front matter.
        var tags: [Tag] = []
    }

    struct OpenEntry {
        let time: TimeOfDay?
        let title: String
        let heading: Heading?
        /// Whether the entry is the implicit one of a day heading or a daily note.
        let isImplicit: Bool
        /// The entry's top-level blocks (its heading first, when it has one): the blocks of an
        /// entry are always consecutive, so a range of indices stands for them without copying
        /// each block into an array of its own.
        var blocks: Range<Int>

        /// Whether the entry has a heading: a pattern, not `heading != nil`, which compared two
        /// optional headings (a copy of the heading and a destroy of both).
        var hasHeading: Bool {
            if case .some = heading { true } else { false }
        }
    }

    /// `readsProperties`: the file is a Logseq journal, where `key:: value` is the property syntax.
    init(source: SourceText, blocks: [Block], tagPrefixes: TagPrefixes, readsProperties: Bool = false, readsInlineFields: Bool = false) {
        self.source = source
        self.blocks = blocks
        self.commentOpeners = CommentCollector.openerLines(in: source)
        self.reader = EntryContentReader(source: source, tagPrefixes: tagPrefixes)
        reader.readsProperties = readsProperties
        reader.readsInlineFields = readsInlineFields
    }

    /// Reads the block in place (`blocks[index]` each time) rather than copying it out: a copy
    /// of a `Block` retains, and later releases, everything its case holds.
    mutating func take(_ index: Int) {
        if !commentOpeners.isEmpty, mayHoldOpener(blocks[index].range) { commentCandidates.append(index) }
        if case .heading(let heading) = blocks[index] {
            let stamp = HeadingStamp(heading)
            if stamp.isStamped {
                flushUndated()
                open(stamp, heading: heading, at: index)
                return
            }
            // `## December` between jrnl's days ends the day above (a daily note's day, named by
            // the file, goes on).
            let text = heading.children.plainText
            if let level = day?.headingLevel, heading.level <= level, GroupingHeading.matches(text) {
                closeDay()
                skippingInvalidDay = false
                return
            }
            // `# 21/11/2026`, `# Nov 23, 2026`: a day the writer dated another way. Read as no
            // date, its entries would land on the day above without a word.
            if let other = OtherDateForm(text), !(day?.headingLevel == nil && other.candidates == day.map { [$0.date] }) {
                flushUndated()
                closeDay()
                skippingInvalidDay = true
                problems.append(JournalProblem(kind: .otherDateForm, message: Self.otherDateFormMessage(other),
                                               range: heading.range ?? SourceRange(line: 1, column: 1, length: 0), dates: other.candidates))
                return
            }
        }
        if let start = entry?.blocks.lowerBound {
            entry?.blocks = start..<(index + 1)
        } else if !skippingInvalidDay, let range = blocks[index].range, countsAsContent(blocks[index]) {
            undated = undated.map { SourceRange($0.lowerBound, range.upperBound) } ?? range
            undatedBlocks.append(index)
        }
    }

    /// Whether an opener lies on the lines of a block with `range` (whole lines, so that no
    /// position quirk of a nested node can hide one); a block without a range is always walked.
    /// A cursor into the openers rather than a binary search per block: the top-level blocks
    /// come in source order.
    private mutating func mayHoldOpener(_ range: SourceRange?) -> Bool {
        guard let range else { return true }
        let start = range.lowerBound.line
        // Out of order (never expected): search from the first opener again.
        if start < openerCursorLine { openerCursor = 0 }
        openerCursorLine = start
        while openerCursor < commentOpeners.count, commentOpeners[openerCursor] < start { openerCursor += 1 }
        return openerCursor < commentOpeners.count && commentOpeners[openerCursor] <= max(range.upperBound.line, start)
    }

    /// Headings without a date, rules and comments outside entries are not journal content.
    private func countsAsContent(_ block: Block) -> Bool {
        switch block {
        case .heading, .thematicBreak: false
        case .htmlBlock(let html): !CommentCollector.isOnlyComments(html)
        case .paragraph: !ObsidianComment.isWholeComment(block, in: source)
        default: true
        }
    }

    private mutating func open(_ stamp: HeadingStamp, heading: Heading, at index: Int) {
        let range = heading.range
        switch stamp.date {
        case .valid(let date):
            skippingInvalidDay = false
            // jrnl exports repeat the date on every entry (`## 2026-11-12 13:05`, `## 2026-11-12
            // 22:30`): entries of the same date stay one day.
            if !stamp.time.isNone, let current = day, current.date == date {
                openTimedEntry(stamp, heading: heading, at: index)
                return
            }
            closeDay()
            openDay(date: date, title: stamp.time.isNone ? stamp.title : "", heading: range, headingNode: heading, at: index)
            if stamp.time.isNone {
                // The day heading's tags are tags of each of its entries.
                let headingTags = tags(ofBlocks: index..<(index + 1))
                day?.tags += headingTags
            } else {
                openTimedEntry(stamp, heading: heading, at: index)
            }
        case .invalid(let written):
            closeDay()
            skippingInvalidDay = true
            problems.append(JournalProblem(
                kind: .invalidDate,
                message: "\(written) is not a real date; correct it (YYYY-MM-DD) so the entries under it are read",
                range: range ?? SourceRange(line: 1, column: 1, length: 0)))
        case .none:
            if skippingInvalidDay { return }
            guard day != nil else {
                // A time with no date: the heading and what follows it are one undated run.
                if let range { undated = undated.map { SourceRange($0.lowerBound, range.upperBound) } ?? range }
                undatedHasTime = true
                return
            }
            openTimedEntry(stamp, heading: heading, at: index, mayContinuePastMidnight: true)
        }
    }

    /// What to write for a heading dated another way than `YYYY-MM-DD`.
    static func otherDateFormMessage(_ other: OtherDateForm) -> String {
        let written = other.written.withVisibleControls()
        switch other.candidates.count {
        case 1: return "\(written) is read as no date; write it as \(other.candidates[0]) (YYYY-MM-DD) so the entries under it are read on that day"
        case 2: return "\(written) could be \(other.candidates[0]) or \(other.candidates[1]); write the one you meant as YYYY-MM-DD so the entries under it are read on that day"
        default: return "\(written) is not a real date; correct it (YYYY-MM-DD) so the entries under it are read"
        }
    }

    /// - Parameter mayContinuePastMidnight: the heading is a time alone (no date of its own), so
    ///   an entry in the small hours after an evening one is the next day's.
    private mutating func openTimedEntry(_ stamp: HeadingStamp, heading: Heading, at index: Int, mayContinuePastMidnight: Bool = false) {
        dropEmptyImplicitEntry()
        closeEntry()
        var time: TimeOfDay?
        switch stamp.time {
        case .valid(let valid): time = valid
        case .invalid(let written):
            problems.append(JournalProblem(
                kind: .invalidTime,
                message: "\(written) is not a time of day; use HH:MM (00:00 to 23:59) or a 12-hour time such as 9:30pm",
                range: heading.range ?? SourceRange(line: 1, column: 1, length: 0)))
        case .none: break
        }
        if mayContinuePastMidnight, let time, let open = day, let last = open.entries.last?.time, Self.continuesPastMidnight(from: last, to: time),
           let next = open.date.addingWithinRange(days: 1) {
            // `## 22:00` then `## 1am` in one day: the writer kept writing past midnight, so the
            // entry is the next calendar day's (docs/format.md, "Past midnight").
            closeDay()
            day = OpenDay(date: next, title: open.title, heading: nil, headingLevel: open.headingLevel, tags: open.tags)
        }
        entry = OpenEntry(time: time, title: stamp.title, heading: heading, isImplicit: false, blocks: index..<(index + 1))
    }

    /// Whether an entry at `time` written right after one at `last` of the same day is the
    /// night going on: the last entry in the evening (18:00 or later), this one in the small
    /// hours (before 06:00).
    static func continuesPastMidnight(from last: TimeOfDay, to time: TimeOfDay) -> Bool {
        last.minutesSinceMidnight >= 18 * 60 && time.minutesSinceMidnight < 6 * 60
    }

    /// Opens a day; `index` is its heading's block, or for a daily note where its blocks start.
    mutating func openDay(date: JournalDate, title: String, heading: SourceRange?, headingNode: Heading? = nil, at index: Int = 0, tags: [Tag] = []) {
        closeDay()
        day = OpenDay(date: date, title: title, heading: heading, headingLevel: headingNode?.level, tags: tags)
        entry = OpenEntry(time: nil, title: title, heading: headingNode, isImplicit: true, blocks: index..<(headingNode == nil ? index : index + 1))
    }

    private mutating func closeEntry() {
        guard let open = entry, let date = day?.date else { return }
        entry = nil
        let hasContent = open.blocks.count > (open.hasHeading ? 1 : 0)
        // The top of a daily note counts only when something is written there.
        if open.isImplicit, !open.hasHeading, !hasContent { return }
        let finished = makeEntry(open, date: date)
        // Appended in place: a copy of the day would copy its entries on every append.
        day?.entries.append(finished)
    }

    /// Drops the implicit entry of a day heading (or the top of a daily note) when nothing but
    /// headings was written above the first time heading: the day then consists of its timed
    /// entries only. A daily note's title heading (`# Thursday` above `## 08:15`) is no entry;
    /// its tags are the day's.
    private mutating func dropEmptyImplicitEntry() {
        guard let open = entry, open.isImplicit else { return }
        let content = open.blocks.dropFirst(open.hasHeading ? 1 : 0)
        guard content.allSatisfy({ index in
            switch blocks[index] {
            case .heading, .thematicBreak: true
            case .htmlBlock(let html): CommentCollector.isOnlyComments(html)
            case .paragraph: ObsidianComment.isWholeComment(blocks[index], in: source)
            default: false
            }
        }) else { return }
        if !content.isEmpty {
            let headingTags = tags(ofBlocks: content)
            day?.tags += headingTags
        }
        entry = nil
    }

    /// The tags written in some top-level blocks (headings), read as an entry's would be.
    private mutating func tags(ofBlocks range: Range<Int>) -> [Tag] {
        reader.startEntry()
        reader.read(blocks[range], quoteDepth: 0)
        return reader.tags
    }

    mutating func closeDay() {
        closeEntry()
        guard let finished = day else { return }
        day = nil
        if !finished.entries.isEmpty {
            days.append(Day(date: finished.date, title: finished.title, headingRange: finished.heading, entries: finished.entries))
        }
    }

    /// Reports the undated run. Text that holds an entry — a field, or a time heading — is an
    /// `undated-content` error: it cannot be placed on the timeline. Text that holds none (a
    /// note under `# November 2026`, a line of thanks at the top of a file) is an `undated-note`,
    /// kept with its prose so that the linter can still see a worst-case thought in it.
    mutating func flushUndated() {
        guard let range = undated else { return }
        undated = nil
        defer {
            undatedBlocks = []
            undatedHasTime = false
        }
        reader.startEntry()
        for index in undatedBlocks { reader.read(blocks[index..<(index + 1)], quoteDepth: 0) }
        let holdsEntry = undatedHasTime || !reader.temperatures.isEmpty || !reader.evidence.isEmpty || !reader.reassurance.isEmpty
            || !reader.urges.isEmpty || !reader.regulation.isEmpty || !reader.facts.isEmpty || !reader.triggerNotes.isEmpty
        if holdsEntry {
            problems.append(JournalProblem(
                kind: .undatedContent,
                message: "this text has no date; put it under a dated heading such as '# 2026-11-28', or name the file by date (2026-11-28.md)",
                range: range))
        } else {
            undatedNotes.append(UndatedNote(range: range, prose: reader.prose, quotedProse: reader.quotedProse))
            problems.append(JournalProblem(
                kind: .undatedNote,
                message: "this note has no date, so summaries leave it out; date it (a heading such as '# 2026-11-28') if it belongs to a day",
                range: range))
        }
    }

    private mutating func makeEntry(_ open: OpenEntry, date: JournalDate) -> Entry {
        reader.startEntry()
        let entryBlocks = blocks[open.blocks]
        reader.read(entryBlocks, quoteDepth: 0)
        if !reader.problems.isEmpty { problems += reader.problems }
        if !reader.formatNotes.isEmpty { formatNotes += reader.formatNotes }
        var lower: SourceLocation?
        var upper: SourceLocation?
        for block in entryBlocks {
            guard let range = block.range else { continue }
            if lower == nil { lower = range.lowerBound }
            upper = upper.map { max($0, range.upperBound) } ?? range.upperBound
        }
        let start = lower ?? SourceLocation(line: 1, column: 1)
        // The day's tags, unless this entry holds the day heading itself.
        let dayTags = open.isImplicit && open.hasHeading ? [] : (day?.tags ?? [])
        return Entry(
            date: date, time: open.time, title: open.title, headingRange: open.heading?.range,
            range: SourceRange(start, upper ?? start), tags: dayTags.isEmpty ? reader.tags : dayTags + reader.tags, temperatures: reader.temperatures,
            evidence: reader.evidenceSections, reassurance: reader.reassurance, urges: reader.urges,
            regulation: reader.regulation, facts: reader.facts, triggerNotes: reader.triggerNotes,
            unrecognizedFields: reader.unrecognizedFields, prose: reader.prose, quotedProse: reader.quotedProse)
    }
}

extension HeadingStamp.TimePart {
    var isNone: Bool { if case .none = self { true } else { false } }
}
