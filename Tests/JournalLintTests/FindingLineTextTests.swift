@testable import JournalLint
import Testing

/// Findings on one line share that line's text (made once, not per finding: quadratic on a
/// one-paragraph journal, found by the fuzzer); findings on other lines still get their own.
@Suite("Source lines of findings")
struct FindingLineTextTests {
    @Test("Each finding carries the text of its own line, when several share a line and when they do not")
    func lineTextPerFinding() throws {
        let spiral = "I will definitely fail. Everyone will hate me. This always ruins everything."
        let first = spiral + " " + spiral + " " + spiral
        let second = "Later: " + spiral
        let report = lint("# 2026-11-28\n\n## 22:00 spiral\n\n" + first + "\n\n## 23:00 later\n\n" + second + "\n")
        let onFirst = report.findings.filter { $0.range.lowerBound.line == 5 }
        let onSecond = report.findings.filter { $0.range.lowerBound.line == 9 }
        try #require(onFirst.count >= 2 && !onSecond.isEmpty)
        #expect(onFirst.allSatisfy { $0.lineText == first })
        #expect(onSecond.allSatisfy { $0.lineText == second })
    }
}
