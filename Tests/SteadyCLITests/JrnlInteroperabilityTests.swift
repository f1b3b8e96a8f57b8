import Foundation
import Testing

/// jrnl's own Markdown export, read by `steady parse` (docs/format.md, "Other tools' files").
/// Entries are written with the real jrnl CLI (Scripts/bootstrap installs jrnl into
/// `.build-jrnl/venv`) at fixed times around noon and midnight, exported with `--export
/// markdown` at jrnl's default `timeformat` (`%F %r`) and two others, and every date, time and
/// title must come back. Without jrnl the suite is skipped, saying why.
@Suite(.enabled(if: JrnlTool.path != nil, "jrnl is not installed: run Scripts/bootstrap (it installs jrnl into .build-jrnl/venv) or set STEADY_JRNL"))
struct JrnlInteroperabilityTests {
    /// What each entry is written as, and what Steady must read: date, time, title, temperature.
    static let entries: [(written: String, date: String, time: String, title: String, temp: String)] = [
        ("2026-11-27 11:55am: Before lunch. temp: yellow", "2026-11-27", "11:55", "Before lunch.", "yellow"),
        ("2026-11-27 12:05pm: After lunch. temp: green", "2026-11-27", "12:05", "After lunch.", "green"),
        ("2026-11-27 11:50pm: Late spiral. temp: red", "2026-11-27", "23:50", "Late spiral.", "red"),
        ("2026-11-28 12:15am: Still up. temp: red", "2026-11-28", "00:15", "Still up.", "red"),
        ("2026-11-28 12:00pm: Noon check. temp: yellow", "2026-11-28", "12:00", "Noon check.", "yellow"),
        ("2026-12-01 09:40pm: New month. temp: green", "2026-12-01", "21:40", "New month.", "green"),
    ]

    @Test(arguments: ["%F %r", "%F %T", "%Y-%m-%d %I:%M %p"])
    func exportIsReadWithEveryDateTimeAndTitle(timeformat: String) async throws {
        let jrnl = try #require(JrnlTool.path)
        let folder = try TemporaryFolder(prefix: "steady-jrnl")
        defer { folder.remove() }
        let exported = try await Self.export(Self.entries.map(\.written), timeformat: timeformat, jrnl: jrnl, in: folder)

        let parsed = try await SteadyBinary.run(["parse", "--format", "json", exported])
        try #require(parsed.status == 0, "\(parsed.transcript)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(parsed.stdout)) as? [String: Any])
        let file = try #require((root["files"] as? [[String: Any]])?.first)
        let entries = try #require(file["entries"] as? [[String: Any]])
        let read = entries.map { entry in
            let temps = (entry["temperatures"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
            return "\(entry["date"] as? String ?? "?") \(entry["time"] as? String ?? "-") \(entry["title"] as? String ?? "?") \(temps)"
        }
        let export = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(read == Self.entries.map { "\($0.date) \($0.time) \($0.title) \([$0.temp])" }, "\(export)")
        #expect((file["problems"] as? [Any])?.isEmpty == true, "\(parsed.stdoutText)")
    }

    /// jrnl's default tag symbol is `@`: its tags are Steady's tags with `tag-prefixes: ["#", "@"]`
    /// (docs/configuration.md), and prose without it. An e-mail address and `@` inside a word are
    /// never tags.
    @Test func atTagsAreReadWithTagPrefixes() async throws {
        let jrnl = try #require(JrnlTool.path)
        let folder = try TemporaryFolder(prefix: "steady-jrnl-tags")
        defer { folder.remove() }
        let exported = try await Self.export([
            "2026-11-27 9:40pm: Group chat. @work went quiet when I spoke, wrote to me@example.com after. temp: red",
            "2026-11-28 12:15am: Still up. @Family called, and #sleep is gone, 2@3 for @-less words. temp: yellow",
        ], timeformat: "%F %r", jrnl: jrnl, in: folder)

        func tagsPerEntry(_ arguments: [String]) async throws -> [[String]] {
            let parsed = try await SteadyBinary.run(["parse", "--format", "json"] + arguments + [exported])
            try #require(parsed.status == 0, "\(parsed.transcript)")
            let root = try #require(try JSONSerialization.jsonObject(with: Data(parsed.stdout)) as? [String: Any])
            let file = try #require((root["files"] as? [[String: Any]])?.first)
            let entries = try #require(file["entries"] as? [[String: Any]])
            return entries.map { ($0["tags"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String } }
        }
        let export = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(export.contains("@work"), "jrnl kept the tag in its export: \(export)")
        let withoutConfiguration = try await tagsPerEntry([])
        #expect(withoutConfiguration == [[], ["sleep"]], "\(export)")

        let steadyConfig = folder.path + "/steady.yml"
        try "tag-prefixes: [\"#\", \"@\"]\n".write(toFile: steadyConfig, atomically: true, encoding: .utf8)
        let withBoth = try await tagsPerEntry(["--config", steadyConfig])
        #expect(withBoth == [["work"], ["family", "sleep"]], "\(export)")

        // The same file found beside the export, as a journal folder's `.steady.yml`.
        try "tag-prefixes: \"@\"\n".write(toFile: folder.path + "/.steady.yml", atomically: true, encoding: .utf8)
        let withAtOnly = try await tagsPerEntry([])
        #expect(withAtOnly == [["work"], ["family"]], "\(export)")
    }

    /// Writes `entries` with the jrnl CLI into a fresh journal in `folder` and exports it as
    /// Markdown at `timeformat`; returns the export's path.
    static func export(_ entries: [String], timeformat: String, jrnl: String, in folder: TemporaryFolder) async throws -> String {
        let config = folder.path + "/jrnl.yaml"
        try """
        colors: {body: none, date: none, tags: none, title: none}
        default_hour: 9
        default_minute: 0
        editor: ''
        encrypt: false
        highlight: false
        indent_character: '|'
        journals:
          default:
            journal: \(folder.path)/journal.txt
        linewrap: 79
        tagsymbols: '#@'
        template: false
        timeformat: '\(timeformat)'
        version: v4.6
        """.write(toFile: config, atomically: true, encoding: .utf8)
        let environment = ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path, "XDG_DATA_HOME": folder.path]
        for entry in entries {
            let wrote = try await Subprocess.run(jrnl, ["--config-file", config, entry], in: folder.path, stdin: [], environment: environment)
            try #require(wrote.status == 0, "\(wrote.transcript)")
        }
        let export = try await Subprocess.run(jrnl, ["--config-file", config, "--export", "markdown"], in: folder.path, stdin: [], environment: environment)
        try #require(export.status == 0, "\(export.transcript)")
        let exported = folder.path + "/export.md"
        try Data(export.stdout).write(to: URL(fileURLWithPath: exported))
        return exported
    }
}

/// Where the jrnl CLI is: `$STEADY_JRNL`, the venv Scripts/bootstrap makes, or `jrnl` on the path.
enum JrnlTool {
    static let path: String? = {
        var candidates: [String] = []
        if let override = ProcessInfo.processInfo.environment["STEADY_JRNL"], !override.isEmpty { candidates.append(override) }
        candidates.append(SteadyBinary.packageRoot + "/.build-jrnl/venv/bin/jrnl")
        if let found = Subprocess.which("jrnl") { candidates.append(found) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
}
