import Foundation
import Testing
@testable import JournalLint
import JournalModel

@Suite("Configuration: defaults and values")
struct ConfigurationParsingTests {
    @Test func defaults() {
        let configuration = LintConfiguration.default
        #expect(configuration.version == 1)
        #expect(configuration.failOn == .atLeast(.error))
        #expect(configuration.dayStartsAt == TimeOfDay(hour: 4, minute: 0))
        #expect(configuration.ignore.isEmpty)
        #expect(configuration.rules.isEmpty)
        #expect(configuration.reassurance.maxPerDay == 1)
        #expect(configuration.catastrophizing.requireAgainst == false)
        #expect(configuration.catastrophizing.extraPhrases.isEmpty)
        #expect(configuration.catastrophizing.ignoredPhrases.isEmpty)
        #expect(configuration.crisis.message.contains("988"))
        #expect(configuration.crisis.message.contains("your local emergency number"))
        #expect(configuration.crisis.message.contains("writing tool, not a diagnosis"))
        #expect(configuration.origin(of: "fail-on") == .default)
        #expect(configuration.tagPrefixes == .hash)
    }

    /// `tag-prefixes`: a list of symbols, or one string of them as jrnl's `tagsymbols` is written.
    @Test(arguments: [
        ("tag-prefixes: [\"#\", \"@\"]\n", TagPrefixes([.hash, .at])),
        ("tag-prefixes: [\"@\"]\n", TagPrefixes.at),
        ("tag-prefixes: \"@\"\n", TagPrefixes.at),
        ("tag-prefixes: \"#@\"\n", TagPrefixes([.hash, .at])),
        ("tag-prefixes:\n  - \"#\"\n  - \"#\"\n", TagPrefixes.hash),
    ])
    func tagPrefixesAreRead(yaml: String, expected: TagPrefixes) throws {
        let configuration = try parseTestConfiguration(yaml)
        #expect(configuration.tagPrefixes == expected)
        #expect(configuration.origin(of: "tag-prefixes") == .file(path: "/journal/.steady.yml", line: 1))
    }

    @Test(arguments: ["", "\n\n", "# only a comment\n", "---\n", "~\n"])
    func emptyFileIsTheDefaultConfiguration(yaml: String) throws {
        var configuration = try parseTestConfiguration(yaml)
        #expect(configuration.sourcePath == "/journal/.steady.yml")
        configuration.sourcePath = nil
        configuration.ignoreBaseFolder = nil
        #expect(configuration == .default)
    }

    @Test func theDocumentedExampleParses() throws {
        let yaml = """
            version: 1
            fail-on: warning
            day-starts-at: "05:30"
            ignore: ["drafts/**", "templates/*.md"]
            rules:
              unsupported-catastrophizing: warning
              entry-out-of-order: { severity: off }
            reassurance:
              max-per-day: 3
            catastrophizing:
              require-against: true
              extra-phrases:
                - "he'll ghost me"
                - { phrase: "it's all over", kind: magnification }
              ignored-phrases: ["end of the world"]
            crisis:
              message: "Call someone you trust."
            """
        let configuration = try parseTestConfiguration(yaml)
        #expect(configuration.failOn == .atLeast(.warning))
        #expect(configuration.dayStartsAt.description == "05:30")
        #expect(configuration.ignore == ["drafts/**", "templates/*.md"])
        #expect(configuration.ignoreBaseFolder == "/journal")
        #expect(configuration.rules == ["unsupported-catastrophizing": .enabled(.warning), "entry-out-of-order": .off])
        #expect(configuration.reassurance.maxPerDay == 3)
        #expect(configuration.catastrophizing.requireAgainst)
        #expect(configuration.catastrophizing.extraPhrases == [
            .init(phrase: "he'll ghost me", kind: .fortuneTelling),
            .init(phrase: "it's all over", kind: .magnification),
        ])
        #expect(configuration.catastrophizing.ignoredPhrases == ["end of the world"])
        #expect(configuration.crisis.message == "Call someone you trust.")
        #expect(configuration.origin(of: "fail-on") == .file(path: "/journal/.steady.yml", line: 2))
        #expect(configuration.origin(of: "rules.entry-out-of-order") == .file(path: "/journal/.steady.yml", line: 7))
        #expect(configuration.origin(of: "reassurance.max-per-day").description == "/journal/.steady.yml:9")
        #expect(configuration.origin(of: "crisis.message").description == "/journal/.steady.yml:17")
        #expect(configuration.origin(of: "version").description == "/journal/.steady.yml:1")
    }

    @Test(arguments: [
        ("error", FailThreshold.atLeast(.error)),
        ("warning", .atLeast(.warning)),
        ("note", .atLeast(.note)),
        ("never", .never),
    ])
    func failOn(value: String, expected: FailThreshold) throws {
        #expect(try parseTestConfiguration("fail-on: \(value)").failOn == expected)
    }

    @Test(arguments: ["error", "warning", "note", "off"])
    func ruleSeverityAsStringOrMapping(value: String) throws {
        let short = try parseTestConfiguration("rules:\n  reassurance-limit: \(value)\n")
        let long = try parseTestConfiguration("rules:\n  reassurance-limit:\n    severity: \(value)\n")
        #expect(short.rules["reassurance-limit"] == RuleSeverity(value))
        #expect(long.rules == short.rules)
    }

    @Test(arguments: [("04:00", 4, 0), ("4:00", 4, 0), ("23:59", 23, 59), ("00:00", 0, 0), ("4am", 4, 0), ("5:30 am", 5, 30), ("12am", 0, 0)])
    func dayStartsAt(value: String, hour: Int, minute: Int) throws {
        // Unquoted `04:00` is a YAML 1.1 sexagesimal number; the text as written is what counts.
        for yaml in ["day-starts-at: \(value)", "day-starts-at: \"\(value)\""] {
            let time = try parseTestConfiguration(yaml).dayStartsAt
            #expect(time.hour == hour && time.minute == minute)
        }
    }

    @Test(arguments: ["25:00", "4 o'clock", "4am and more", "", "13pm"])
    func dayStartsAtRejects(value: String) {
        #expect(throws: (any Error).self) { try parseTestConfiguration("day-starts-at: \"\(value)\"\n") }
    }

    @Test func ignoreAcceptsASingleString() throws {
        #expect(try parseTestConfiguration("ignore: drafts/**").ignore == ["drafts/**"])
    }

    @Test func emptySectionsKeepTheDefaults() throws {
        let configuration = try parseTestConfiguration("reassurance:\ncatastrophizing:\nrules:\n")
        #expect(configuration.reassurance.maxPerDay == 1)
        #expect(configuration.rules.isEmpty)
    }

    @Test func maxPerDayZeroIsAllowed() throws {
        #expect(try parseTestConfiguration("reassurance:\n  max-per-day: 0").reassurance.maxPerDay == 0)
    }

    @Test func ruleSeverityLookupFallsBackToTheRuleDefault() throws {
        let configuration = try parseTestConfiguration("rules:\n  entry-out-of-order: note")
        #expect(configuration.severity(ofRule: "entry-out-of-order", default: .error) == .enabled(.note))
        #expect(configuration.severity(ofRule: "reassurance-limit", default: .warning) == .enabled(.warning))
    }

    @Test func severityIsOrderedAndCodableAsItsName() throws {
        #expect(Severity.note < .warning && Severity.warning < .error)
        #expect(Severity.allCases.max() == .error)
        let encoded = try JSONEncoder().encode([Severity.error, .note])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["error","note"]"#)
        #expect(try JSONDecoder().decode(Severity.self, from: Data(#""warning""#.utf8)) == .warning)
        #expect(["off", "note", "Note"].map(RuleSeverity.init) == [.off, .enabled(.note), nil])
    }

    /// `--fail-on` offers `names` and parses each back to the threshold that prints as it.
    @Test func failThresholdNamesRoundTrip() {
        #expect(FailThreshold.names.compactMap(FailThreshold.init) == [.atLeast(.error), .atLeast(.warning), .atLeast(.note), .never])
        #expect(FailThreshold.names.compactMap(FailThreshold.init).map(\.description) == FailThreshold.names)
        #expect(FailThreshold("Warning") == nil)
    }

    @Test(arguments: ["24:00", "12:60", "noon", "1200", "12:5", "-1:00", "12:00:00", ""])
    func invalidTimes(text: String) {
        #expect(TimeOfDay(text) == nil)
    }
}
