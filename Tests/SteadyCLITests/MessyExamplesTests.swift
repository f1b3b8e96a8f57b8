import Foundation
import Testing

/// `Examples/messy/`: three weeks written the way people write (lower case, typos, phone
/// typing, 1 a.m. entries, half-used syntax, a day with no syntax at all), a jrnl 4.6 export
/// with `@tags` (the folder's `.steady.yml` sets `tag-prefixes`) and an Obsidian daily note.
/// Every slip in it is read as meant or reported (docs/format.md, "Read as meant").
@Suite struct MessyExamplesTests {
    /// `steady parse --format json Examples/messy/`: each entry by "date time", and each file.
    static func parsed() async throws -> (entries: [String: [String: Any]], files: [String: [String: Any]]) {
        let output = try await SteadyBinary.run(["parse", "--format", "json", "Examples/messy/"])
        try #require(output.status == 0, "\(output.transcript)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout)) as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        var entries: [String: [String: Any]] = [:]
        var byPath: [String: [String: Any]] = [:]
        for file in files {
            byPath[file["path"] as? String ?? "?"] = file
            for entry in file["entries"] as? [[String: Any]] ?? [] {
                let key = "\(entry["date"] as? String ?? "?") \(entry["time"] as? String ?? "-")"
                #expect(entries[key] == nil, "two entries at \(key)")
                entries[key] = entry
            }
        }
        return (entries, byPath)
    }

    static func values(_ entry: [String: Any]?, _ key: String, _ field: String) -> [String] {
        (entry?[key] as? [[String: Any]] ?? []).compactMap { $0[field] as? String }
    }

    @Test func theKeyReadingsAreAsMeant() async throws {
        let (entries, _) = try await Self.parsed()
        // `## 9:30pm` is 21:30, and its `Temp: RED!!` a red reading.
        let spiral = try #require(entries["2026-10-12 21:30"])
        #expect(Self.values(spiral, "temperatures", "value") == ["red"])
        // `evidence` alone above its list counts: three items, two against.
        let items = (spiral["evidence"] as? [[String: Any]])?.first?["items"] as? [[String: Any]] ?? []
        #expect(items.compactMap { $0["stance"] as? String } == ["for", "against", "against"])
        // `(resisted, waited 20 min, then made tea)` is resisted.
        #expect(Self.values(spiral, "urges", "outcome") == ["resisted"])
        // `### 11pm` under `## 12:40 lunch` is its own entry at 23:00, and the worst night
        // (`temp: red red red`, then `temp=yellow`) keeps its red reading.
        let badNight = try #require(entries["2026-10-14 23:00"])
        #expect(Self.values(badNight, "temperatures", "value") == ["red", "yellow"])
        #expect(Self.values(entries["2026-10-14 12:40"], "temperatures", "value") == ["yellow"])
        // 1:20am, 21h40, 9:30 PM, 6pm, 11:50 PM.
        for key in ["2026-10-15 01:20", "2026-10-15 21:40", "2026-10-18 21:30", "2026-10-31 18:00", "2026-10-31 23:50"] {
            #expect(entries[key] != nil, "no entry at \(key)")
        }
        // `reframe:` and `Facts:` straight under the last evidence item are fields.
        #expect(Self.values(entries["2026-10-18 21:30"], "facts", "kind") == ["reframe", "fact"])
        // Days with no syntax at all are entries too.
        #expect(entries["2026-10-13 -"] != nil && entries["2026-10-16 -"] != nil && entries["2026-10-27 -"] != nil)
    }

    @Test func jrnlTimesAndAtTagsAreRight() async throws {
        let (entries, files) = try await Self.parsed()
        let jrnl = try #require(files["Examples/messy/jrnl-export.md"])
        let read = (jrnl["entries"] as? [[String: Any]] ?? []).map { "\($0["date"] as? String ?? "?") \($0["time"] as? String ?? "-")" }
        // `12:15:00 AM` is a quarter past midnight, not noon.
        #expect(read == ["2026-10-20 07:55", "2026-10-21 21:40", "2026-10-22 00:15", "2026-10-24 12:05"])
        #expect((jrnl["problems"] as? [Any])?.isEmpty == true)
        // The folder's `tag-prefixes: ["#", "@"]` makes jrnl's `@work` a tag; an e-mail address is none.
        #expect(Self.values(entries["2026-10-20 07:55"], "tags", "name") == ["work"])
        #expect(Self.values(entries["2026-10-21 21:40"], "tags", "name") == ["partner-busy"])
        #expect(Self.values(entries["2026-10-22 00:15"], "tags", "name") == [])
    }

    @Test func theObsidianNoteHasItsTimeEntriesAndNoTagsFromLinks() async throws {
        let (_, files) = try await Self.parsed()
        let note = try #require(files["Examples/messy/2026-10-29.md"])
        let entries = note["entries"] as? [[String: Any]] ?? []
        // `# Thursday` makes no entry; the front matter's tags are the day's.
        #expect(entries.map { $0["time"] as? String } == ["08:10", "23:30"])
        #expect(entries.map { Self.values($0, "tags", "name") } == [["daily", "anxious"], ["daily", "anxious", "partner-busy"]])
        // The callout is the writer's own: its urge is read (resisted).
        #expect(Self.values(entries.first, "urges", "outcome") == ["resisted"])
        // The comments are not prose (the tree shows the prose as read).
        let tree = try await SteadyBinary.run(["parse", "Examples/messy/2026-10-29.md"])
        #expect(tree.stdoutText.contains("what if something happened"))
        #expect(!tree.stdoutText.contains("almost texted") && !tree.stdoutText.contains("doesnt care"), "\(tree.stdoutText)")
    }

    /// Every slip is read as meant (a format note) or reported (the mistyped `evidnce:`); the
    /// parenthetical under `# October 2026` is an undated note, never an error.
    @Test func everySlipIsReadAsMeantOrReported() async throws {
        let (_, files) = try await Self.parsed()
        let notes = try #require(files["Examples/messy/phone-notes.md"]?["formatNotes"] as? [[String: Any]])
        let lines = notes.compactMap { ($0["range"] as? [String: Any])?["line"] as? Int }
        #expect(lines == [8, 16, 31, 41, 42, 53, 54, 67, 71, 78])
        let problems = files.values.flatMap { $0["problems"] as? [[String: Any]] ?? [] }.compactMap { $0["kind"] as? String }
        #expect(problems == ["undated-note"])
        let lint = try await SteadyBinary.run(["lint", "--format", "gcc", "Examples/messy/"])
        #expect(lint.status == 0, "\(lint.transcript)")
        #expect(lint.stdoutText.contains("phone-notes.md:79:1: warning: unknown field key; did you mean `evidence:`?"), "\(lint.stdoutText)")
    }
}
