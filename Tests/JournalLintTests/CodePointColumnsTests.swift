@testable import JournalLint
import Testing

/// SARIF's code-point columns, counted on from the last one on a line (linear over a line's
/// findings, found by the fuzzer), agree with counting each from the line's start.
@Suite("SARIF code-point columns")
struct CodePointColumnsTests {
    @Test("Going forward, back and to another line gives the columns counted from the start")
    func agreesWithCountingFromTheStart() {
        let line = "Café 🙂 大丈夫 x\u{301}y and more words"
        var counter = CodePointColumns()
        let columns = [1, 4, 6, 7, 9, 12, 3, 15, 99, 2, 30, 0]
        for column in columns {
            #expect(counter.column(column, in: line, path: "a.md", line: 3) == countedFromStart(column, in: line),
                    "column \(column)")
        }
        let other = "🙂🙂🙂"
        #expect(counter.column(9, in: other, path: "a.md", line: 4) == countedFromStart(9, in: other))
        #expect(counter.column(5, in: other, path: "b.md", line: 4) == countedFromStart(5, in: other))
    }

    @Test("Columns outside the line are clamped to it")
    func clamping() {
        var counter = CodePointColumns()
        #expect(counter.column(0, in: "🙂", path: "a.md", line: 1) == 1)
        #expect(counter.column(99, in: "🙂x", path: "a.md", line: 2) == 3)
        #expect(counter.column(5, in: "🙂x", path: "a.md", line: 3) == 2)
    }

    @Test("A SARIF report of a long one-paragraph journal has each finding's code-point columns")
    func longParagraph() throws {
        let paragraph = "é " + String(repeating: "I will definitely fail. Everyone will hate me. This always ruins everything. ", count: 200)
        let report = lint("# 2026-11-28\n\n## 22:00 spiral\n\n" + paragraph + "\n")
        var out: [UInt8] = []
        SARIFReporter.write(report, options: ReportOptions()) { out += $0 }
        let sarif = String(decoding: out, as: UTF8.self)
        let last = try #require(report.findings.last)
        let expected = countedFromStart(last.range.lowerBound.column, in: paragraph)
        #expect(sarif.contains("\"startColumn\":\(expected)"))
    }
}

/// The reference: the 1-based code-point column of the 1-based byte column in `line`, counted
/// from the line's start by decoding the bytes before it.
private func countedFromStart(_ byteColumn: Int, in line: String) -> Int {
    let bytes = Array(line.utf8)
    let prefix = min(max(byteColumn - 1, 0), bytes.count)
    return String(decoding: bytes[0..<prefix], as: UTF8.self).unicodeScalars.count + 1
}
