import Foundation
@testable import JournalLint
import MarkdownSyntax
import Testing

/// The SARIF 2.1.0 schema shared by the project, and a validator for it.
enum SARIFSchema {
    /// The package root, from this file's path (Tests/JournalLintTests/…).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/schemas/sarif-schema-2.1.0.json` from the package root; a git worktree under
    /// `wt/` is one level deeper, so its grandparent is tried too.
    static let path: String? = ["../shared/schemas/sarif-schema-2.1.0.json", "../../shared/schemas/sarif-schema-2.1.0.json"]
        .map { packageRoot.appendingPathComponent($0).standardizedFileURL.path }
        .first { FileManager.default.fileExists(atPath: $0) }

    static let hasJSONSchema: Bool = (try? run(["-c", "import jsonschema"], input: []).status) == 0

    static let available = path != nil && hasJSONSchema
    static let unavailable = "needs ../shared/schemas/sarif-schema-2.1.0.json and python3 with the jsonschema package"

    static let validator = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    errors = sorted(cls(schema).iter_errors(json.load(sys.stdin)), key=lambda e: list(e.path))
    for e in errors:
        print("/".join(map(str, e.path)) + ": " + e.message)
    sys.exit(1 if errors else 0)
    """

    static func run(_ arguments: [String], input: [UInt8]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Validation errors, one a line; empty when the document is valid.
    static func validate(_ document: [UInt8]) throws -> String {
        let path = try #require(path)
        let result = try run(["-c", validator, path], input: document)
        return result.status == 0 ? "" : (result.output.isEmpty ? "validator exited \(result.status)" : result.output)
    }
}

@Suite("SARIF reporter")
struct SARIFReporterTests {
    static func sarif(_ report: LintReport, includeText: Bool = false) -> [UInt8] {
        SARIFReporter.render(report, options: ReportOptions(includeText: includeText, toolVersion: "1.2.3"))
    }

    static func object(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    static let journal = "# 2026-11-28\n\n🙂. He's going to leave me.\n\nevidnce:\n\ntemp: purple\n\n# 2026-11-29\n\nevidence:\n- for: 彼は大丈夫と言った\n"

    @Test("Validates against the SARIF 2.1.0 schema", .enabled(if: SARIFSchema.available, Comment(rawValue: SARIFSchema.unavailable)),
          arguments: [false, true])
    func validates(includeText: Bool) throws {
        let problems = try SARIFSchema.validate(Self.sarif(lint([(path: "dir with space/2026-11-28 ü.md", text: Self.journal)]), includeText: includeText))
        #expect(problems.isEmpty, "\(problems)")
        let empty = try SARIFSchema.validate(Self.sarif(LintReport(findings: [], fileCount: 0)))
        #expect(empty.isEmpty, "\(empty)")
    }

    @Test("A path that could not be read makes the invocation unsuccessful, with a notification that names it; still schema-valid")
    func unreadablePath() throws {
        var options = ReportOptions(unreadableFiles: 1, toolVersion: "1.2.3")
        options.unreadable = [UnreadablePath(path: "notes/bin ü.md", message: "notes/bin ü.md looks like a binary file; skipped")]
        let bytes = SARIFReporter.render(lint([(path: "2026-11-28.md", text: Self.journal)]), options: options)
        let run = try #require((try Self.object(bytes)["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect(notification["level"] as? String == "error")
        let location = try #require((notification["locations"] as? [[String: Any]])?.first)
        let uri = ((location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        #expect(uri == "notes/bin%20%C3%BC.md")
        let clean = try #require((try Self.object(Self.sarif(lint([(path: "2026-11-28.md", text: Self.journal)])))["runs"] as? [[String: Any]])?.first)
        #expect((clean["invocations"] as? [[String: Any]])?.first?["executionSuccessful"] as? Bool == true)
        if SARIFSchema.available {
            let problems = try SARIFSchema.validate(bytes)
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test("The validator rejects an invalid document (so a pass means something)", .enabled(if: SARIFSchema.available, Comment(rawValue: SARIFSchema.unavailable)))
    func validatorWorks() throws {
        let invalid = Array(#"{"version": "2.1.0", "runs": [{"tool": {}}]}"#.utf8)
        #expect(try !SARIFSchema.validate(invalid).isEmpty)
    }

    @Test("Columns are Unicode code points and the run says so")
    func columns() throws {
        let run = try #require((try Self.object(Self.sarif(lint(Self.journal)))["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let results = try #require(run["results"] as? [[String: Any]])
        let claim = try #require(results.first { $0["ruleId"] as? String == "unsupported-catastrophizing" })
        let region = try #require(((claim["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        // "🙂. " is 6 bytes but 3 code points: byte column 7 is code-point column 4.
        #expect(region["startLine"] as? Int == 3)
        #expect(region["startColumn"] as? Int == 4)
        #expect(region["endLine"] as? Int == 3)
        #expect(region["endColumn"] as? Int == 26)
    }

    @Test("A region ending on a later line does not give a byte column as a code-point column")
    func multiLineRegion() throws {
        let run = try #require((try Self.object(Self.sarif(lint(Self.journal)))["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let evidence = try #require(results.first { $0["ruleId"] as? String == "one-sided-evidence" })
        let region = try #require(((evidence["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 11)
        #expect(region["endLine"] as? Int == 12)
        // The last line "- for: 彼は大丈夫と言った" ends at byte column 35 but code-point column 17:
        // either the right column or none (SARIF: to the end of the line).
        if let endColumn = region["endColumn"] as? Int {
            #expect(endColumn == 17)
        }
    }

    @Test("Rule metadata: every rule, with descriptions, help and default level; results point at their rule")
    func rules() throws {
        let run = try #require((try Self.object(Self.sarif(lint(Self.journal)))["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "steady")
        #expect(driver["version"] as? String == "1.2.3")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let descriptions = RuleRegistry.standard.descriptions
        #expect(rules.compactMap { $0["id"] as? String } == descriptions.map(\.id))
        for (rule, description) in zip(rules, descriptions) {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String == description.summary)
            #expect((rule["fullDescription"] as? [String: Any])?["text"] as? String == description.rationale)
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(level == ["note": "note", "warning": "warning", "error": "error"][description.defaultSeverity.rawValue])
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 4)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        #expect(results.map { $0["level"] as? String } == ["warning", "warning", "error", "note"])
    }

    @Test("URIs are percent-encoded relative references")
    func uris() {
        #expect(SARIFReporter.uri("dir with space/2026-11-28 ü.md") == "dir%20with%20space/2026-11-28%20%C3%BC.md")
        #expect(SARIFReporter.uri("a/b-c_d.e~f.md") == "a/b-c_d.e~f.md")
    }
}
