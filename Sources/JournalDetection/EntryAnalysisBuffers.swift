import ThinkingTraps

/// Scratch memory `EntryAnalyzer` tokenises prose into. Whoever analyses many entries (the
/// linter, file after file on each thread) passes the same one each time, so the token arrays
/// are allocated once rather than per entry. What one entry leaves in it never affects the
/// next entry's analysis.
public struct EntryAnalysisBuffers: Sendable {
    var scan = ThoughtScanBuffers()
    /// Set by whoever analyses the same document again and again (the language server): its
    /// quiet paragraphs are not scanned again (see `QuietProseMemory`).
    public var quietProse: QuietProseMemory?

    public init() {}
}
