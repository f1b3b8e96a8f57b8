@testable import JournalLint
import Testing

/// Every rule's documented examples, run as tests (SwiftLint style): the examples are the
/// documentation, so they must stay true.
@Suite("Rule examples")
struct RuleExampleTests {
    static let descriptions = RuleRegistry.standard.descriptions
    static let ruleIDs = descriptions.map(\.id)

    /// How an example is presented to the linter.
    enum Variant: String, CaseIterable, Sendable, CustomTestStringConvertible {
        /// The example as written.
        case plain
        /// Behind a comment line with multi-byte text, which shifts every line by one and must
        /// not change what the example means (an HTML comment is not journal content).
        case multiBytePrefix

        static let prefixLine = "<!-- 大丈夫 🙂 -->"

        var lineShift: Int { self == .plain ? 0 : 1 }

        func apply(_ text: String) -> String {
            self == .plain ? text : Self.prefixLine + "\n" + text
        }

        var testDescription: String { rawValue }
    }

    @Test("Triggering examples fire exactly at their markers", arguments: ruleIDs, Variant.allCases)
    func triggering(ruleID: String, variant: Variant) throws {
        let rule = try #require(RuleRegistry.standard.description(of: ruleID))
        for marked in rule.triggeringExamples {
            let example = MarkedExample(marked)
            #expect(!example.markers.isEmpty, "triggering example of \(ruleID) has no ↓ marker: \(marked)")
            let expected = example.markers.map { Place($0.line + variant.lineShift, $0.column) }
            let found = findings(ruleID, in: variant.apply(example.text), path: "example.md").map(\.start)
            #expect(found == expected, "\(ruleID) (\(variant.rawValue)) example:\n\(marked)")
        }
    }

    @Test("Non-triggering examples do not fire", arguments: ruleIDs, Variant.allCases)
    func nonTriggering(ruleID: String, variant: Variant) throws {
        let rule = try #require(RuleRegistry.standard.description(of: ruleID))
        for example in rule.nonTriggeringExamples {
            #expect(!example.contains(MarkedExample.marker), "non-triggering example of \(ruleID) has a marker")
            let found = findings(ruleID, in: variant.apply(example), path: "example.md")
            #expect(found.isEmpty, "\(ruleID) (\(variant.rawValue)) fired at \(found.map(\.start)) on:\n\(example)")
        }
    }

    /// The prefix must keep every example's meaning: it is not journal content (so text right
    /// below it is still the file's first, undated text) and not a directive.
    @Test("The multi-byte prefix line is neutral")
    func prefixIsNeutral() {
        let prefix = Variant.prefixLine + "\n"
        #expect(lint(prefix + "# 2026-11-28\n\ntemp: green\n").findings.isEmpty)
        #expect(lint(prefix).findings.isEmpty)
        let undated = "He hasn't answered all afternoon.\ntemp: red\n\n# 2026-11-28\n\ntemp: yellow\n"
        #expect(findings("undated-entry", in: prefix + undated).map(\.start) == [Place(2, 1)])
        #expect(findings("undated-entry", in: prefix + undated).map(\.end) == findings("undated-entry", in: undated).map { Place($0.end.line + 1, $0.end.column) })
    }

    @Test("Every rule documents both sides", arguments: ruleIDs)
    func everyRuleHasExamples(ruleID: String) throws {
        let rule = try #require(RuleRegistry.standard.description(of: ruleID))
        if ruleID != "invalid-encoding" {
            #expect(!rule.triggeringExamples.isEmpty, "\(ruleID) has no triggering example")
        }
        #expect(!rule.nonTriggeringExamples.isEmpty, "\(ruleID) has no non-triggering example")
        #expect(!rule.summary.isEmpty)
        #expect(!rule.rationale.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(ruleID) has no rationale")
    }

    @Test("Rule ids are unique and kebab-case")
    func idsAreUniqueKebabCase() {
        let ids = Self.ruleIDs
        #expect(Set(ids).count == ids.count, "duplicate ids in \(ids)")
        for id in ids {
            let isKebab = id.wholeMatch(of: /[a-z][a-z0-9]*(-[a-z0-9]+)*/) != nil
            #expect(isKebab, "\(id) is not kebab-case")
        }
        #expect(RuleRegistry.standard.ruleIDs == Set(ids))
    }

    @Test("The engine's rules all have descriptions in the registry")
    func registryListsEveryRule() {
        let journalIDs = RuleRegistry.standard.journalRules.map(\.description.id)
        let collectingIDs = RuleRegistry.standard.collectingRules.map(\.description.id)
        let suppressionIDs = RuleRegistry.standard.suppressionRules.map(\.description.id)
        // `steady rules` lists the first journal rule, the collecting rules, the other journal rules, then the suppression rules.
        #expect(Self.ruleIDs == Array(journalIDs.prefix(1)) + collectingIDs + journalIDs.dropFirst() + suppressionIDs)
        #expect(Set(journalIDs + collectingIDs + suppressionIDs) == Set(Self.ruleIDs))
        #expect(RuleRegistry.standard.description(of: "no-such-rule") == nil)
    }

    /// `invalid-encoding` has no text example (a Swift string is always valid UTF-8), so it is
    /// tested with raw bytes.
    @Test("invalid-encoding fires at each invalid byte sequence")
    func invalidEncoding() throws {
        // "Caf\xE9" (Latin-1 é) on line 3, and a lone continuation byte after "大 " on line 4.
        var bytes = Array("# 2026-11-28\n\nCaf".utf8) + [0xE9] + Array(" au lait\n".utf8)
        bytes += Array("大 ".utf8) + [0x80] + Array("\n".utf8)
        let report = LintEngine().lint(files: [(path: "example.md", bytes: bytes)])
        let found = report.findings.filter { $0.ruleID == "invalid-encoding" }
        #expect(found.map(\.start) == [Place(3, 4), Place(4, 5)])
        #expect(found.allSatisfy { $0.severity == .warning })
        #expect(found.allSatisfy { !$0.message.contains("Caf") })
    }

    @Test("Valid multi-byte UTF-8 is not an encoding problem")
    func validUTF8IsFine() {
        #expect(findings("invalid-encoding", in: "# 2026-11-28\n\nCafé, 大丈夫 🙂 — naïve\n").isEmpty)
    }
}
