import Foundation
import Testing

/// `steady parse --format json` writes a large file's object as it reads it, a run of days at a
/// time, between the objects of the files around it (the bytes are the whole file's: the
/// library's JournalDayRunsTests compare them).
@Suite("steady parse of a large file")
struct ParseLargeFileTests {
    /// A journal of `days` days over 1 MiB (so it is read a run of days at a time), two entries a
    /// day, one with a slip of the format (`temp yellow`), and now and then a value it cannot read.
    private static func largeJournal(days: Int) -> String {
        var text = "# My journal\n\nKept since the move.\n\n"
        var date = DateComponents(calendar: Calendar(identifier: .gregorian), year: 2019, month: 1, day: 1).date!
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "UTC")
        format.dateFormat = "yyyy-MM-dd"
        for day in 0..<days {
            text += "# \(format.string(from: date))\n\n## 08:15 morning\ntemp: red\nno reply since last night, he's going to leave me.\n"
            text += String(repeating: "we walked to the market and bought apples and bread. ", count: 4) + "\n\n"
            text += "## 21:40 evening #work\ntemp yellow\nurge: text him again (resisted)\nregulate: cold water\n\n"
            if day % 50 == 0 { text += "temp: purple\n\n" }
            date = date.addingTimeInterval(86_400)
        }
        return text
    }

    @Test("A large file's JSON comes whole and in its place among the other files")
    func largeFileAmongOthers() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let days = 3_500
        let large = Self.largeJournal(days: days)
        #expect(large.utf8.count > 1 << 20)
        try folder.write("a.md", "# 2026-11-27\n\n## 09:00 first\ntemp: green\n")
        try folder.write("b-journal.md", large)
        try folder.write("c.md", "# 2026-11-28\n\n## 22:00 last\ntemp: red\n")
        for jobs in ["1", "2"] {
            let output = try await SteadyBinary.run(["parse", "--format", "json", "--jobs", jobs, folder.path], timeLimit: 300)
            #expect(output.status == 0, "\(output.stderrText)")
            let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout)) as? [String: Any])
            let files = try #require(root["files"] as? [[String: Any]])
            #expect(files.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } } == ["a.md", "b-journal.md", "c.md"])
            let entries = try #require(files.count == 3 ? files[1]["entries"] as? [[String: Any]] : nil)
            #expect(entries.count == 2 * days)
            #expect(entries.first?["date"] as? String == "2019-01-01" && entries.last?["time"] as? String == "21:40")
            let dates = entries.compactMap { $0["date"] as? String }
            #expect(dates == dates.sorted())
            #expect((files[1]["formatNotes"] as? [Any])?.count == days)
            // Every `temp: purple`, and the undated preamble before the first day (in the first run).
            #expect((files[1]["problems"] as? [Any])?.count == days / 50 + 1)
            #expect((files[2]["entries"] as? [[String: Any]])?.first?["title"] as? String == "last")
            #expect(output.stdout.last == UInt8(ascii: "\n"))
        }
    }
}
