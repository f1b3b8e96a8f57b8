import JournalLint

/// The configuration problems a run met (unreadable or invalid configuration files), in the
/// order they were met. A run with any does not report findings: the caller prints these.
public struct ConfigurationProblems: Error, Sendable {
    public let problems: [ConfigurationError]
}
