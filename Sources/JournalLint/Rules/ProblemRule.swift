import JournalModel

/// Shared by the rules that report problems the journal model collected while reading.
protocol ProblemRule: JournalRule {
    /// The problem kinds the rule reports: one or two, so an array (a set of them made the
    /// runtime look up the kind's `Hashable` conformance once per run, a scan of every
    /// conformance in the program).
    var kinds: [JournalProblem.Kind] { get }
    /// A message without the writer's words; the model's own message becomes the detail.
    func message(for problem: JournalProblem) -> Finding.Message
}

extension ProblemRule {
    public func check(_ context: JournalContext, into findings: inout FindingSink) {
        for problem in context.journal.problems where kinds.contains(problem.kind) {
            // The model's message names what was written (the bad value, the impossible date);
            // where it would only repeat the rule's message, it is left out.
            let detail = problem.kind == .undatedContent || problem.kind == .invalidUTF8 ? nil : problem.message
            findings.report(message(for: problem), detail: detail, at: problem.range,
                            path: context.journal.path, source: context.journal.source)
        }
    }
}
