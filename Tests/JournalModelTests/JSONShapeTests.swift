import Foundation
import Testing
@testable import JournalModel
import MarkdownSyntax

@Suite struct JSONShapeTests {
    static func json(_ journals: [Journal]) throws -> [String: Any] {
        var writer = JSONWriter()
        JournalJSON.begin(into: &writer)
        for journal in journals { JournalJSON.write(journal, into: &writer) }
        JournalJSON.finish(into: &writer)
        let object = try JSONSerialization.jsonObject(with: Data(writer.bytes))
        return try #require(object as? [String: Any])
    }

    /// The CLI renders files apart and joins them with `opening`, `,` and `closing`: that must be
    /// the same document as one writer produces.
    @Test func documentAssembledFromPartsEqualsOneWriter() {
        let journals = [build("# 2026-11-28\n\ntemp: red\n", path: "a.md"), build("# 2026-11-29\n\ntemp: green\n", path: "b.md")]
        var whole = JSONWriter()
        JournalJSON.begin(into: &whole)
        for journal in journals { JournalJSON.write(journal, into: &whole) }
        JournalJSON.finish(into: &whole)
        var parts = JournalJSON.opening
        for (index, journal) in journals.enumerated() {
            var writer = JSONWriter()
            JournalJSON.write(journal, into: &writer)
            if index > 0 { parts.append(UInt8(ascii: ",")) }
            parts += writer.bytes
        }
        parts += JournalJSON.closing
        #expect(parts == whole.bytes)
    }

    static let sample = """
    # 2026-11-28 Saturday

    ## 21:40 No reply "since" lunch #no-reply #partner/busy
    temp: red -> yellow
    urge: text him again (resisted)
    urge: call
    regulate: cold water, walk
    reassurance: asked Noor "am I too much?"
    fact: he is at work
    reframe: silence is not abandonment
    trigger: left on read

    evidence:
    - for: he was short with me
    - against: meetings

    temp: purple
    """

    func checkRange(_ value: Any?, _ path: String) {
        guard let range = value as? [String: Any] else { Issue.record("\(path) is not an object"); return }
        #expect(Set(range.keys) == ["line", "column", "endLine", "endColumn"], "\(path)")
        for key in ["line", "column", "endLine", "endColumn"] {
            #expect(range[key] is Int, "\(path).\(key)")
            #expect((range[key] as? Int ?? 0) >= 1, "\(path).\(key)")
        }
    }

    @Test func documentShape() throws {
        let root = try Self.json([build(Self.sample, path: "dir/journal.md"), build("", path: "empty.md")])
        #expect(Set(root.keys) == ["schemaVersion", "files"])
        #expect(root["schemaVersion"] as? Int == 1)
        let files = try #require(root["files"] as? [[String: Any]])
        #expect(files.count == 2)
        for file in files { #expect(Set(file.keys) == ["path", "entries", "problems", "formatNotes"]) }
        #expect(files.map { $0["path"] as? String } == ["dir/journal.md", "empty.md"])
        #expect((files[1]["entries"] as? [Any])?.isEmpty == true)

        let entries = try #require(files[0]["entries"] as? [[String: Any]])
        let entry = try #require(entries.first)
        #expect(Set(entry.keys) == ["date", "time", "title", "range", "tags", "temperatures", "evidence", "reassurance", "urges", "regulate", "facts", "triggers"])
        #expect(entry["date"] as? String == "2026-11-28")
        #expect(entry["time"] as? String == "21:40")
        #expect(entry["title"] as? String == "No reply \"since\" lunch #no-reply #partner/busy")
        checkRange(entry["range"], "entry.range")

        let tags = try #require(entry["tags"] as? [[String: Any]])
        #expect(tags.map { $0["name"] as? String } == ["no-reply", "partner/busy"])
        for tag in tags { #expect(Set(tag.keys) == ["name", "range"]); checkRange(tag["range"], "tag.range") }

        let temps = try #require(entry["temperatures"] as? [[String: Any]])
        #expect(temps.map { $0["value"] as? String } == ["red", "yellow"])
        for temp in temps { #expect(Set(temp.keys) == ["value", "range"]); checkRange(temp["range"], "temperature.range") }

        let evidence = try #require(entry["evidence"] as? [[String: Any]])
        #expect(evidence.count == 1)
        #expect(Set(evidence[0].keys) == ["range", "items"])
        checkRange(evidence[0]["range"], "evidence.range")
        let items = try #require(evidence[0]["items"] as? [[String: Any]])
        #expect(items.map { $0["stance"] as? String } == ["for", "against"])
        #expect(items.map { $0["text"] as? String } == ["he was short with me", "meetings"])
        for item in items { #expect(Set(item.keys) == ["stance", "text", "range"]); checkRange(item["range"], "item.range") }

        let reassurance = try #require(entry["reassurance"] as? [[String: Any]])
        #expect(reassurance.map { $0["text"] as? String } == ["asked Noor \"am I too much?\""])
        #expect(Set(reassurance[0].keys) == ["text", "range"])

        let urges = try #require(entry["urges"] as? [[String: Any]])
        #expect(urges.map { $0["outcome"] as? String } == ["resisted", "unspecified"])
        #expect(urges.map { $0["text"] as? String } == ["text him again", "call"])
        for urge in urges { #expect(Set(urge.keys) == ["text", "outcome", "range"]) }

        let regulate = try #require(entry["regulate"] as? [[String: Any]])
        #expect(regulate.map { $0["techniques"] as? [String] } == [["cold water", "walk"]])
        #expect(Set(regulate[0].keys) == ["techniques", "range"])

        let facts = try #require(entry["facts"] as? [[String: Any]])
        #expect(facts.map { $0["kind"] as? String } == ["fact", "reframe"])
        for fact in facts { #expect(Set(fact.keys) == ["kind", "text", "range"]) }

        let triggers = try #require(entry["triggers"] as? [[String: Any]])
        #expect(triggers.map { $0["text"] as? String } == ["left on read"])
        #expect(Set(triggers[0].keys) == ["text", "range"])

        let problems = try #require(files[0]["problems"] as? [[String: Any]])
        #expect(problems.map { $0["kind"] as? String } == ["invalid-field-value"])
        for problem in problems {
            #expect(Set(problem.keys) == ["kind", "message", "range"])
            #expect(problem["message"] is String)
            checkRange(problem["range"], "problem.range")
        }
    }

    @Test func untimedEntryHasNullTime() throws {
        let root = try Self.json([build("# 2026-01-05\ntext\n")])
        let entry = try #require(((root["files"] as? [[String: Any]])?.first?["entries"] as? [[String: Any]])?.first)
        #expect(entry["time"] is NSNull)
        #expect(entry["date"] as? String == "2026-01-05")
    }

    @Test func datesAndTimesAreZeroPadded() throws {
        let root = try Self.json([build("# 0999-01-05\n## 9:05\nx\n")])
        let entry = try #require(((root["files"] as? [[String: Any]])?.first?["entries"] as? [[String: Any]])?.first)
        let dateText = try #require(entry["date"] as? String)
        let timeText = try #require(entry["time"] as? String)
        #expect(dateText == "0999-01-05")
        #expect(timeText == "09:05")
        #expect(dateText.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
        #expect(timeText.wholeMatch(of: /\d{2}:\d{2}/) != nil)
    }

    @Test(arguments: [
        "quotes \" and backslash \\ here",
        "tab\there and control \u{01}\u{1F} bytes",
        "carriage\rreturn",
        "emoji 🙂 and 大丈夫 and é",
        "unicode separators \u{2028}\u{2029}",
        "nul \u{0} byte",
    ])
    func stringsRoundTrip(_ value: String) throws {
        // A path is written as given, so it carries any string through the writer.
        let root = try Self.json([Journal(path: value, days: [], comments: [], problems: [], source: SourceText(bytes: []))])
        #expect((root["files"] as? [[String: Any]])?.first?["path"] as? String == value)
    }

    @Test func newlinesInValuesRoundTrip() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("text", "line one\nline two\r\n")
        writer.endObject()
        let object = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any]
        #expect(object?["text"] as? String == "line one\nline two\r\n")
        #expect(!writer.bytes.contains(UInt8(ascii: "\n")))
    }

    @Test func fieldTextFromJournalRoundTrips() throws {
        let root = try Self.json([build("# 2026-11-28\n\nfact: he said \"fine\" \\ then\tleft\n")])
        let entry = try #require(((root["files"] as? [[String: Any]])?.first?["entries"] as? [[String: Any]])?.first)
        #expect((entry["facts"] as? [[String: Any]])?.first?["text"] as? String == "he said \"fine\" \\ then\tleft")
    }

    @Test func rangesAreHalfOpenByteColumns() throws {
        let root = try Self.json([build("# 2026-11-28\n\ncafé #tag\n")])
        let entry = try #require(((root["files"] as? [[String: Any]])?.first?["entries"] as? [[String: Any]])?.first)
        let range = try #require((entry["tags"] as? [[String: Any]])?.first?["range"] as? [String: Int])
        #expect(range == ["line": 3, "column": 7, "endLine": 3, "endColumn": 11])
    }
}
