import Testing
@testable import JournalModel
@testable import MarkdownSyntax

/// Swift Testing has a `SourceLocation` too; in these tests the name means the Markdown one.
typealias SourceLocation = MarkdownSyntax.SourceLocation

func build(_ text: String, path: String = "journal.md") -> Journal {
    JournalBuilder.build(bytes: Array(text.utf8), path: path)
}

/// The single entry of a one-entry journal under `# 2026-11-28`.
func entry(_ body: String) throws -> Entry {
    let journal = build("# 2026-11-28\n\n" + body)
    try #require(journal.entries.count == 1, "expected one entry, got \(journal.entries.count)")
    return journal.entries[0]
}

func date(_ text: String) -> JournalDate { JournalDate(text)! }
func time(_ text: String) -> TimeOfDay { TimeOfDay(text)! }

func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
    SourceRange(SourceLocation(line: line, column: column), SourceLocation(line: endLine, column: endColumn))
}

/// The source bytes a range covers, as text.
func slice(_ range: SourceRange, of journal: Journal) -> String {
    let source = journal.source
    return String(decoding: source.bytes[source.offset(of: range.lowerBound)..<source.offset(of: range.upperBound)], as: UTF8.self)
}

extension Entry {
    /// The prose of the entry's body: its own heading (which is prose too, stamp included) left out.
    var bodyProse: [ProseSpan] { prose.filter { $0.blockRange != headingRange } }
}
