@testable import JournalLint
import JournalModel
import MarkdownSyntax
import Testing

/// The text report of a years-long journal is megabytes: it is handed over in pieces, never held
/// whole (nor twice, as text and as bytes), and the pieces make up exactly the one text.
@Suite("Text report in pieces")
struct TextReportPiecesTests {
    /// `entries` entries of `perEntry` findings each, in file order.
    private func report(entries: Int, perEntry: Int) -> LintReport {
        var findings: [Finding] = []
        for entry in 0..<entries {
            let label = EntryLabel(date: JournalDate(dayNumber: 20_000 + entry), time: TimeOfDay(hour: 21, minute: 40), title: "no reply since lunch")
            for index in 0..<perEntry {
                let line = entry * 10 + index + 1
                findings.append(Finding(
                    ruleID: "unsupported-catastrophizing", severity: .warning, message: "worst-case thought with no evidence examined",
                    path: "journal.md", range: SourceRange(SourceLocation(line: line, column: 1), SourceLocation(line: line, column: 20)),
                    lineText: "he's going to leave me, i just know it (entry \(entry))", cue: "going to leave me", entry: label))
            }
        }
        return LintReport(findings: findings, fileCount: 1)
    }

    @Test("A large report comes in pieces of about the piece size that make up the whole text")
    func piecesMakeUpTheWhole() {
        let report = report(entries: 1_500, perEntry: 3)
        let options = ReportOptions(wentWell: "What went well: you paused before reacting 3 times (urges resisted).")
        var pieces: [[UInt8]] = []
        TextReporter.write(report, options: options) { pieces.append($0) }
        var whole: [UInt8] = []
        var wholePieces = 0
        TextReporter.write(report, options: options, pieceSize: .max) { whole += $0; wholePieces += 1 }
        #expect(wholePieces == 1)
        #expect(whole.count > 3 * TextReporter.pieceSize)
        #expect(pieces.count > 3)
        #expect(Array(pieces.joined()) == whole)
        // Each piece but the last ends after an entry's findings, a little past the piece size.
        for piece in pieces.dropLast() {
            #expect(piece.count >= TextReporter.pieceSize && piece.count < TextReporter.pieceSize + 4_096)
        }
        #expect(String(decoding: pieces.last ?? [], as: UTF8.self).hasSuffix("(urges resisted).\n"))
    }

    @Test("A small report is one piece")
    func smallReportIsOnePiece() {
        var pieces = 0
        TextReporter.write(report(entries: 3, perEntry: 2), options: ReportOptions()) { _ in pieces += 1 }
        #expect(pieces == 1)
    }
}
