@testable import JournalLint
import Testing

@Suite("Severities")
struct SeverityTests {
    static let journal = """
    # 2026-11-28

    temp: purple
    He's going to leave me.

    evidence:
    - for: he was short with me

    # 2026-11-27

    reassurance: asked if we're okay
    reassurance: asked again

    # 2026-11-29

    temp: green

    """

    @Test("Defaults: each rule at its documented severity, counted by LintReport")
    func defaults() {
        let report = lint(Self.journal)
        #expect(report.count(of: .error) == 1)  // invalid-field-value
        #expect(report.count(of: .warning) == 1)  // excessive-reassurance (the claim is examined)
        // one-sided-evidence; entry-out-of-order (one step back, one forward: a tie reads as oldest-first)
        #expect(report.count(of: .note) == 2)
        #expect(report.fileCount == 1)
        for finding in report.findings {
            #expect(finding.severity == RuleRegistry.standard.description(of: finding.ruleID)?.defaultSeverity)
        }
    }

    @Test("A rule switched off in configuration reports nothing", arguments: [
        "invalid-field-value", "excessive-reassurance", "one-sided-evidence", "entry-out-of-order",
    ])
    func off(ruleID: String) {
        let configuration = lintTestConfiguration(rules: [ruleID: nil])
        let report = lint(Self.journal, configuration: configuration)
        #expect(!report.findings.contains { $0.ruleID == ruleID })
        #expect(report.findings.count == 3)
    }

    @Test("A configured severity replaces the default, for file and corpus rules", arguments: [
        ("one-sided-evidence", Severity.error), ("excessive-reassurance", .note), ("invalid-field-value", .warning),
    ])
    func changed(ruleID: String, severity: Severity) {
        let configuration = lintTestConfiguration(rules: [ruleID: severity])
        let report = lint(Self.journal, configuration: configuration)
        #expect(report.findings.filter { $0.ruleID == ruleID }.map(\.severity) == [severity])
    }

    @Test("count(of:) counts each severity")
    func counts() {
        let configuration = lintTestConfiguration(rules: ["one-sided-evidence": .error, "entry-out-of-order": .error])
        let report = lint(Self.journal, configuration: configuration)
        #expect(report.count(of: .error) == 3)
        #expect(report.count(of: .warning) == 1)
        #expect(report.count(of: .note) == 0)
        #expect(lint("# 2026-11-28\n\ntemp: green\n").findings.isEmpty)
    }

    @Test("unused-suppression can be configured like any rule")
    func unusedSuppression() {
        let text = "# 2026-11-28\n\n<!-- steady-disable-next-line one-sided-evidence -->\ntemp: green\n"
        #expect(lint(text).findings.map(\.ruleID) == ["unused-suppression"])
        #expect(lint(text, configuration: lintTestConfiguration(rules: ["unused-suppression": nil])).findings.isEmpty)
        #expect(lint(text, configuration: lintTestConfiguration(rules: ["unused-suppression": .error])).findings.map(\.severity) == [.error])
    }

    @Test("Findings are sorted by file, then position, then rule")
    func sorted() {
        let files = [(path: "b.md", text: Self.journal), (path: "a.md", text: Self.journal)]
        let findings = lint(files).findings
        let keys = findings.map { ($0.path, $0.start.line, $0.start.column, $0.ruleID) }
        #expect(keys.map(\.0) == keys.map(\.0).sorted())
        for (lhs, rhs) in zip(keys, keys.dropFirst()) where lhs.0 == rhs.0 {
            #expect((lhs.1, lhs.2, lhs.3) <= (rhs.1, rhs.2, rhs.3))
        }
    }
}
