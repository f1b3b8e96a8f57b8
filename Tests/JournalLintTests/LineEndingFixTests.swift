@testable import JournalLint
import MarkdownSyntax
import Testing

/// Lint and `--fix` read CR, CRLF and mixed line endings as cmark does (issue 17: after a lone CR
/// the fields and evidence were read as prose, a false worst-case warning followed, and every
/// `--fix` added one more scaffold).
@Suite struct LineEndingFixTests {
    static let journal = """
        # 2026-11-28 Saturday

        ## 21:40 No reply #no-reply
        He is going to leave me, I just know it.
        temp: red -> yellow

        ## 22:10 Exam
        I will fail the exam and lose everything.

        evidence:
        - for: I did not revise chapter 3
        - against: I passed the mock

        <!-- steady-disable-next-line unsupported-catastrophizing -- talked it through -->
        Everyone will laugh at me and I will be fired.

        ## 23:00 Bed
        temp: purple
        I will fail the driving test and lose everything.
        """

    /// `text` with its `\n`s replaced; `mixed` cycles `\n`, `\r\n`, `\r` (never a lone `\r`
    /// before an empty line's `\n`, which would be one CRLF). `finalEnding`: end the file with one.
    static func bytes(_ text: String, _ style: String, finalEnding: Bool) -> [UInt8] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var output: [UInt8] = []
        for (index, line) in lines.enumerated() {
            output += Array(line.utf8)
            guard index < lines.count - 1 || finalEnding else { break }
            let cycled = index % 3 == 0 ? "\n" : index % 3 == 1 ? "\r\n" : "\r"
            let next = index + 1 < lines.count ? lines[index + 1] : "x"
            let mixed = cycled == "\n" && output.last == 0x0D || cycled == "\r" && next.isEmpty ? "\r\n" : cycled
            output += Array((style == "mixed" ? mixed : style).utf8)
        }
        return output
    }

    static let styles = ["\r", "\r\n", "mixed"]

    private func lint(_ bytes: [UInt8]) -> [Finding] {
        LintEngine().lint(files: [(path: "journal.md", bytes: bytes)], configuration: .default).findings
    }

    @Test(arguments: styles, [true, false])
    func findingsWithAnyLineEndingsAreThoseOfTheLFTwin(_ style: String, _ finalEnding: Bool) {
        let twin = lint(Self.bytes(Self.journal, "\n", finalEnding: finalEnding))
        let findings = lint(Self.bytes(Self.journal, style, finalEnding: finalEnding))
        #expect(findings.map(\.ruleID) == twin.map(\.ruleID))
        #expect(findings.map(\.range) == twin.map(\.range))
        #expect(findings.map(\.message) == twin.map(\.message))
        #expect(findings.map(\.lineText) == twin.map(\.lineText))
        #expect(findings.map { $0.fix?.afterLine } == twin.map { $0.fix?.afterLine })
        // The examined thought and the suppressed one stay quiet; the two others are found.
        #expect(findings.filter { $0.ruleID == "unsupported-catastrophizing" }.map(\.range.lowerBound.line) == [4, 19])
        #expect(!findings.contains { $0.ruleID == "invalid-temperature" && $0.range.lowerBound.line == 5 })
    }

    @Test(arguments: styles + ["\n"], [true, false])
    func fixTwiceIsIdempotentAndKeepsEveryByteOfTheWriter(_ style: String, _ finalEnding: Bool) throws {
        let original = Self.bytes(Self.journal, style, finalEnding: finalEnding)
        let fixes = lint(original).compactMap(\.fix)
        try #require(fixes.count == 2)
        let once = FixApplier.apply(fixes, to: original)
        let again = lint(once).compactMap(\.fix)
        #expect(again.isEmpty, "a second --fix would insert \(again.count) more scaffolds")
        #expect(FixApplier.apply(again, to: once) == once)

        // Take the inserted lines out again: what is left is the writer's bytes, in order.
        let originalText = SourceText(bytes: original)
        let output = SourceText(bytes: once)
        var kept: [UInt8] = []
        var inserted: [(line: Int, fix: Fix)] = []
        var shift = 0
        for fix in fixes.sorted(by: { $0.afterLine < $1.afterLine }) {
            inserted.append((fix.afterLine + shift, fix))
            shift += fix.lines.count
        }
        var line = 1
        while line <= output.lineCount {
            if let (after, fix) = inserted.first(where: { $0.line + 1 == line }) {
                // Each inserted line is the fix's text, ended as the line it follows is ended.
                var expectedEnding = Array(originalText.lineEnding(fix.afterLine))
                if expectedEnding.isEmpty { expectedEnding = Array(output.lineEnding(after)) }
                for (offset, text) in fix.lines.enumerated() {
                    #expect(output.lineString(line + offset) == text)
                    #expect(Array(output.lineEnding(line + offset)) == expectedEnding)
                }
                line += fix.lines.count
                continue
            }
            let range = output.byteRange(ofLine: line)
            kept += once[range.lowerBound..<(range.upperBound + output.lineEnding(line).count)]
            line += 1
        }
        if finalEnding {
            #expect(kept == original)
        } else {
            // The last line got an ending before the scaffold below it; nothing else changed.
            #expect(Array(kept.prefix(original.count)) == original)
            #expect(Array(kept.dropFirst(original.count)) == Array(originalText.lineEnding(originalText.lineCount - 1)))
        }
    }

    /// A directive written over several lines names its rule after a line ending of any kind, and
    /// its "next line" is counted as cmark counts lines.
    @Test(arguments: ["\n", "\r", "\r\n"])
    func multiLineSuppressionCommentWorksWithAnyLineEnding(_ ending: String) {
        let text = ["# 2026-11-28", "", "<!--", "steady-disable-next-line unsupported-catastrophizing", "-->",
                    "I will fail the exam and lose everything.", "", "He is going to leave me, I just know it.", ""]
        let findings = lint(Array(text.joined(separator: ending).utf8)).filter { $0.ruleID == "unsupported-catastrophizing" }
        #expect(findings.map(\.range.lowerBound.line) == [8])
    }
}
