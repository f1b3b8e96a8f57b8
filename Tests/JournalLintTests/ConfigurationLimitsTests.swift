import Testing
@testable import JournalLint

/// Configuration that would hang or crash Steady is refused at its line and column.
@Suite("Configuration: limits on aliases and phrases")
struct ConfigurationLimitsTests {
    /// 497 bytes standing for ~3.5 × 10⁹ nodes, used as a mapping key.
    static let aliasBombInAKey = "a: &a [x, x, x, x, x, x, x, x, x]\n" + (0..<9).map { level -> String in
        let name = String(UnicodeScalar(UInt8(98 + level)))
        let previous = String(UnicodeScalar(UInt8(97 + level)))
        return "\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]\n"
    }.joined() + "? *j\n: 1\n"

    /// The time limit guards against a hang (Yams expanded this bomb for minutes).
    @Test(.timeLimit(.minutes(1)))
    func anAliasBombInAKeyIsRefusedAtTheFirstAliasTooMany() {
        #expect {
            try parseTestConfiguration(Self.aliasBombInAKey)
        } throws: { error in
            guard let error = error as? ConfigurationError, case .tooManyAliases(let limit) = error.problem else { return false }
            // Line 3 holds aliases 10 to 18; the 11th is its second.
            return limit == 10 && error.line == 3 && error.column == 12
                && error.description.contains("write these values out in full")
        }
    }

    @Test func tenAliasesAreReadAndEleventhIsNot() throws {
        func yaml(_ count: Int) -> String {
            "crisis:\n  message: &m \"call someone\"\ncatastrophizing:\n  ignored-phrases: ["
                + Array(repeating: "*m", count: count).joined(separator: ", ") + "]\n"
        }
        let configuration = try parseTestConfiguration(yaml(10))
        #expect(configuration.catastrophizing.ignoredPhrases == Array(repeating: "call someone", count: 10))
        #expect {
            try parseTestConfiguration(yaml(11))
        } throws: { error in
            guard let error = error as? ConfigurationError, case .tooManyAliases = error.problem else { return false }
            return error.line == 4 && error.column == 61
        }
    }

    @Test(arguments: [
        ("ignore: ['*a*', \"*b*\"]\n", 0),          // quoted
        ("ignore:\n  - drafts/*.md # not *x\n", 0),  // inside a plain scalar and a comment
        ("a: &a x\nb: *a\nc: [*a, *a]\n? *a\n: 1\n", 4),
        ("phrase: I will fail *again*\n", 0),        // a plain scalar goes on past the space
        ("crisis:\n  message: |\n    * call 988\n\n    * text Sam\nx: *a\n", 1),  // a block scalar's lines are text
        ("crisis:\n  message: >- # folded\n    * call 988\n  other: *a\n", 1),
        // Each of these hid aliases from the scan (an alias bomb after them hung every command).
        ("x: don 't\ny: [*a, *a] # it's\n", 2),               // a quote inside a plain scalar
        ("x: a\n  'b\ny: [*a, *a] # '\n", 2),                 // a continuation line starting with one
        ("a: {\"p\":*a,\"q\":*a}\n", 2),                       // `:` without a space in flow
        ("- a: |\n  b: [*a, *a]\n", 2),                      // a key after an empty block scalar
        ("a: &m \"x\"\nb: [&n ' #', *m]\n", 1),                // an anchor before a quoted scalar
        ("x:\r\n  \"y #\": [*a, *a]\r\n", 2),                   // CRLF line ends
        ("x:\r  \"y #\": [*a, *a]\r", 2),                       // lone CRs
        ("crisis:\r\n  message: |\r\n    * call 988\r\nx: *a\r\n", 1),
    ])
    func aliasesAreCountedWhereANodeStarts(_ yaml: String, _ expected: Int) {
        #expect(YAMLAliasScan(yaml).count == expected)
    }

    @Test(.timeLimit(.minutes(1)))
    func anAliasBombAfterAQuoteInAPlainScalarIsRefused() {
        let bomb = "b0: &b0 [x, x]\n" + (1..<28).map { "b\($0): &b\($0) [*b\($0 - 1), *b\($0 - 1)]\n" }.joined()
        #expect {
            try parseTestConfiguration("x: don 't\n" + bomb + "z: {? *b27 : 1} # it's\n")
        } throws: { error in
            guard let error = error as? ConfigurationError, case .tooManyAliases = error.problem else { return false }
            return error.line == 8 && error.column == 10  // the 11th alias: b6's first
        }
    }

    @Test func aBulletListInABlockScalarIsNotAnAlias() throws {
        let lines = (1...12).map { "    * step \($0)" }.joined(separator: "\n")
        let configuration = try parseTestConfiguration("crisis:\n  message: |\n" + lines + "\n")
        #expect(configuration.crisis.message.hasPrefix("* step 1\n"))
    }

    @Test func aBulletListInABlockScalarWithCRLFLineEndsIsNotAnAlias() throws {
        let lines = (1...12).map { "    * step \($0)" }.joined(separator: "\r\n")
        let configuration = try parseTestConfiguration("crisis:\r\n  message: |\r\n" + lines + "\r\n")
        #expect(configuration.crisis.message.hasPrefix("* step 1\n"))
    }

    @Test func aliasesThatStandForTooMuchAreRefused() {
        let big = String(repeating: "calm ", count: 20_000)
        let yaml = "x: &s \"\(big)\"\ncatastrophizing:\n  ignored-phrases: [*s, *s, *s, *s]\n"
        #expect {
            try parseTestConfiguration(yaml)
        } throws: { error in
            guard let error = error as? ConfigurationError, case .aliasExpansion = error.problem else { return false }
            return error.line == 3 && error.column == 21
        }
    }

    @Test func aFortyThousandWordPhraseIsRefusedAtItsLine() {
        let yaml = "catastrophizing:\n  extra-phrases:\n    - '" + Array(repeating: "word", count: 40_000).joined(separator: " ") + "'\n"
        #expect {
            try parseTestConfiguration(yaml)
        } throws: { error in
            guard let error = error as? ConfigurationError, case .phraseTooLong(_, let words, _, _) = error.problem else { return false }
            return words == 40_000 && error.line == 3 && error.column == 7 && error.description.contains("at most 32 words")
        }
    }

    @Test func aFortyThousandWordIgnoredPhraseIsRefused() {
        let yaml = "catastrophizing:\n  ignored-phrases: '" + Array(repeating: "word", count: 40_000).joined(separator: " ") + "'\n"
        #expect {
            try parseTestConfiguration(yaml)
        } throws: { error in
            guard let error = error as? ConfigurationError, case .phraseTooLong(let key, let words, _, _) = error.problem else { return false }
            return key == "catastrophizing.ignored-phrases" && words == 40_000 && error.line == 2 && error.column == 20
        }
    }

    @Test(arguments: ["a ~3 b ~3 c ~3 d ~3 e ~3 f", "he will ~11 leave"])
    func tooManyOrTooWideGapsAreRefused(_ phrase: String) {
        #expect(throws: ConfigurationError.self) {
            try parseTestConfiguration("catastrophizing:\n  extra-phrases: [{ phrase: '\(phrase)', kind: magnification }]\n")
        }
    }

    @Test(arguments: [
        ("a ~3 b ~3 c ~3 d ~3 e ~3 f", "has a phrase of 6 words with 5 gaps (at most 4 gaps); "),
        ("he will ~11 leave", "has a phrase of 3 words with a gap of ~11 (gaps may be ~1 to ~10); "),
    ])
    func theMessageNamesOnlyWhatIsOverItsLimit(_ phrase: String, _ named: String) {
        do {
            _ = try parseTestConfiguration("catastrophizing:\n  extra-phrases: ['\(phrase)']\n")
            Issue.record("'\(phrase)' was read")
        } catch {
            #expect(error.description.contains(named))
            #expect(!error.description.contains("at most 32 words"))
        }
    }

    @Test func aPhraseAtTheLimitIsRead() throws {
        let phrase = Array(repeating: "word", count: 31).joined(separator: " ") + " ~10 end"
        let yaml = "catastrophizing:\n  extra-phrases: ['\(phrase)']\n"
        let configuration = try parseTestConfiguration(yaml)
        #expect(configuration.catastrophizing.extraPhrases.count == 1)
    }
}
