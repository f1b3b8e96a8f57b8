/// A rule about a file's suppression comments, checked once every finding they could silence
/// (the file's own and those of the collecting rules) has been offered to them.
public protocol SuppressionRule: Sendable {
    var description: RuleDescription { get }
    func check(_ context: SuppressionContext, into findings: inout FindingSink)
}

/// What a `SuppressionRule` sees of one file.
public struct SuppressionContext: Sendable {
    public let path: String
    /// The file's suppression comments, and which of them silenced something.
    public let suppressions: SuppressionRecord
    /// The ids of every rule the registry knows.
    public let knownRuleIDs: Set<String>
    /// The rules comments may not silence.
    public let unsuppressibleIDs: Set<String>
}
