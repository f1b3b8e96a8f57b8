import Foundation
import SteadyTestSupport
import Testing
@testable import JournalModel
import MarkdownSyntax

@Suite struct JournalRobustnessTests {
    @Test func invalidUTF8IsReportedAndTheRestIsRead() throws {
        var bytes = Array("# 2026-11-28\n\nbad ".utf8) + [0xC3] + Array(" byte #tag\ntemp: red\n".utf8)
        bytes += Array("lone ".utf8) + [0x80, 0x80] + Array("\nover ".utf8) + [0xC0, 0xAF] + Array("\n".utf8)
        let journal = JournalBuilder.build(bytes: bytes, path: "2026-11-28.md")
        let problems = journal.problems.filter { $0.kind == .invalidUTF8 }
        // One range per run of bad bytes, in the file's own byte columns.
        #expect(problems.map(\.range) == [
            SourceRange(line: 3, column: 5, length: 1),
            SourceRange(line: 5, column: 6, length: 2),
            SourceRange(line: 6, column: 6, length: 2),
        ])
        let entry = try #require(journal.entries.first)
        #expect(entry.tagNames == ["tag"])
        // "bad " + 1 bad byte + " byte ": #tag keeps its column in the file, 12.
        #expect(entry.tags.first?.range == SourceRange(line: 3, column: 12, length: 4))
        #expect(entry.temperatures.map(\.value) == [.red])
    }

    @Test func emptyAndWhitespaceFiles() {
        for input in ["", "   ", "\n\n", "\t \r\n \r\n"] {
            let journal = build(input)
            #expect(journal.days.isEmpty && journal.problems.isEmpty && journal.comments.isEmpty)
            let daily = build(input, path: "2026-11-28.md")
            #expect(daily.entries.isEmpty, "an empty daily note has no entry")
        }
    }

    @Test func binaryLookingInputDoesNotCrash() {
        var generator = SeededGenerator(seed: 42)
        for size in [0, 1, 3, 64, 1_000, 100_000] {
            var bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            for index in stride(from: 0, to: size, by: 7) { bytes[index] = 0 }
            let journal = JournalBuilder.build(bytes: bytes, path: "2026-11-28.bin")
            _ = JournalTree.render(journal)
            var writer = JSONWriter()
            JournalJSON.begin(into: &writer)
            JournalJSON.write(journal, into: &writer)
            JournalJSON.finish(into: &writer)
            #expect(!writer.bytes.isEmpty)
        }
    }

    @Test func randomJournalShapedInputDoesNotCrash() {
        var generator = SeededGenerator(seed: 7)
        let pieces = ["# 2026-11-28", "## 10:00", "## 25:99", "temp: red -> ", "evidence:", "- for: x", "> ", "\\", "`", "<!--", "-->",
                      "#tag", "🙂", "\r\n", "\n", "  ", "*", "[", "](u)", "urge: x (acted)", "---", "    ", "1. ", "é", "<div>"]
        for _ in 0..<300 {
            let text = (0..<40).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            let journal = build(text)
            for entry in journal.entries {
                for span in entry.prose {
                    _ = span.sourceRange(ofUTF8: 0..<span.text.utf8.count)
                }
            }
        }
    }

    @Test func deeplyNestedContainers() throws {
        let quotes = build("# 2026-11-28\n" + String(repeating: ">", count: 10_000) + " deep #q\n")
        #expect(quotes.entries.first?.quotedProse.map(\.text) == ["deep #q"])
        #expect(quotes.entries.first?.tagNames == ["q"])

        var list = "# 2026-11-28\n"
        for level in 0..<300 { list += String(repeating: "  ", count: level) + "- temp: red\n" }
        #expect(build(list).entries.first?.temperatures.count == 300)

        let emphasis = "# 2026-11-28\n" + String(repeating: "*", count: 10_000) + "#x" + String(repeating: "*", count: 10_000) + "\n"
        #expect(build(emphasis).entries.first?.tagNames == ["x"])
    }

    @Test func veryLongLine() throws {
        let line = String(repeating: "He's going to leave me. 🙂 ", count: 50_000) + "#end"
        let entry = try entry(line + "\n")
        #expect(entry.tagNames == ["end"])
        #expect(entry.tags.first?.range.lowerBound.column == line.utf8.count - 3)
    }

    @Test func crlfJournal() throws {
        let text = "# 2026-11-28 Saturday\r\n\r\n## 21:40 No reply #no-reply\r\ntemp: red -> yellow\r\nurge: text him (resisted)\r\n\r\nevidence:\r\n- for: he was short\r\n- against: meetings\r\n"
        let journal = JournalBuilder.build(bytes: Array(text.utf8), path: "j.md")
        let entry = try #require(journal.entries.first)
        #expect(journal.entries.count == 1)
        #expect(entry.title == "No reply #no-reply")
        #expect(entry.tags.map(\.range) == [SourceRange(line: 3, column: 19, length: 9)])
        #expect(entry.temperatures.map(\.range) == [SourceRange(line: 4, column: 7, length: 3), SourceRange(line: 4, column: 14, length: 6)])
        #expect(entry.urges.map(\.text) == ["text him"])
        #expect(entry.urges.first?.range == SourceRange(line: 5, column: 1, length: 25))
        #expect(entry.evidence.first?.items.map(\.text) == ["he was short", "meetings"])
        #expect(entry.range.upperBound.column <= 20)
        for item in entry.evidence.first?.items ?? [] { #expect(!item.text.contains("\r")) }
        #expect(!JournalTree.render(journal).contains("\r"))
    }

    @Test func twentyMegabyteJournal() {
        let entryText = """
        ## 21:40 No reply since lunch #no-reply #partner-busy
        temp: red -> yellow

        He hasn't answered in two hours. He's going to leave me. Café, 大丈夫, 🙂.

        urge: text him again (resisted)
        regulate: cold water, walk

        evidence:
        - for: he was short with me on Thursday
        - against: he told me this morning he had back-to-back meetings


        """
        var text = ""
        text.reserveCapacity(21_000_000)
        var days = 0
        var date = JournalDate(year: 1990, month: 1, day: 1)!
        while text.utf8.count < 20_000_000 {
            text += "# \(date)\n\n" + entryText + entryText.replacingOccurrences(of: "21:40", with: "22:15")
            date = date.adding(days: 1)
            days += 1
        }
        let journal = build(text)
        #expect(journal.days.count == days)
        #expect(journal.entries.count == days * 2)
        #expect(journal.problems.isEmpty)
        #expect(journal.entries.last?.evidence.first?.items.count == 2)
    }
}
