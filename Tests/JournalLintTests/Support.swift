import Foundation
@testable import JournalLint
import JournalModel
import MarkdownSyntax
import ThinkingTraps
import Testing

/// Lints in-memory journals with the standard registry.
func lint(_ files: [(path: String, text: String)], configuration: LintConfiguration = .default) -> LintReport {
    LintEngine().lint(files: files.map { (path: $0.path, bytes: Array($0.text.utf8)) }, configuration: configuration)
}

/// Lints one journal named `path`.
func lint(_ text: String, path: String = "journal.md", configuration: LintConfiguration = .default) -> LintReport {
    lint([(path: path, text: text)], configuration: configuration)
}

/// The findings of one rule in `text`.
func findings(_ ruleID: String, in text: String, path: String = "journal.md", configuration: LintConfiguration = .default) -> [Finding] {
    lint(text, path: path, configuration: configuration).findings.filter { $0.ruleID == ruleID }
}

/// A 1-based line and 1-based UTF-8 byte column, easy to compare in `#expect`.
struct Place: Hashable, CustomStringConvertible, Sendable {
    let line: Int
    let column: Int
    init(_ line: Int, _ column: Int) {
        self.line = line
        self.column = column
    }
    init(_ location: MarkdownSyntax.SourceLocation) {
        self.init(location.line, location.column)
    }
    var description: String { "\(line):\(column)" }
}

extension Finding {
    var start: Place { Place(range.lowerBound) }
    var end: Place { Place(range.upperBound) }
}

/// An example with its `↓` markers removed and their places recorded.
struct MarkedExample: Sendable {
    let text: String
    let markers: [Place]

    static let marker = "↓"

    init(_ marked: String) {
        var text = ""
        var markers: [Place] = []
        var line = 1
        var column = 1
        for character in marked {
            if character == "↓" {
                markers.append(Place(line, column))
                continue
            }
            text.append(character)
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.utf8.count
            }
        }
        self.text = text
        self.markers = markers
    }
}

/// The byte column (1-based) where `needle` starts on the line that contains it.
func byteColumn(of needle: String, in text: String) -> Place? {
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if let range = line.range(of: needle) {
            return Place(index + 1, line.utf8.distance(from: line.startIndex, to: range.lowerBound) + 1)
        }
    }
    return nil
}

/// A configuration for lint tests. The only place these tests build a `LintConfiguration` or read
/// its properties, so a change to its shape (the real configuration replacing the stand-in) is an
/// edit here only. In `rules`, `nil` switches a rule off.
func lintTestConfiguration(
    rules: [String: Severity?] = [:],
    reassuranceMaxPerDay: Int? = nil,
    dayStartsAt: (hour: Int, minute: Int)? = nil,
    requireAgainst: Bool? = nil,
    extraPhrases: [(phrase: String, kind: ClaimKind)] = [],
    ignoredPhrases: [String] = [],
    crisisMessage: String? = nil
) -> LintConfiguration {
    var configuration = LintConfiguration.default
    for (id, severity) in rules {
        configuration.rules[id] = severity.map { .enabled($0) } ?? .off
    }
    if let reassuranceMaxPerDay { configuration.reassurance.maxPerDay = reassuranceMaxPerDay }
    if let dayStartsAt { configuration.dayStartsAt = TimeOfDay(hour: dayStartsAt.hour, minute: dayStartsAt.minute)! }
    if let requireAgainst { configuration.catastrophizing.requireAgainst = requireAgainst }
    configuration.catastrophizing.extraPhrases = extraPhrases.map { LintConfiguration.ExtraPhrase(phrase: $0.phrase, kind: $0.kind) }
    configuration.catastrophizing.ignoredPhrases = ignoredPhrases
    if let crisisMessage { configuration.crisis.message = crisisMessage }
    return configuration
}

/// The crisis message a default configuration shows.
let defaultCrisisMessageForTests = LintConfiguration.default.crisis.message

extension Reporter {
    /// The whole report in one array.
    static func render(_ report: LintReport, options: ReportOptions) -> [UInt8] {
        var all: [UInt8] = []
        write(report, options: options) { all += $0 }
        return all
    }

    /// The whole report decoded as text, for assertions on what it says.
    static func text(_ report: LintReport, options: ReportOptions) -> String {
        String(decoding: render(report, options: options), as: UTF8.self)
    }
}

extension FindingJSONEncoder {
    /// Appends one finding with an encoder (and scratch) of its own.
    static func append(_ finding: Finding, includeText: Bool, to bytes: inout [UInt8]) {
        var encoder = FindingJSONEncoder()
        withUnsafePointer(to: finding) { encoder.encode($0, includeText: includeText, to: &bytes) }
    }
}
