@testable import JournalLint
import JournalModel
import MarkdownSyntax
import Testing

/// The engine's bookkeeping done for speed: per-file sorting, packed severities, the JSON
/// encoder that bypasses `JSONWriter` for findings, and the corpus rule's day grouping.
@Suite("Lint engine order and encoding")
struct EngineOrderTests {
    private func finding(_ ruleID: String, _ line: Int, _ column: Int, message: String = "m", path: String = "j.md",
                         kind: String? = nil, cue: String? = nil, detail: String? = nil, lineText: String = "",
                         fix: Fix? = nil) -> Finding {
        let start = SourceLocation(line: line, column: column)
        return Finding(ruleID: ruleID, severity: .warning, message: message, detail: detail, path: path,
                       range: SourceRange(start, SourceLocation(line: line, column: column + 1)),
                       lineText: lineText, fix: fix, kind: kind, cue: cue)
    }

    @Test("Findings sort by place, then rule id, ties keeping their order")
    func sortInFileOrder() {
        var findings = [
            finding("b-rule", 3, 1, message: "first b at 3:1"),
            finding("a-rule", 3, 1),
            finding("c-rule", 1, 5),
            finding("b-rule", 3, 1, message: "second b at 3:1"),
            finding("a-rule", 2, 9),
            finding("a-rule", 1, 5),
        ]
        Finding.sortInFileOrder(&findings)
        #expect(findings.map { "\($0.range.lowerBound.line):\($0.range.lowerBound.column) \($0.ruleID)" } == [
            "1:5 a-rule", "1:5 c-rule", "2:9 a-rule", "3:1 a-rule", "3:1 b-rule", "3:1 b-rule",
        ])
        #expect(findings.filter { $0.ruleID == "b-rule" }.map(\.message) == ["first b at 3:1", "second b at 3:1"])
    }

    @Test("Sorting many findings gives the order a stable sort gives")
    func sortMatchesStableSort() {
        var generator = SystemRandomNumberGenerator()
        var findings = (0..<500).map { index in
            finding(["x", "y", "z"][Int.random(in: 0..<3, using: &generator)], Int.random(in: 1...20, using: &generator),
                    Int.random(in: 1...3, using: &generator), message: "\(index)")
        }
        let expected = findings.enumerated().sorted { lhs, rhs in
            if lhs.element.range.lowerBound != rhs.element.range.lowerBound { return lhs.element.range.lowerBound < rhs.element.range.lowerBound }
            if lhs.element.ruleID != rhs.element.ruleID { return lhs.element.ruleID < rhs.element.ruleID }
            return lhs.offset < rhs.offset
        }.map(\.element.message)
        Finding.sortInFileOrder(&findings)
        #expect(findings.map(\.message) == expected)
    }

    @Test("Merging a file's sorted findings with a few more gives the order sorting them all gives")
    func mergeMatchesSort() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let make = { (prefix: String, count: Int) in
                (0..<count).map { index in
                    self.finding(["x", "y"][Int.random(in: 0..<2, using: &generator)], Int.random(in: 1...6, using: &generator),
                                 Int.random(in: 1...2, using: &generator), message: "\(prefix)\(index)")
                }
            }
            var sorted = make("s", Int.random(in: 0...30, using: &generator))
            Finding.sortInFileOrder(&sorted)
            var more = make("m", Int.random(in: 0...5, using: &generator))
            Finding.sortInFileOrder(&more)
            var expected = sorted + more
            Finding.sortInFileOrder(&expected)
            var merged: [Finding] = []
            Finding.mergeInFileOrder(sorted, more, into: &merged)
            #expect(merged.map(\.message) == expected.map(\.message))
        }
    }

    @Test("Packed severities read back as configured, off included")
    func fileSeverities() throws {
        let registry = RuleRegistry.standard
        let defaults = FileSeverities(configuration: .default, registry: registry)
        for (index, rule) in registry.suppressionRules.enumerated() {
            #expect(defaults.suppressionRule(index) == rule.description.defaultSeverity)
        }
        for (index, rule) in registry.collectingRules.enumerated() {
            #expect(defaults.collectingRule(index) == rule.description.defaultSeverity)
        }
        let configured = try ConfigurationLoader.parse(
            "rules:\n  excessive-reassurance: error\n  unused-suppression: off\n", knownRuleIDs: registry.ruleIDs)
        let severities = FileSeverities(configuration: configured, registry: registry)
        let unused = try #require(registry.suppressionRules.firstIndex { $0.description.id == "unused-suppression" })
        #expect(severities.suppressionRule(unused) == nil)
        let index = try #require(registry.collectingRules.firstIndex { $0.description.id == "excessive-reassurance" })
        #expect(severities.collectingRule(index) == .error)
    }

    @Test("JSON findings are written exactly as JSONWriter writes their fields", arguments: [false, true])
    func jsonEncoderMatchesWriter(includeText: Bool) {
        let findings = [
            finding("r", 12, 345, message: "plain"),
            finding("r", 1, 1, message: "quote \" backslash \\ tab \t newline \n bell \u{07}", path: "dir/ü \"x\".md",
                    kind: "fortune-telling", cue: "cue \"q\"", detail: nil, lineText: "line\twith tab",
                    fix: Fix(afterLine: 1, lines: ["evidence:"])),
            finding("r", 2, 3, message: "emoji 🙂 大丈夫", cue: nil, detail: "detail", lineText: ""),
        ]
        var encoded: [UInt8] = []
        var written: [UInt8] = []
        for finding in findings {
            FindingJSONEncoder.append(finding, includeText: includeText, to: &encoded)
            var writer = JSONWriter()
            writer.beginObject()
            writer.field("path", finding.path)
            writer.field("line", finding.range.lowerBound.line)
            writer.field("column", finding.range.lowerBound.column)
            writer.field("endLine", finding.range.upperBound.line)
            writer.field("endColumn", finding.range.upperBound.column)
            writer.field("rule", finding.ruleID)
            writer.field("severity", finding.severity.rawValue)
            writer.field("message", finding.message)
            if let kind = finding.kind { writer.field("kind", kind) }
            if includeText {
                writer.field("cue", finding.cue)
                writer.field("detail", finding.detail)
                writer.field("lineText", finding.lineText)
            }
            writer.field("fixable", finding.fix != nil)
            writer.endObject()
            written += writer.bytes
        }
        #expect(String(decoding: encoded, as: UTF8.self) == String(decoding: written, as: UTF8.self))
    }

    @Test("One encoder reused for many findings writes what a fresh one writes, also when a finding outgrows its scratch memory",
          arguments: [false, true])
    func reusedJSONEncoder(includeText: Bool) {
        let long = String(repeating: "a\u{01}\"é", count: 1500)  // escapes to far more than the first scratch
        let findings = [
            finding("r", 1, 1, message: "short"),
            finding("r", 2, 3, message: long, cue: long, detail: long, lineText: long),
            finding("r", -4, 12_345_678_901, message: "negative and long numbers", kind: "magnification"),
            finding("r", 5, 6, message: "after growing"),
        ]
        var reused: [UInt8] = []
        var encoder = FindingJSONEncoder()
        findings.withUnsafeBufferPointer { findings in
            for index in findings.indices {
                encoder.encode(findings.baseAddress! + index, includeText: includeText, to: &reused)
            }
        }
        var fresh: [UInt8] = []
        for finding in findings { FindingJSONEncoder.append(finding, includeText: includeText, to: &fresh) }
        #expect(reused == fresh)
        #expect(String(decoding: reused, as: UTF8.self).contains(#""line":-4,"column":12345678901,"#))
    }

    @Test("Findings already in file order are recognised as such, and out-of-order ones are not")
    func isInFileOrder() {
        #expect(Finding.isInFileOrder([]))
        #expect(Finding.isInFileOrder([finding("b", 1, 1), finding("a", 1, 2), finding("a", 2, 1), finding("a", 2, 1)]))
        #expect(!Finding.isInFileOrder([finding("a", 1, 2), finding("a", 1, 1)]))
        #expect(!Finding.isInFileOrder([finding("b", 1, 1), finding("a", 1, 1)]))
    }

    @Test("Every byte JSON escapes is escaped wherever it sits in a string (the check reads eight at a time)")
    func jsonEscapesAtEveryPosition() {
        for special in ["\"", "\\", "\n", "\u{01}", "\u{1F}", "\t"] {
            for position in 0..<20 {
                let message = String(repeating: "a", count: position) + special + String(repeating: "é", count: 20 - position)
                let finding = finding("r", 1, 1, message: message)
                var encoded: [UInt8] = []
                FindingJSONEncoder.append(finding, includeText: false, to: &encoded)
                var writer = JSONWriter()
                writer.string(message)
                let expected = #","message":"# + String(decoding: writer.bytes, as: UTF8.self) + ","
                #expect(String(decoding: encoded, as: UTF8.self).contains(expected))
            }
        }
    }

    @Test("Every byte JSON escapes is escaped in strings of every length up to 48, at every position (sixteen, eight, then one at a time, the tail overlapping)")
    func jsonEscapesAtEveryLength() {
        for special in ["\"", "\\", "\n", "\u{01}", "\u{1F}"] {
            for length in 1...48 {
                for position in 0..<length {
                    let message = String(repeating: "a", count: position) + special + String(repeating: "b", count: length - position - 1)
                    var encoded: [UInt8] = []
                    FindingJSONEncoder.append(finding("r", 1, 1, message: message), includeText: false, to: &encoded)
                    var writer = JSONWriter()
                    writer.string(message)
                    let expected = #","message":"# + String(decoding: writer.bytes, as: UTF8.self) + ","
                    #expect(String(decoding: encoded, as: UTF8.self).contains(expected), "\(length) \(position)")
                }
            }
            let plain = String(repeating: "c", count: 40)
            var encoded: [UInt8] = []
            FindingJSONEncoder.append(finding("r", 1, 1, message: plain), includeText: false, to: &encoded)
            #expect(String(decoding: encoded, as: UTF8.self).contains(#","message":"\#(plain)","#))
        }
    }

    @Test("Each severity is written as JSONWriter writes it", arguments: Severity.allCases)
    func jsonSeverity(severity: Severity) {
        var finding = finding("r", 1, 1)
        finding.severity = severity
        var encoded: [UInt8] = []
        FindingJSONEncoder.append(finding, includeText: false, to: &encoded)
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("severity", severity.rawValue)
        writer.endObject()
        let field = String(decoding: writer.bytes.dropFirst().dropLast(), as: UTF8.self)
        #expect(String(decoding: encoded, as: UTF8.self).contains("," + field + ","))
    }

    @Test("The JSON report is the same whatever the number of jobs encoding it", arguments: [2, 3, 8])
    func jsonReportWithJobs(jobs: Int) {
        let findings = (0..<8000).map { index in
            finding(["a", "b"][index % 2], index / 7 + 1, index % 7 + 1, message: "finding \(index) \"quoted\"", path: "f\(index / 100).md")
        }
        let report = LintReport(findings: findings, fileCount: 50)
        var serial: [UInt8] = []
        JSONReporter.write(report, options: ReportOptions(jobs: 1)) { serial += $0 }
        var parallel: [UInt8] = []
        var chunks = 0
        JSONReporter.write(report, options: ReportOptions(jobs: jobs)) { parallel += $0; chunks += 1 }
        #expect(parallel == serial)
        #expect(serial == JSONReporter.render(report, options: ReportOptions()))
        #expect(chunks >= 2)  // over a megabyte: written in pieces
    }

    @Test("The excessive-reassurance message names the count, day, limit and ask")
    func excessiveReassuranceMessage() throws {
        let date = try #require(JournalDate(year: 999, month: 1, day: 2))
        #expect(Finding.Message.excessiveReassurance(count: 12, day: date, limit: 3, askNumber: 4).text
            == "reassurance sought 12 times on 0999-01-02 (limit 3 a day); this was ask number 4 — notice the urge, and try to sit with it or regulate first")
    }

    @Test("Excessive reassurance: each day counted across files, the crossing act reported, days apart")
    func excessiveReassuranceAcrossFiles() {
        let report = lint([
            (path: "b.md", text: "# 2026-11-28\n\n## 09:00\nreassurance: asked if we're okay\n"),
            (path: "a.md", text: "# 2026-11-28\n\n## 21:00\nreassurance: asked again\n\n# 2026-11-29\n\nreassurance: once\n"),
            (path: "c.md", text: "# 2026-11-27\n\nreassurance: one\nreassurance: two\nreassurance: three\n"),
        ])
        let excessive = report.findings.filter { $0.ruleID == "excessive-reassurance" }
        #expect(excessive.map(\.path) == ["a.md", "c.md"])
        #expect(excessive.map { $0.range.lowerBound.line } == [4, 4])
        #expect(excessive.first?.message.hasPrefix("reassurance sought 2 times on 2026-11-28 (limit 1 a day); this was ask number 2") == true)
        #expect(excessive.last?.message.hasPrefix("reassurance sought 3 times on 2026-11-27 (limit 1 a day); this was ask number 2") == true)
    }

    @Test("Corpus findings go to the first file of their path, also when files share a path or come out of order")
    func corpusFindingsFiledByPath() {
        let twice = "# 2026-11-27\n\nreassurance: one\nreassurance: two\n"
        let report = lint([
            (path: "z.md", text: twice),
            (path: "a/b.md", text: "# 2026-11-28\n\nreassurance: one\n"),
            (path: "a-b.md", text: "# 2026-11-28\n\nreassurance: two\n"),
            (path: "z.md", text: "# 2026-11-26\n\nreassurance: one\nreassurance: two\n"),
        ])
        let excessive = report.findings.filter { $0.ruleID == "excessive-reassurance" }
        #expect(excessive.map(\.path) == ["a/b.md", "z.md", "z.md"])
        #expect(report.findings.map(\.path) == report.findings.map(\.path).sorted())
    }

    @Test("Files come in path order whatever order they were linted in, and the counts match")
    func filesInPathOrder() {
        let text = "# 2026-11-28\n\nHe's going to leave me.\n"
        let report = lint([(path: "z.md", text: text), (path: "a/b.md", text: text), (path: "a-b.md", text: text)])
        #expect(report.findings.map(\.path) == ["a-b.md", "a/b.md", "z.md"])
        #expect(report.count(of: .warning) == report.findings.count { $0.severity == .warning })
        #expect(report.count(of: .error) + report.count(of: .warning) + report.count(of: .note) == report.findings.count)
    }
}

@Suite("Did you mean")
struct DidYouMeanTests {
    @Test("Edit distance counts characters, ASCII or not", arguments: [
        ("evidnce", "evidence", 1), ("tmp", "temp", 1), ("", "urge", 4), ("fact", "", 4), ("kitten", "sitting", 3),
        ("évidence", "evidence", 1), ("大丈夫", "大丈", 1), ("e\u{301}", "e", 1), ("a\r\nb", "a\nb", 1),
        // Two neighbouring letters swapped, the commonest slip of fast typing, count once.
        ("tmep", "temp", 1), ("evidnece", "evidence", 1), ("ab", "ba", 1), ("ca", "abc", 3),
    ])
    func editDistance(_ a: String, _ b: String, _ expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
        #expect(EditDistance.between(b, a) == expected)
    }

    @Test("Field key suggestions: typos and aliases, nothing for far words")
    func keySuggestions() {
        #expect(FieldKey(mistyped: "evidnce")?.rawValue == "evidence")
        #expect(FieldKey(mistyped: "tmep")?.rawValue == "temp")
        #expect(FieldKey(mistyped: "Tmp")?.rawValue == "temp")
        #expect(FieldKey(mistyped: "Reassure")?.rawValue == "reassurance")
        #expect(FieldKey(mistyped: "reasurance")?.rawValue == "reassurance")
        #expect(FieldKey(mistyped: "Today")?.rawValue == nil)
        #expect(FieldKey(mistyped: "x")?.rawValue == nil)
        #expect(FieldKey(mistyped: "urg") == .urge)
        #expect(FieldKey(mistyped: "URGE") == .urge)
    }

    /// Plurals and long forms of keys are fields, read by the tolerant reader with a format note:
    /// they are never unknown keys, so `unknown-field` has nothing to say about them.
    @Test(arguments: ["Temperature: red", "temps: red", "Regulation: walk", "regulated: walk", "Urges: text him (resisted)",
                      "facts: he was at work", "reframes: it was one evening", "triggers: the group chat", "Reassurances: asked him"])
    func synonymKeysAreFieldsNotUnknownKeys(_ line: String) {
        let journal = JournalBuilder.build(bytes: Array("# 2026-11-28\n\n\(line)\n".utf8), path: "j.md")
        #expect(journal.entries.first?.unrecognizedFields.isEmpty == true)
        #expect(journal.formatNotes.count == 1)
        let findings = LintEngine().lint(files: [(path: "j.md", bytes: Array("# 2026-11-28\n\n\(line)\n".utf8))]).findings
        #expect(!findings.contains { $0.ruleID == "unknown-field" })
    }
}
