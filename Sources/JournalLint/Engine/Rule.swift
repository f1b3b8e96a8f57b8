/// A rule that looks at one journal file at a time.
public protocol JournalRule: Sendable {
    var description: RuleDescription { get }
    /// Reports what the rule finds in `context.journal`.
    func check(_ context: JournalContext, into findings: inout FindingSink)
}
