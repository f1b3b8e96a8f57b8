import MarkdownSyntax

/// A rule that judges all files together (SwiftLint's `CollectingRule`): a day's reassurance can
/// span a daily note and the next day's note written after midnight.
///
/// The engine asks the rule for its `FileInfo` while each file is linted (in parallel, with the
/// tree at hand), keeps only that once the tree is released, and hands every file's info to
/// `validate` when all files are done.
public protocol CollectingRule: Sendable {
    /// What the rule keeps of one file.
    associatedtype FileInfo: Sendable
    var description: RuleDescription { get }
    /// Collects what `validate` will need of this file.
    /// - Parameter keepsText: whether findings keep the writer's words (see `LintEngine.keepsText`);
    ///   without them, source lines need not be collected.
    func collectInfo(from context: JournalContext, keepsText: Bool) -> FileInfo
    /// Reports what the files show together. Passing a finding's `file` (its index in `files`)
    /// lets the engine file it without looking its path up.
    func validate(_ files: [CollectedInfo<FileInfo>], into findings: inout FindingSink)
    /// What the rule keeps of a file linted a run of days at a time (`JournalDayRuns`), from
    /// what it kept of each run, in order: what `collectInfo` keeps of the whole file.
    func merged(_ runs: [FileInfo]) -> FileInfo
    /// What the rule keeps of a run of days whose lines moved by `shift` since it was collected
    /// (`LintEngine.shifted`): the same, every position moved.
    func shifted(_ info: FileInfo, by shift: LineShift) -> FileInfo
}

/// One file's path and what a `CollectingRule` collected of it.
public struct CollectedInfo<Info: Sendable>: Sendable {
    public let path: String
    public let info: Info
    /// Whether the file is context only (`LintEngine.collectContext`): what it holds counts, but
    /// no finding in it is shown, so a rule may skip what concerns it alone.
    public let isContext: Bool
}

extension CollectingRule {
    /// `collectInfo` for the engine, which holds the info of rules of different kinds side by side.
    func collectAnyInfo(from context: JournalContext, keepsText: Bool) -> any Sendable {
        collectInfo(from: context, keepsText: keepsText)
    }

    /// `merged` for the engine.
    func mergeAnyInfo(_ runs: [any Sendable]) -> any Sendable {
        merged(runs.map { $0 as! FileInfo })
    }

    /// `shifted` for the engine.
    func shiftAnyInfo(_ info: any Sendable, by shift: LineShift) -> any Sendable {
        shifted(info as! FileInfo, by: shift)
    }

    /// `validate` for the engine: each result's `collected[index]` is what `collectAnyInfo` returned;
    /// results from `contextStart` on are context only.
    func validate(_ results: borrowing [FileLintResult], collectedAt index: Int, contextStart: Int, into findings: inout FindingSink) {
        validate(results.indices.map { file in
            CollectedInfo(path: results[file].path, info: results[file].collected[index] as! FileInfo, isContext: file >= contextStart)
        }, into: &findings)
    }
}
