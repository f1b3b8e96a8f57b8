import JournalModel
import MarkdownSyntax

/// Collects findings for one rule, filling in severity, path and source line.
public struct FindingSink {
    private(set) var ruleID: String
    private(set) var severity: Severity
    /// Whether to keep the writer's words (source line, detail, cue); see `LintEngine.keepsText`.
    let keepsText: Bool
    private(set) var findings: [Finding] = []
    /// For collecting rules, the index (in the files the rule was given) of each finding's file, when the
    /// rule gave them all: the engine then files them without comparing paths.
    private(set) var fileIndices: [Int] = []
    /// The source line of the last finding, shared by the next one on the same line: a
    /// one-paragraph journal has thousands of findings on one line, and making its string for
    /// each was quadratic (an 815 KB line: 7 s).
    private var lastLine: (path: String, number: Int, text: String)?

    init(ruleID: String, severity: Severity, keepsText: Bool = true) {
        self.ruleID = ruleID
        self.severity = severity
        self.keepsText = keepsText
    }

    /// Makes the findings reported from now on the rule `ruleID`'s, at `severity`: the engine
    /// runs every journal rule of a file into one sink.
    mutating func beginRule(_ ruleID: String, severity: Severity) {
        self.ruleID = ruleID
        self.severity = severity
    }

    /// The findings so far, moved out (the sink is left empty).
    mutating func takeFindings() -> [Finding] {
        var taken: [Finding] = []
        swap(&taken, &findings)
        return taken
    }

    /// Adds a finding in `source` (the file at `path`).
    public mutating func report(_ message: Finding.Message, detail: String? = nil, at range: SourceRange, path: String, source: SourceText,
                                fix: Fix? = nil, kind: String? = nil, cue: String? = nil, help: String? = nil) {
        var line = ""
        if keepsText {
            let number = range.lowerBound.line
            if let lastLine, lastLine.number == number, lastLine.path == path {
                line = lastLine.text
            } else {
                line = source.lineString(number)
                lastLine = (path, number, line)
            }
        }
        findings.append(Finding(ruleID: ruleID, severity: severity, message: message.text, detail: keepsText ? detail : nil, path: path,
                                range: range, lineText: line, fix: fix, kind: kind, cue: keepsText ? cue : nil, help: help,
                                spokenMessage: message.spoken))
    }

    /// Adds a finding whose source line is already known (collecting rules keep lines, not files).
    /// - Parameter file: the index of the finding's file in the files the rule was given.
    /// - Parameter entry: the entry the finding is in, kept only with the writer's words.
    public mutating func report(_ message: Finding.Message, detail: String? = nil, at range: SourceRange, path: String, lineText: String, cue: String? = nil,
                                file: Int? = nil, entry: EntryLabel? = nil) {
        if let file, fileIndices.count == findings.count { fileIndices.append(file) }
        findings.append(Finding(ruleID: ruleID, severity: severity, message: message.text, detail: keepsText ? detail : nil, path: path,
                                range: range, lineText: lineText, cue: keepsText ? cue : nil, spokenMessage: message.spoken,
                                entry: keepsText ? entry : nil))
    }
}
