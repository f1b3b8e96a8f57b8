import JournalDetection
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
    ///
    /// Everything that needs only this file is done here, on the caller's thread: suppressions
    /// are applied and the findings sorted by place. `finish` then has only the collecting and
    /// suppression rules and the order of files left, so a run over many files scales with the cores.
    public func lint(_ journal: consuming Journal, configuration: consuming LintConfiguration, analyzer: EntryAnalyzer) -> FileLintResult {
        var buffers = LintBuffers()
        return lint(journal, configuration: configuration, analyzer: analyzer, reusing: &buffers)
    }

    /// `lint(_:configuration:analyzer:)`, tokenising into `buffers`, which a thread linting
    /// many files passes every time (see `LintBuffers`).
    /// - Parameters:
    ///   - isRunOfDays: the journal is one run of days of a larger file (`JournalDayRuns`): its
    ///     suppression comments are kept, not applied, since a region or a file-wide comment
    ///     reaches other runs; `merge(runs:)` applies the whole file's.
    ///   - earlierRuns: for a run of days whose file is read in runs out of time order
    ///     (`FileLintInRuns`), what the runs before it tell the rules that read entries in order.
    ///   - inspect: given the file's context once its entries are analysed (a run that also
    ///     summarises reads the same analysis rather than running the detectors again).
    public func lint(_ journal: consuming Journal, configuration: consuming LintConfiguration, analyzer: EntryAnalyzer,
                     reusing buffers: inout LintBuffers, isRunOfDays: Bool = false, earlierRuns: EarlierRuns? = nil,
                     inspect: ((JournalContext) -> Void)? = nil) -> FileLintResult {
        // One set of token buffers serves every paragraph.
        let analyzed = analyzer.analyze(journal.entries, reusing: &buffers.tokens, workers: buffers.analysisWorkers,
                                        sourceBytes: journal.source.bytes.count)
        // What the result needs of the configuration, read before it moves into the context.
        let severities = FileSeverities(configuration: configuration, registry: registry)
        // The journal and configuration move into the context rather than being copied: a copy
        // retains and releases every reference they hold, for every file (docs/benchmarks.md).
        let context = JournalContext(journal: journal, entries: analyzed, configuration: configuration, earlierRuns: earlierRuns)
        inspect?(context)
        // One sink for every rule, told which rule reports: most rules find nothing, and a sink per
        // rule cost an array and its release per rule per file.
        var sink = FindingSink(ruleID: "", severity: .note, keepsText: keepsText)
        // The registry's arrays bound once, outside the loop, and rules called through their array
        // element: reading them through `self` copied the engine, and iterating copied each rule.
        // Keep this shape; a plain `for rule in registry.journalRules` measured slower.
        let rules = registry.journalRules, ruleIDs = registry.journalRuleIDs
        let defaultSeverities = registry.journalRuleDefaultSeverities
        for index in rules.indices {
            let ruleID = ruleIDs[index]
            guard let severity = context.configuration.severity(ofRule: ruleID, default: defaultSeverities[index]).severity
            else { continue }
            sink.beginRule(ruleID, severity: severity)
            rules[index].check(context, into: &sink)
        }
        var findings = sink.takeFindings()
        let hasFixes = findings.contains { $0.fix != nil }
        var suppressions: SuppressionRecord?
        var runComments: [SuppressionComment] = []
        if isRunOfDays {
            runComments = SuppressionParser.comments(in: context.journal, keepsText: keepsText)
        } else {
            suppressions = SuppressionRecord(journal: context.journal, keepsText: keepsText)
            if suppressions != nil { findings.removeAll { suppressions!.suppresses($0, unsuppressible: registry.unsuppressibleIDs) } }
        }
        Finding.sortInFileOrder(&findings)
        if keepsText { EntryLabel.label(&findings, entries: context.journal.entries) }
        let collected = registry.collectingRules.map { $0.collectAnyInfo(from: context, keepsText: keepsText) }
        return FileLintResult(
            path: context.journal.path, findings: findings, hasFixes: hasFixes, collected: collected,
            suppressions: suppressions, severities: severities,
            runSuppressionComments: runComments, fileLineCount: isRunOfDays ? context.journal.source.lineCount : 0)
    }

    /// The result of a file linted a run of days at a time (`JournalDayRuns`), from the runs'
    /// results in order: what `lint` gives for the whole file when the runs stand for it
    /// (`JournalDayRuns.Continuity`, `FileLintInRuns`). Each run holds the findings on its lines, in file order,
    /// so theirs one after another are in file order too. The runs were linted with
    /// `isRunOfDays`: their suppression comments, one run's after another's, are the whole
    /// file's, and are applied here.
    public func merge(runs: consuming [FileLintResult]) -> FileLintResult {
        guard let first = runs.first, let last = runs.last else { preconditionFailure("a file has at least one run") }
        var findings: [Finding] = []
        findings.reserveCapacity(runs.reduce(0) { $0 + $1.findings.count })
        var comments: [SuppressionComment] = []
        for index in runs.indices {
            findings.append(contentsOf: runs[index].findings)
            runs[index].findings = []
            comments += runs[index].runSuppressionComments
        }
        var suppressions = SuppressionRecord(comments: comments, lineCount: last.fileLineCount)
        if suppressions != nil { findings.removeAll { suppressions!.suppresses($0, unsuppressible: registry.unsuppressibleIDs) } }
        let collected = registry.collectingRules.indices.map { rule in
            registry.collectingRules[rule].mergeAnyInfo(runs.map { $0.collected[rule] })
        }
        return FileLintResult(path: first.path, findings: findings, hasFixes: runs.contains { $0.hasFixes }, collected: collected,
                              suppressions: suppressions, severities: first.severities)
    }

    /// What the collecting rules need of a file that is only context for the files linted (another
    /// file of the same journal day; SteadyRun's `DayContext` finds them): its journal rules do not
    /// run, and `finish` reports nothing in it.
    public func collectContext(_ journal: consuming Journal, configuration: consuming LintConfiguration, analyzer: EntryAnalyzer,
                               reusing buffers: inout LintBuffers) -> FileLintResult {
        let analyzed = analyzer.analyze(journal.entries, reusing: &buffers.tokens, workers: buffers.analysisWorkers,
                                        sourceBytes: journal.source.bytes.count)
        let severities = FileSeverities(configuration: configuration, registry: registry)
        let context = JournalContext(journal: journal, entries: analyzed, configuration: configuration)
        // No finding of this file is shown, so none needs its source lines.
        let collected = registry.collectingRules.map { $0.collectAnyInfo(from: context, keepsText: false) }
        return FileLintResult(path: context.journal.path, findings: [], hasFixes: false, collected: collected,
                              suppressions: nil, severities: severities)
    }

    /// Runs the collecting rules, applies suppressions to their findings, runs the suppression
    /// rules, and puts the files in path order. Consumes the results file by file, so no second copy of
    /// every finding is made.
    /// - Parameter context: files that are context only (`collectContext`): the collecting rules
    ///   count what they hold with the results', and findings that fall in them are dropped.
    public func finish(_ results: consuming [FileLintResult], context: consuming [FileLintResult] = []) -> LintReport {
        let fileCount = results.count
        // Built before the context is added: a finding in a context file finds no place.
        let files = FileOrder(results)
        // Collecting rules' findings (few), each filed under the first file of its path, in path order; they
        // are handed out while walking the files in that order, so no finding or file is ever
        // looked up by its path.
        var corpusFindings: [(ruleIndex: Int, finding: Finding)] = []
        var corpusGroups: [Int] = []  // per corpus finding, the position of its path's first file
        if !registry.collectingRules.isEmpty {
            if !context.isEmpty { results.append(contentsOf: context) }
            for (ruleIndex, rule) in registry.collectingRules.enumerated() {
                var sink = FindingSink(ruleID: rule.description.id, severity: rule.description.defaultSeverity, keepsText: keepsText)
                rule.validate(results, collectedAt: ruleIndex, contextStart: fileCount, into: &sink)
                let knowsFiles = sink.fileIndices.count == sink.findings.count
                for (index, finding) in sink.findings.enumerated() {
                    let group = knowsFiles ? files.groupStart(ofFile: sink.fileIndices[index]) : files.groupStart(ofPath: finding.path, in: results)
                    guard let group else { continue }  // a path no file has
                    corpusFindings.append((ruleIndex, finding))
                    corpusGroups.append(group)
                }
            }
            results.removeSubrange(fileCount...)  // the context has been counted
            for index in results.indices { results[index].collected = [] }  // the collecting rules are done with them
            var corpusOrder = Array(corpusFindings.indices)
            corpusOrder.sort { lhs, rhs in corpusGroups[lhs] != corpusGroups[rhs] ? corpusGroups[lhs] < corpusGroups[rhs] : lhs < rhs }
            corpusFindings = corpusOrder.map { corpusFindings[$0] }
            corpusGroups = corpusOrder.map { corpusGroups[$0] }
        }

        let order = files.order
        var kept: [Finding] = []
        kept.reserveCapacity(results.reduce(0) { $0 + $1.findings.count } + corpusFindings.count)
        var nextCorpusFinding = 0
        var groupStart = 0
        while groupStart < order.count {
            let groupEnd = files.groupEnd(from: groupStart)
            // The collecting rules' findings of this path go to its first file, at that file's severities.
            var pathCorpusFindings: [Finding] = []
            let severities = results[order[groupStart]].severities
            while nextCorpusFinding < corpusFindings.count, corpusGroups[nextCorpusFinding] == groupStart {
                var (ruleIndex, finding) = corpusFindings[nextCorpusFinding]
                nextCorpusFinding += 1
                guard let severity = severities.collectingRule(ruleIndex) else { continue }
                finding.severity = severity
                pathCorpusFindings.append(finding)
            }
            var group: [Finding] = []
            let isSingleFile = groupEnd - groupStart == 1
            var needsSorting = !isSingleFile
            for index in order[groupStart..<groupEnd] {
                let findings = results[index].findings
                results[index].findings = []  // release as we go
                var extra = pathCorpusFindings
                pathCorpusFindings = []
                if var suppressions = results[index].suppressions {
                    extra.removeAll { suppressions.suppresses($0, unsuppressible: registry.unsuppressibleIDs) }
                    for (ruleIndex, rule) in registry.suppressionRules.enumerated() {
                        guard let severity = results[index].severities.suppressionRule(ruleIndex) else { continue }
                        var sink = FindingSink(ruleID: rule.description.id, severity: severity, keepsText: keepsText)
                        rule.check(SuppressionContext(path: results[index].path, suppressions: suppressions, knownRuleIDs: registry.ruleIDs,
                                                      unsuppressibleIDs: registry.unsuppressibleIDs), into: &sink)
                        extra += sink.takeFindings()
                    }
                    results[index].suppressions = nil
                }
                if isSingleFile {
                    // The file's own findings are sorted already: the few added are merged in.
                    if extra.isEmpty {
                        kept += findings
                    } else {
                        Finding.sortInFileOrder(&extra)
                        Finding.mergeInFileOrder(findings, extra, into: &kept)
                    }
                } else {
                    group += findings
                    if !extra.isEmpty {
                        group += extra
                        needsSorting = true
                    }
                }
            }
            if needsSorting {
                Finding.sortInFileOrder(&group)
                kept += group
            }
            groupStart = groupEnd
        }
        return LintReport(findings: kept, fileCount: fileCount)
    }

    /// Convenience for tests and tools: parses, builds and lints in-memory files.
    public func lint(files: [(path: String, bytes: [UInt8])], configuration: LintConfiguration = .default) -> LintReport {
        let analyzer = configuration.makeAnalyzer()
        let results = files.map { lint(JournalBuilder.build(bytes: $0.bytes, path: $0.path, tagPrefixes: configuration.tagPrefixes), configuration: configuration, analyzer: analyzer) }
        return finish(results)
    }
}

/// The outcome of linting one file, before the collecting and suppression rules: its own
/// findings (suppressions applied, sorted by place) and the little those rules need. Kept small: a run holds one per file until the end.
public struct FileLintResult: Sendable {
    public let path: String
    var findings: [Finding]
    /// Whether any finding offers a fix (so the caller keeps the file's bytes for --fix).
    public let hasFixes: Bool
    /// What each collecting rule collected of the file, in `RuleRegistry.collectingRules` order.
    var collected: [any Sendable]
    /// The file's suppression comments and which of them silenced something; `nil` when it has none.
    var suppressions: SuppressionRecord?
    /// The severities `finish` needs, instead of the whole configuration.
    let severities: FileSeverities
    /// A run of days (`lint`'s `isRunOfDays`): its suppression comments, for `merge(runs:)`
    /// to apply with the other runs', and how many lines the whole file has.
    var runSuppressionComments: [SuppressionComment] = []
    var fileLineCount = 0

    /// This file as context for another's lint: what `LintEngine.collectContext` gives for the
    /// same text, without analysing it again (an editor's open document, just linted, is
    /// context for the other open notes of its days).
    public var asContext: FileLintResult {
        FileLintResult(path: path, findings: [], hasFixes: false, collected: collected, suppressions: nil, severities: severities)
    }
}

/// All findings of a run, sorted by file and position.
public struct LintReport: Sendable {
    public let findings: [Finding]
    public let fileCount: Int

    /// Findings per severity (note, warning, error), counted once: reporters ask for each.
    private let counts: (note: Int, warning: Int, error: Int)

    public init(findings: [Finding], fileCount: Int) {
        self.findings = findings
        self.fileCount = fileCount
        var counts = (note: 0, warning: 0, error: 0)
        for finding in findings {
            switch finding.severity {
            case .note: counts.note += 1
            case .warning: counts.warning += 1
            case .error: counts.error += 1
            }
        }
        self.counts = counts
    }

    /// Whether the run fails at `threshold` (`fail-on`): a finding about the file's format at
    /// least that severe. Findings about the practice never fail a run or stop a commit, whatever
    /// severity they are configured at (docs/pre-commit.md).
    public func fails(at threshold: Severity, registry: RuleRegistry = .standard) -> Bool {
        findings.contains { $0.severity >= threshold && registry.concern(of: $0.ruleID) == .format }
    }

    public func count(of severity: Severity) -> Int {
        switch severity {
        case .note: counts.note
        case .warning: counts.warning
        case .error: counts.error
        }
    }
}
