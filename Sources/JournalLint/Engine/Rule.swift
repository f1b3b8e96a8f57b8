/// A rule that looks at one journal file at a time.
public protocol JournalRule: Sendable {
    var description: RuleDescription { get }
    /// Reports what the rule finds in `context.journal`.
    func check(_ context: JournalContext, into findings: inout FindingSink)
}

/// A rule that needs every file at once (a day's reassurance can span a daily note and the next
/// day's note written after midnight). It sees compact facts, not trees.
public protocol CorpusRule: Sendable {
    var description: RuleDescription { get }
    func check(_ facts: [FileFacts], into findings: inout FindingSink)
}
