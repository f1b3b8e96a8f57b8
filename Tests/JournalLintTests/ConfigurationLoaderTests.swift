import Foundation
import SteadyTestSupport
import Testing
@testable import JournalLint

@Suite("Configuration: discovery, loading and explanation")
struct ConfigurationLoaderTests {
    @Test func discoveryWalksUpwardAndNearestWins() throws {
        let root = try TemporaryFolder()
        let outer = try root.file("journal/.steady.yml", "fail-on: warning\n")
        let inner = try root.file("journal/private/.steady.yaml", "fail-on: never\n")
        try root.file("journal/daily/2026/2026-11-20.md")
        let loader = ConfigurationLoader(currentDirectory: root.path)
        #expect(loader.discover(forFileAt: "journal/daily/2026/2026-11-20.md") == outer)
        #expect(loader.discover(forFileAt: root.path + "/journal/private/a.md") == inner)
        #expect(loader.discover(forFileAt: "journal/a.md") == outer)
    }

    @Test func ymlWinsOverYamlInTheSameFolder() throws {
        let root = try TemporaryFolder()
        let yml = try root.file(".steady.yml")
        try root.file(".steady.yaml")
        #expect(ConfigurationLoader(currentDirectory: root.path).discover(forFileAt: "a.md") == yml)
    }

    @Test func noConfigurationAnywhereGivesTheDefaults() throws {
        let root = try TemporaryFolder()
        let loader = ConfigurationLoader(currentDirectory: root.path)
        // Nothing under the temporary folder; a file further up (outside the test) would be found,
        // so only assert what the folder itself decides when nothing is above it.
        if loader.discover(forFileAt: "a.md") == nil {
            #expect(try loader.configuration(forFileAt: "a.md", knownRuleIDs: configurationTestRuleIDs) == .default)
        }
    }

    @Test func discoveryIsCachedPerFolder() throws {
        let root = try TemporaryFolder()
        let config = try root.file("j/.steady.yml")
        let loader = ConfigurationLoader(currentDirectory: root.path)
        #expect(loader.discover(forFileAt: "j/a/b.md") == config)
        try FileManager.default.removeItem(atPath: config)
        // The folders walked are remembered: files beside each other do not stat the same folders again.
        #expect(loader.discover(forFileAt: "j/a/c.md") == config)
        #expect(loader.discover(forFileAt: "j/d.md") == config)
    }

    @Test func explicitConfigurationWinsOverDiscovery() throws {
        let root = try TemporaryFolder()
        try root.file("j/.steady.yml", "fail-on: warning\n")
        let explicit = try root.file("ci.yml", "fail-on: note\n")
        let loader = ConfigurationLoader(currentDirectory: root.path)
        let discovered = try loader.configuration(forFileAt: "j/a.md", knownRuleIDs: configurationTestRuleIDs)
        let chosen = try loader.configuration(forFileAt: "j/a.md", explicitPath: explicit, knownRuleIDs: configurationTestRuleIDs)
        #expect(discovered.failOn == .atLeast(.warning))
        #expect(chosen.failOn == .atLeast(.note))
        #expect(chosen.sourcePath == explicit)
    }

    @Test func loadingAnchorsIgnoreGlobsAtTheFilesFolder() throws {
        let root = try TemporaryFolder()
        try root.file("j/.steady.yml", "ignore: [drafts/**]\n")
        let configuration = try ConfigurationLoader(currentDirectory: root.path)
            .load(contentsOf: "j/.steady.yml", knownRuleIDs: configurationTestRuleIDs)
        #expect(configuration.ignoreBaseFolder == root.path + "/j")
        #expect(configuration.origin(of: "ignore") == .file(path: "j/.steady.yml", line: 1))
    }

    @Test func loadErrorsNameTheFileAsGiven() throws {
        let root = try TemporaryFolder()
        try root.file("j/.steady.yml", "reassurance:\n  max-per-dy: 2\n")
        let loader = ConfigurationLoader(currentDirectory: root.path)
        let error = try #require(throws: ConfigurationError.self) {
            try loader.load(contentsOf: "j/.steady.yml", knownRuleIDs: configurationTestRuleIDs)
        }
        #expect(error.description == "j/.steady.yml:2:3: error: unknown key 'max-per-dy' in 'reassurance'; did you mean 'max-per-day'?")
    }

    @Test func unreadableConfigurationCarriesTheReason() throws {
        let root = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: root.path + "/folder.yml", withIntermediateDirectories: true)
        let loader = ConfigurationLoader(currentDirectory: root.path)
        #expect(throws: ConfigurationError(path: "missing.yml", line: nil, column: nil,
                                           problem: .unreadable(reason: "No such file or directory"))) {
            try loader.load(contentsOf: "missing.yml", knownRuleIDs: configurationTestRuleIDs)
        }
        #expect(throws: ConfigurationError(path: "folder.yml", line: nil, column: nil,
                                           problem: .unreadable(reason: "it is a folder, not a file"))) {
            try loader.load(contentsOf: "folder.yml", knownRuleIDs: configurationTestRuleIDs)
        }
    }

    @Test func invalidUTF8IsReportedWithItsPosition() throws {
        let root = try TemporaryFolder()
        let path = root.path + "/.steady.yml"
        try Data(Array("fail-on: error\ncrisis:\n  message: caf".utf8) + [0xE9] + Array("\n".utf8)).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: ConfigurationError.self) {
            try ConfigurationLoader().load(contentsOf: path, knownRuleIDs: configurationTestRuleIDs)
        }
        #expect(error.line == 3 && error.column == 15)
        #expect(error.problem == .invalidEncoding)
    }

    @Test func explanationListsEveryValueWithItsOrigin() throws {
        let yaml = """
            fail-on: warning
            ignore: ["drafts/**"]
            rules:
              entry-out-of-order: off
            catastrophizing:
              extra-phrases:
                - { phrase: "it's all over", kind: magnification }
            """
        let configuration = try parseTestConfiguration(yaml)
        let text = configuration.explanation(ruleDefaults: ["entry-out-of-order": .warning, "reassurance-limit": .note])
        let lines = text.split(separator: "\n").map(String.init)
        func line(startingWith prefix: String) -> String? { lines.first { $0.hasPrefix(prefix) } }
        #expect(line(startingWith: "# from: ") == "# from: /journal/.steady.yml")
        #expect(line(startingWith: "version: 1")?.hasSuffix("# default") == true)
        #expect(line(startingWith: "fail-on: warning")?.hasSuffix("# /journal/.steady.yml:1") == true)
        #expect(line(startingWith: "day-starts-at: \"04:00\"")?.hasSuffix("# default") == true)
        #expect(line(startingWith: "ignore:")?.hasSuffix("# /journal/.steady.yml:2 (relative to /journal)") == true)
        #expect(lines.contains("  - \"drafts/**\""))
        #expect(line(startingWith: "  entry-out-of-order: off")?.hasSuffix("# /journal/.steady.yml:4") == true)
        #expect(line(startingWith: "  reassurance-limit: note")?.hasSuffix("# default") == true)
        #expect(line(startingWith: "  max-per-day: 1")?.hasSuffix("# default") == true)
        #expect(line(startingWith: "  extra-phrases:")?.hasSuffix("# /journal/.steady.yml:6") == true)
        #expect(lines.contains("    - { phrase: \"it's all over\", kind: magnification }"))
        #expect(line(startingWith: "  message: \"If you are thinking")?.hasSuffix("# default") == true)
    }

    @Test func explanationIsItselfAValidConfiguration() throws {
        let original = try parseTestConfiguration("""
            fail-on: note
            day-starts-at: "03:15"
            ignore: ["a \\"quoted\\" name/**"]
            reassurance: { max-per-day: 4 }
            crisis: { message: "Line one.\\nLine two." }
            tag-prefixes: ["@", "#"]
            """)
        #expect(original.explanation().contains("tag-prefixes: [\"#\", \"@\"]"))
        let reparsed = try parseTestConfiguration(original.explanation())
        #expect(reparsed.tagPrefixes == [.hash, .at])
        #expect(reparsed.failOn == original.failOn)
        #expect(reparsed.dayStartsAt == original.dayStartsAt)
        #expect(reparsed.ignore == original.ignore)
        #expect(reparsed.reassurance == original.reassurance)
        #expect(reparsed.crisis == original.crisis)
    }

    @Test func defaultExplanationSaysThereIsNoFile() {
        let text = LintConfiguration.default.explanation()
        #expect(text.contains("# from: no configuration file (Steady's defaults)"))
        #expect(text.contains("rules: {}"))
        #expect(text.contains("tag-prefixes: [\"#\"]"))
    }
}
