import JournalModel
import MarkdownSyntax

/// One thing the linter noticed, at an exact place.
///
/// `message` never quotes the journal (it names the rule, kind and numbers), so machine-readable
/// reports can carry it safely; `detail` may quote the writer's words or the cue that fired and
/// is shown only to the person (text output) or with `--include-text`.
public struct Finding: Sendable, Hashable {
    public let ruleID: String
    public var severity: Severity
    public let message: String
    public let detail: String?
    public let path: String
    public let range: SourceRange
    /// The source line the finding starts on, for the caret display.
    public let lineText: String
    /// An edit that `--fix` may apply.
    public let fix: Fix?
    /// The kind of what was found, where a rule has kinds (`fortune-telling`); not the writer's words.
    public let kind: String?
    /// The lexicon cue that fired, for detector findings. It echoes the writer's words, so
    /// machine-readable reports carry it only with `--include-text`.
    public let cue: String?
    /// Steady's own guidance for the person (the cross-examination questions): shown in text
    /// output. One shared string, not a copy per finding, since a large journal has many.
    public let help: String?
    /// The message in the voice for people (`Finding.Message.spoken`), when it differs from
    /// `message`; the formats people read show it (text, gcc, the language server's diagnostics).
    public let spokenMessage: String?
    /// The entry the finding is in (its date, time and title), for grouping the text format;
    /// set only when the writer's words are kept, since the title is theirs.
    public var entry: EntryLabel?

    public init(ruleID: String, severity: Severity, message: String, detail: String? = nil, path: String, range: SourceRange,
                lineText: String, fix: Fix? = nil, kind: String? = nil, cue: String? = nil, help: String? = nil,
                spokenMessage: String? = nil, entry: EntryLabel? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.detail = detail
        self.path = path
        self.range = range
        self.lineText = lineText
        self.fix = fix
        self.kind = kind
        self.cue = cue
        self.help = help
        self.spokenMessage = spokenMessage
        self.entry = entry
    }

    /// What the text format says: the spoken wording, else the message.
    public var messageForPeople: String { spokenMessage ?? message }

    /// What a finding is called where a person reads it: plainly by severity for the format; for
    /// the practice (`RuleConcern.wellbeing`) never an error or a warning, but `please read` for
    /// words of self-harm, else `to look at`, or `noticed` for a note (docs/voice.md).
    public func labelForPeople(concern: RuleConcern) -> String {
        guard concern == .wellbeing else { return severity.rawValue }
        if ruleID == "crisis-language" { return "please read" }
        return severity == .note ? "noticed" : "to look at"
    }
}

/// Which entry a finding is in, as its heading names it.
public struct EntryLabel: Sendable, Hashable {
    public let date: JournalDate
    public let time: TimeOfDay?
    /// The heading's text after the date and time (the writer's words); empty when none.
    public let title: String

    public init(date: JournalDate, time: TimeOfDay?, title: String) {
        self.date = date
        self.time = time
        self.title = title
    }
}

extension Finding {
    /// Sorts one file's findings into the report's order: by place, then rule id, ties kept in
    /// the order given (files come in path order).
    static func sortInFileOrder(_ findings: inout [Finding]) {
        // A file's findings usually come in order already.
        guard findings.count > 1, !isInFileOrder(findings) else { return }
        let order = findings.indices.sorted { lhs, rhs in
            if findings[lhs].precedesInFileOrder(findings[rhs]) { return true }
            if findings[rhs].precedesInFileOrder(findings[lhs]) { return false }
            return lhs < rhs
        }
        findings = order.map { findings[$0] }
    }

    /// Whether `findings` are in file order already (no finding precedes the one before it).
    static func isInFileOrder(_ findings: [Finding]) -> Bool {
        zip(findings, findings.dropFirst()).allSatisfy { previous, next in !next.precedesInFileOrder(previous) }
    }

    /// Whether this finding comes strictly before `other` in a file's order: by place, then rule id.
    func precedesInFileOrder(_ other: Finding) -> Bool {
        let left = range.lowerBound, right = other.range.lowerBound
        if left != right { return left < right }
        return ruleID < other.ruleID
    }

    /// Appends to `merged` the findings of `sorted` and `more`, both in file order, in file
    /// order; on ties those of `sorted` first. The same as sorting `sorted + more` (the sort is
    /// stable), without sorting a file's many findings again for the few a corpus rule adds.
    static func mergeInFileOrder(_ sorted: consuming [Finding], _ more: consuming [Finding], into merged: inout [Finding]) {
        var next = 0, nextMore = 0
        while next < sorted.count && nextMore < more.count {
            if more[nextMore].precedesInFileOrder(sorted[next]) {
                merged.append(more[nextMore])
                nextMore += 1
            } else {
                merged.append(sorted[next])
                next += 1
            }
        }
        merged += sorted[next...]
        merged += more[nextMore...]
    }
}

/// What `--fix` may do: insert whole lines, or change syntax inside a line (a colon after a
/// field key). Fixes never change or remove the writer's words.
public struct Fix: Sendable, Hashable {
    /// The new lines go after this 1-based line.
    public let afterLine: Int
    /// The lines to insert, without line endings.
    public let lines: [String]
    /// A change of syntax inside one line, if the fix is one.
    public let syntaxEdit: SyntaxEdit?

    public init(afterLine: Int, lines: [String]) {
        self.afterLine = afterLine
        self.lines = lines
        self.syntaxEdit = nil
    }

    /// A fix that writes `replacement` in place of the syntax at `range` (on one line).
    public init(replacing range: SourceRange, with replacement: String) {
        self.afterLine = range.lowerBound.line
        self.lines = []
        self.syntaxEdit = SyntaxEdit(range: range, replacement: replacement)
    }
}

/// Syntax Steady read tolerantly, written the format's own way: the bytes of `range` (a key
/// and its separator, on one line) become `replacement`. What the range covers is syntax the
/// model recognised (`FormatNote`), never the writer's words.
public struct SyntaxEdit: Sendable, Hashable {
    public let range: SourceRange
    public let replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

extension EntryLabel {
    /// The label of `entry`.
    init(_ entry: Entry) {
        self.init(date: entry.date, time: entry.time, title: entry.title)
    }

    /// Gives each finding (in file order) the entry whose lines hold it: one walk over both, in
    /// step. Findings outside every entry (a file's preamble, a day's heading, a heading with
    /// an impossible date between days) stay unlabelled: the entry above them is not theirs,
    /// and a file read a run of days at a time (`JournalDayRuns`) would not see it.
    static func label(_ findings: inout [Finding], entries: [Entry]) {
        guard !entries.isEmpty else { return }
        var current = -1
        for index in findings.indices {
            let line = findings[index].range.lowerBound.line
            while current + 1 < entries.count, entries[current + 1].range.lowerBound.line <= line { current += 1 }
            if current >= 0, line <= entries[current].range.upperBound.line { findings[index].entry = EntryLabel(entries[current]) }
        }
    }
}
