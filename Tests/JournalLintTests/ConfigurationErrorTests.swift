import Testing
@testable import JournalLint

@Suite("Configuration: errors with line and column")
struct ConfigurationErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let yaml: String
        let expected: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "unknown key in a section, with a suggestion",
             yaml: "reassurance:\n  max-per-dy: 2\n",
             expected: "2:3: error: unknown key 'max-per-dy' in 'reassurance'; did you mean 'max-per-day'?"),
        Case(name: "unknown top-level key, with a suggestion",
             yaml: "version: 1\nrule:\n  entry-out-of-order: off\n",
             expected: "2:1: error: unknown key 'rule'; did you mean 'rules'?"),
        Case(name: "unknown key far from any, listing the known ones",
             yaml: "colour: blue\n",
             expected: "1:1: error: unknown key 'colour'; known keys: version, fail-on, day-starts-at, ignore, rules, reassurance, catastrophizing, crisis, layout, folder, templates, tag-prefixes"),
        Case(name: "unknown key in a rule mapping",
             yaml: "rules:\n  entry-out-of-order: { severty: off }\n",
             expected: "2:25: error: unknown key 'severty' in 'rules.entry-out-of-order'; did you mean 'severity'?"),
        Case(name: "unknown severity",
             yaml: "rules:\n  entry-out-of-order: warn\n",
             expected: "2:23: error: 'warn' is not a valid value for 'rules.entry-out-of-order'; did you mean 'warning'? use one of: error, warning, note, off"),
        Case(name: "unknown fail-on value",
             yaml: "fail-on: always\n",
             expected: "1:10: error: 'always' is not a valid value for 'fail-on'; use one of: error, warning, note, never"),
        Case(name: "unknown rule id",
             yaml: "rules:\n  entry-out-of-ordr: off\n",
             expected: "2:3: error: unknown rule 'entry-out-of-ordr' in 'rules'; did you mean 'entry-out-of-order'?"),
        Case(name: "unknown rule id with nothing close",
             yaml: "rules:\n  spelling: off\n",
             expected: "2:3: error: unknown rule 'spelling' in 'rules'; known rules: entry-out-of-order, reassurance-limit, unsupported-catastrophizing"),
        Case(name: "a tag prefix that cannot start a tag",
             yaml: "tag-prefixes: [\"#\", \"+\"]\n",
             expected: "1:21: error: '+' cannot start a tag in 'tag-prefixes'; use \"#\", \"@\" or both, quoted (tag-prefixes: [\"#\", \"@\"])"),
        Case(name: "a tag prefix of a word",
             yaml: "tag-prefixes: \"@tag\"\n",
             expected: "1:15: error: '@tag' cannot start a tag in 'tag-prefixes'; use \"#\", \"@\" or both, quoted (tag-prefixes: [\"#\", \"@\"])"),
        Case(name: "no tag prefix at all",
             yaml: "tag-prefixes: []\n",
             expected: "1:15: error: 'tag-prefixes' names no symbol, so no tag would be read; use [\"#\"] (the default), [\"@\"] or [\"#\", \"@\"]"),
        Case(name: "tag prefixes as a mapping",
             yaml: "tag-prefixes: { at: true }\n",
             expected: "1:15: error: 'tag-prefixes' must be a list, not a mapping"),
        Case(name: "bad time",
             yaml: "day-starts-at: \"25:00\"\n",
             expected: "1:16: error: 'day-starts-at' must be a time of day such as \"04:00\" or \"4am\", not '25:00'"),
        Case(name: "negative max-per-day",
             yaml: "reassurance:\n  max-per-day: -1\n",
             expected: "2:16: error: 'reassurance.max-per-day' must be a whole number, 0 or more, not '-1'"),
        Case(name: "max-per-day that is not a number",
             yaml: "reassurance:\n  max-per-day: two\n",
             expected: "2:16: error: 'reassurance.max-per-day' must be a whole number, 0 or more, not 'two'"),
        Case(name: "wrong type: a list where a value belongs",
             yaml: "fail-on: [error]\n",
             expected: "1:10: error: 'fail-on' must be a single value, not a list"),
        Case(name: "wrong type: a value where a section belongs",
             yaml: "reassurance: 3\n",
             expected: "1:14: error: 'reassurance' must be a mapping of keys (key: value), not '3'"),
        Case(name: "wrong type: a boolean",
             yaml: "catastrophizing:\n  require-against: sometimes\n",
             expected: "2:20: error: 'catastrophizing.require-against' must be true or false, not 'sometimes'"),
        Case(name: "wrong type: the whole file is a list",
             yaml: "- fail-on: error\n",
             expected: "1:1: error: 'configuration' must be a mapping of keys (key: value), not a list"),
        Case(name: "missing value",
             yaml: "fail-on:\n",
             expected: "1:9: error: 'fail-on' has no value; give one, or remove the key to use the default"),
        Case(name: "unknown phrase kind",
             yaml: "catastrophizing:\n  extra-phrases:\n    - { phrase: \"it's over\", kind: doom }\n",
             expected: "3:36: error: 'doom' is not a valid value for 'catastrophizing.extra-phrases.kind'; use one of: fortune-telling, magnification, what-if-spiral"),
        Case(name: "extra phrase mapping without a phrase",
             yaml: "catastrophizing:\n  extra-phrases:\n    - { kind: magnification }\n",
             expected: "3:7: error: 'catastrophizing.extra-phrases.phrase' has no value; give one, or remove the key to use the default"),
        Case(name: "empty ignore pattern",
             yaml: "ignore: [\"drafts/**\", \"\"]\n",
             expected: "1:23: error: 'ignore' has an empty entry; remove it or write the text"),
        Case(name: "unsupported version",
             yaml: "version: 2\n",
             expected: "1:10: error: unsupported configuration version '2'; this Steady reads version 1"),
        Case(name: "duplicate key points at the repetition",
             yaml: "fail-on: error\nversion: 1\nfail-on: warning\n",
             expected: "3:1: error: duplicate key 'fail-on' (first given at line 1); keep one of them"),
        Case(name: "duplicate key in a section",
             yaml: "reassurance:\n  max-per-day: 1\n  # a comment\n  max-per-day: 2\n",
             expected: "4:3: error: duplicate key 'max-per-day' (first given at line 2); keep one of them"),
        Case(name: "columns count UTF-8 bytes",
             yaml: "crisis: { message: \"Ruf an — jetzt\", mesage: x }\n",
             expected: "1:40: error: unknown key 'mesage' in 'crisis'; did you mean 'message'?"),
    ])
    func problemsArePositionedAndExplained(example: Case) {
        do {
            _ = try parseTestConfiguration(example.yaml)
            Issue.record("expected an error for \(example.name)")
        } catch {
            #expect(error.description == "/journal/.steady.yml:" + example.expected)
        }
    }

    @Test func yamlSyntaxErrorsCarryTheirPosition() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try parseTestConfiguration("fail-on: error\nrules:\n  a: [unclosed\n")
        }
        guard case .syntax = error.problem else {
            Issue.record("expected a syntax error, got \(error)")
            return
        }
        #expect(error.line != nil && error.column != nil)
        #expect(error.description.hasPrefix("/journal/.steady.yml:"))
        #expect(error.description.contains(": error: YAML syntax error: "))
    }

    @Test func tabsInIndentationSayHowToFixThem() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try parseTestConfiguration("reassurance:\n\tmax-per-day: 1\n")
        }
        #expect(error.line == 2)
        #expect(error.description.contains("indent with spaces, not tabs"))
    }

    @Test func errorsWithoutPositionRenderWithThePathAlone() {
        let error = ConfigurationError(path: "x.yml", line: nil, column: nil, problem: .unreadable(reason: "Permission denied"))
        #expect(error.description == "x.yml: error: cannot read configuration file: Permission denied")
    }

    @Test(arguments: [
        ("max-per-dy", ["max-per-day"], "max-per-day"),
        ("warn", ["error", "warning", "note", "off"], "warning"),
        ("Error", ["error", "warning"], "error"),
        ("fail_on", ["version", "fail-on"], "fail-on"),
        ("colour", ["version", "fail-on", "rules"], nil),
    ] as [(String, [String], String?)])
    func didYouMean(word: String, candidates: [String], expected: String?) {
        #expect(DidYouMean.suggestion(for: word, among: candidates) == expected)
    }

    @Test("every schema mistake is reported in one error, in document order, nested ones included")
    func everyProblemAtOnce() throws {
        let yaml = """
        fail-on: warn
        reassurance:
          max-per-dy: 2
        rules:
          entry-out-of-order: loud
          reasurance-limit: off
          unsupported-catastrophizing: note
        catastrophizing:
          extra-phrases:
            - phrase: it is over
              kind: fortune
            - ""
          ignored-phrases: ["fine", " "]
        colour: red

        """
        let error = try #require(throws: ConfigurationError.self) { try parseTestConfiguration(yaml) }
        let problems = error.everyProblem
        #expect(problems.map { "\($0.line ?? 0):\($0.column ?? 0)" } == ["1:10", "3:3", "5:23", "6:3", "11:13", "12:7", "13:29", "14:1"])
        #expect(problems.allSatisfy { $0.furtherProblems.isEmpty && $0.path == "/journal/.steady.yml" })
        // The first stays the error's own, as before (a caller that shows one shows the first).
        #expect(error.line == 1 && error.column == 10)
        #expect(problems[1].description.hasSuffix("did you mean 'max-per-day'?"))
        #expect(problems[3].description.contains("did you mean 'reassurance-limit'?"))
        #expect(problems[7].description.contains("unknown key 'colour'"))
    }

    @Test("a file with one mistake is one problem; a valid key beside a mistake is still read")
    func oneMistake() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try parseTestConfiguration("reassurance:\n  max-per-dy: 2\n")
        }
        #expect(error.everyProblem.count == 1 && error.furtherProblems.isEmpty)
        #expect(error == ConfigurationError(path: "/journal/.steady.yml", line: 2, column: 3, problem: error.problem))
    }

    @Test("past the limit of listed problems (20), one more line says how many are not listed")
    func problemLimit() throws {
        let yaml = (1...50).map { "unknown-\($0): x\n" }.joined()
        let error = try #require(throws: ConfigurationError.self) { try parseTestConfiguration(yaml) }
        let problems = error.everyProblem
        #expect(problems.count == ConfigurationError.listedProblemLimit + 1)
        #expect(problems[ConfigurationError.listedProblemLimit - 1].line == ConfigurationError.listedProblemLimit)
        #expect(problems.last?.description == "/journal/.steady.yml: error: and 30 more problems in this file, not listed; fix the ones above and run again to see them")
    }
}
