import Foundation
import Testing

/// The binary, end to end, on journals saved with CR-only, CRLF and mixed line endings (issue 17:
/// after a lone CR every later field was prose, a false worst-case warning followed, and each
/// `lint --fix` added one more scaffold).
@Suite("Line endings, end to end")
struct LineEndingCLITests {
    static let journal = """
        # 2026-11-28 Saturday

        ## 21:40 No reply #no-reply
        temp: red -> yellow
        He is going to leave me, I just know it.

        ## 22:10 Exam
        I will fail the exam and lose everything.

        evidence:
        - for: I did not revise chapter 3
        - against: I passed the mock

        """

    /// The journal with its `\n`s replaced; `mixed` cycles `\n`, `\r\n`, `\r` (a lone `\r` never
    /// before an empty line's `\n`, which would make one CRLF).
    static func bytes(_ style: String) -> [UInt8] {
        let lines = journal.split(separator: "\n", omittingEmptySubsequences: false)
        var output: [UInt8] = []
        for (index, line) in lines.enumerated() {
            output += Array(line.utf8)
            guard index < lines.count - 1 else { break }
            let cycled = index % 3 == 0 ? "\n" : index % 3 == 1 ? "\r\n" : "\r"
            let mixed = cycled == "\r" && lines[index + 1].isEmpty ? "\r\n" : cycled
            output += Array((style == "mixed" ? mixed : style).utf8)
        }
        return output
    }

    /// The findings of `lint --format json` without the file name.
    static func findings(_ json: [UInt8]) throws -> [NSDictionary] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        return findings.map { finding in
            var finding = finding
            finding["path"] = nil
            return finding as NSDictionary
        }
    }

    @Test(arguments: ["\r", "\r\n", "mixed"])
    func crCRLFAndMixedJournalsLintAndParseAsTheirLFTwin(_ style: String) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("lf.md", bytes: Self.bytes("\n"))
        try folder.write("other.md", bytes: Self.bytes(style))
        let twin = try await SteadyBinary.run(["lint", "--format", "json", "lf.md"], in: folder.path)
        let other = try await SteadyBinary.run(["lint", "--format", "json", "other.md"], in: folder.path)
        #expect(other.status == twin.status, "\(other.transcript)")
        #expect(try Self.findings(other.stdout) == Self.findings(twin.stdout))
        // One worst-case warning (line 5), none for the examined thought below its evidence.
        #expect(try Self.findings(other.stdout).filter { $0["rule"] as? String == "unsupported-catastrophizing" }.count == 1, "\(other.stdoutText)")

        let parsedTwin = try await SteadyBinary.run(["parse", "--format", "json", "lf.md"], in: folder.path)
        let parsed = try await SteadyBinary.run(["parse", "--format", "json", "other.md"], in: folder.path)
        #expect(parsed.stdoutText.replacingOccurrences(of: "other.md", with: "lf.md") == parsedTwin.stdoutText)
        #expect(parsed.stdoutText.contains("\"temperatures\":[{\"value\":\"red\""), "\(parsed.stdoutText)")

        let summaryTwin = try await SteadyBinary.run(["summary", "--format", "json", "--from", "2026-11-22", "--to", "2026-11-28", "lf.md"], in: folder.path)
        let summary = try await SteadyBinary.run(["summary", "--format", "json", "--from", "2026-11-22", "--to", "2026-11-28", "other.md"], in: folder.path)
        #expect(summary.stdoutText.replacingOccurrences(of: "other.md", with: "lf.md") == summaryTwin.stdoutText)
    }

    @Test(arguments: ["\r", "\r\n", "mixed"])
    func lintFixTwiceOnCRCRLFAndMixedJournalsAddsOneScaffoldAndKeepsEachEnding(_ style: String) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = Self.bytes(style)
        try folder.write("journal.md", bytes: original)
        let first = try await SteadyBinary.run(["lint", "--fix", "journal.md"], in: folder.path)
        #expect(first.status == 0, "\(first.transcript)")
        let once = try folder.read("journal.md")
        let second = try await SteadyBinary.run(["lint", "--fix", "journal.md"], in: folder.path)
        #expect(second.status == 0, "\(second.transcript)")
        #expect(try folder.read("journal.md") == once, "a second --fix changed the file")
        let text = String(decoding: once, as: UTF8.self)
        #expect(text.components(separatedBy: "evidence:").count - 1 == 2)

        // The scaffold is inserted after line 5 ("He is going…"), ended as that line is ended;
        // the writer's bytes are the file's, minus the inserted lines.
        let lineFive = Self.lineRanges(original)[4]
        let ending = Array(original[lineFive.content.upperBound..<lineFive.end])
        let head = Array(original[..<lineFive.end])
        #expect(Array(once.prefix(head.count)) == head)
        let scaffold = ["", "evidence:", "- for:", "- against:"]
        var expected = head
        for line in scaffold { expected += Array(line.utf8) + ending }
        #expect(Array(once.prefix(expected.count)) == expected)
        let rest = Array(original[lineFive.end...])
        #expect(Array(once.suffix(rest.count)) == rest)
        let insertedCount = once.count - original.count
        let inserted = once[head.count..<(head.count + insertedCount)]
        #expect(Self.lineRanges(Array(inserted)).allSatisfy { Array(inserted[inserted.startIndex + $0.content.upperBound..<inserted.startIndex + $0.end]) == ending })
    }

    /// Each line's content and where its ending ends, lines ended by `\n`, `\r\n` or `\r`.
    static func lineRanges(_ bytes: [UInt8]) -> [(content: Range<Int>, end: Int)] {
        var lines: [(Range<Int>, Int)] = []
        var start = 0, index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A || bytes[index] == 0x0D {
                let contentEnd = index
                if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                lines.append((start..<contentEnd, index + 1))
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { lines.append((start..<bytes.count, bytes.count)) }
        return lines
    }

    @Test func aLoneCREndsAFindingsLineAndIsNeverPrintedRaw() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A lone CR ends a line; the text reporter never prints it raw.
        try folder.write("journal.md", bytes: Array("# 2026-11-28\r\rtemp: purple\rnext\r".utf8))
        let result = try await SteadyBinary.run(["lint", "--color", "never", "journal.md"], in: folder.path)
        #expect(result.stdoutText.contains("journal.md:3:7"), "\(result.transcript)")
        #expect(!result.stdout.contains(0x0D), "\(result.transcript)")
    }
}
