import JournalModel
import MarkdownSyntax

/// Runs the rules over journals: per file (in parallel, by the caller), then across files, then
/// applies suppressions.
public struct LintEngine: Sendable {
    public let registry: RuleRegistry
    /// Whether findings keep the writer's words: the source line, the detail and the cue.
    /// Reports that leave the words out (JSON and GitHub without `--include-text`) need none of
    /// them, and over a years-long journal they are most of the memory a run holds.
    public let keepsText: Bool

    public init(registry: RuleRegistry = .standard, keepsText: Bool = true) {
        self.registry = registry
        self.keepsText = keepsText
    }

    /// Lints one journal. Pure and thread-safe; the journal can be released afterwards.
    public func lint(_ journal: Journal, configuration: LintConfiguration, analyzer: EntryAnalyzer) -> FileLintResult {
        let analyzed = journal.entries.map(analyzer.analyze)
        let context = JournalContext(journal: journal, entries: analyzed, configuration: configuration)
        var findings: [Finding] = []
        for rule in registry.journalRules {
            guard let severity = configuration.effectiveSeverity(of: rule.description) else { continue }
            var sink = FindingSink(ruleID: rule.description.id, severity: severity, keepsText: keepsText)
            rule.check(context, into: &sink)
            findings += sink.findings
        }
        let facts = FileFacts(
            path: journal.path,
            reassurance: analyzed.flatMap { item in
                item.reassurance.map { act in
                    DatedReassuranceAct(
                        journalDay: item.entry.journalDay(dayStartsAt: configuration.dayStartsAt),
                        date: item.entry.date, time: item.entry.time, act: act,
                        lineText: keepsText ? journal.source.lineString(act.range.lowerBound.line) : "")
                }
            },
            reassuranceLimit: configuration.reassurance.maxPerDay)
        let directives = SuppressionParser.directives(in: journal)
        let directiveLines = directives.map { keepsText ? journal.source.lineString($0.range.lowerBound.line) : "" }
        return FileLintResult(path: journal.path, findings: findings, facts: facts, directives: directives,
                              directiveLines: directiveLines, configuration: configuration)
    }

    /// Runs the corpus rules, applies suppressions, reports unused ones, and sorts by file and place.
    /// Consumes the results file by file, so no second copy of every finding is made.
    public func finish(_ results: consuming [FileLintResult]) -> LintReport {
        let fileCount = results.count
        // Corpus findings (few) grouped by file; per-file findings are taken from their results.
        var corpusFindings: [String: [Finding]] = [:]
        let configurations = Dictionary(results.map { ($0.path, $0.configuration) }, uniquingKeysWith: { first, _ in first })
        for rule in registry.corpusRules {
            var sink = FindingSink(ruleID: rule.description.id, severity: rule.description.defaultSeverity, keepsText: keepsText)
            rule.check(results.map(\.facts), into: &sink)
            for var finding in sink.findings {
                let configuration = configurations[finding.path] ?? .default
                guard let severity = configuration.effectiveSeverity(of: rule.description) else { continue }
                finding.severity = severity
                corpusFindings[finding.path, default: []].append(finding)
            }
        }

        var kept: [Finding] = []
        kept.reserveCapacity(results.reduce(0) { $0 + $1.findings.count })
        for index in results.indices {
            let result = results[index]
            results[index].findings = []  // release as we go
            var used = Array(repeating: false, count: result.directives.count)
            var fileFindings = result.findings
            if let extra = corpusFindings.removeValue(forKey: result.path) { fileFindings += extra }
            for finding in fileFindings {
                var suppressed = false
                if !registry.unsuppressibleIDs.contains(finding.ruleID) {
                    for (directiveIndex, directive) in result.directives.enumerated() where directive.covers(finding) {
                        used[directiveIndex] = true
                        suppressed = true
                    }
                }
                if !suppressed { kept.append(finding) }
            }
            if let severity = result.configuration.effectiveSeverity(of: UnusedSuppressionRule.description) {
                kept += UnusedSuppressionRule.findings(
                    for: result, used: used, knownRuleIDs: registry.ruleIDs,
                    unsuppressible: registry.unsuppressibleIDs, severity: severity)
            }
        }
        kept.sort { lhs, rhs in
            if lhs.path != rhs.path { return lhs.path < rhs.path }
            if lhs.range.lowerBound != rhs.range.lowerBound { return lhs.range.lowerBound < rhs.range.lowerBound }
            return lhs.ruleID < rhs.ruleID
        }
        return LintReport(findings: kept, fileCount: fileCount)
    }

    /// Convenience for tests and tools: parses, builds and lints in-memory files.
    public func lint(files: [(path: String, bytes: [UInt8])], configuration: LintConfiguration = .default) -> LintReport {
        let analyzer = configuration.makeAnalyzer()
        let results = files.map { lint(JournalBuilder.build(bytes: $0.bytes, path: $0.path), configuration: configuration, analyzer: analyzer) }
        return finish(results)
    }
}

/// The outcome of linting one file, before corpus rules and suppressions.
public struct FileLintResult: Sendable {
    public let path: String
    var findings: [Finding]
    let facts: FileFacts
    let directives: [SuppressionDirective]
    let directiveLines: [String]
    let configuration: LintConfiguration

    /// Whether any finding offers a fix (so the caller keeps the file's bytes for --fix).
    public var hasFixes: Bool { findings.contains { $0.fix != nil } }
}

/// All findings of a run, sorted by file and position.
public struct LintReport: Sendable {
    public let findings: [Finding]
    public let fileCount: Int

    public init(findings: [Finding], fileCount: Int) {
        self.findings = findings
        self.fileCount = fileCount
    }

    public func count(of severity: Severity) -> Int {
        findings.count { $0.severity == severity }
    }
}
